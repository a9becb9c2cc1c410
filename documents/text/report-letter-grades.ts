/**
 * Letter grades (A/B/C/D) in reports. The model's grades are 优 良 中 差 (财预〔2020〕10号) and regions'
 * letter scales differ, so a letter is mapped only through the scale the report itself states
 * ("评价结果分为A（优秀）、B（良好）…", "优秀（A级）", "A级为优"); without one the letter is kept in
 * totals.gradeLetter and analysis maps it through the rule pack's scale (core/checks/letter-grade.ts).
 */
import { gradeLetters, type Grade, type GradeLetter } from '../../core/model.ts';
import {
  reportGradeWords,
  reportLetterScaleLetterFirst,
  reportLetterScaleWordFirst,
} from '../vocabulary/report-words.ts';
import { compact } from './normalize.ts';

/**
 * The letter scale the report's lines state, letter → grade. A letter the report pairs with two different
 * grades, or with a word that is no grade of the model (合格), maps to nothing.
 */
export function readLetterScale(lines: readonly string[]): Map<string, Grade> {
  const pairs: Array<[string, string]> = [];
  for (const line of lines) {
    const text = compact(line);
    if (!/[A-E]/.test(text)) continue;
    for (const match of text.matchAll(reportLetterScaleLetterFirst)) pairs.push([match[1]!, match[2]!]);
    for (const match of text.matchAll(reportLetterScaleWordFirst)) pairs.push([match[2]!, match[1]!]);
  }
  const scale = new Map<string, Grade | null>();
  for (const [letter, word] of pairs) {
    const grade = reportGradeWords[word] ?? null;
    const known = scale.get(letter);
    scale.set(letter, known === undefined || known === grade ? grade : null);
  }
  return new Map([...scale].flatMap(([letter, grade]) => (grade === null ? [] : [[letter, grade] as const])));
}

/** Whether a letter read after a grade label is one of the model's grade letters. */
export function isGradeLetter(letter: string): letter is GradeLetter {
  return (gradeLetters as readonly string[]).includes(letter);
}
