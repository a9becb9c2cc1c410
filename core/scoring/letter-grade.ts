/**
 * A letter grade (A/B/C/D) a report states with no scale of its own, read through the rule pack's letter scale:
 * a region states which of 优/良/中/差 each letter is, or each letter's lowest score (graded by the pack's grade
 * edges). 财预〔2020〕10号 grades 优/良/中/差 only, so the national pack maps no letter.
 */
import type { Grade, GradeLetter } from '../model.ts';
import { gradeOf } from './grade.ts';
import type { LetterScaleEntry, ScoringPolicy } from './policy.ts';

export interface LetterGrade {
  grade: Grade;
  entry: LetterScaleEntry;
}

/** The grade `letter` is under the policy's letter scale, or null when the scale has no such letter. */
export function gradeOfLetter(letter: GradeLetter, policy: ScoringPolicy): LetterGrade | null {
  const entry = policy.letterScale.find((candidate) => candidate.letter === letter);
  const grade = entry ? (entry.grade ?? gradeOf(entry.minScore, policy)) : null;
  return entry && grade ? { grade, entry } : null;
}

/** The scale in people's words: "A=优、B=良（80分及以上）…". */
export function describeLetterScale(policy: ScoringPolicy): string {
  return policy.letterScale
    .map((entry) => {
      const grade = gradeOfLetter(entry.letter, policy)?.grade ?? '—';
      return `${entry.letter}=${grade}${entry.minScore ? `（${entry.minScore}分及以上）` : ''}`;
    })
    .join('、');
}
