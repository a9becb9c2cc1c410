import { describe, expect, it } from 'vitest';
import type { GradeLetter } from '../model.ts';
import { describeLetterScale, gradeOfLetter } from './letter-grade.ts';
import { defaultScoringPolicy, mergePolicy } from './policy.ts';

const byGrade = mergePolicy(defaultScoringPolicy, {
  letterScale: [
    { letter: 'A', grade: '优' },
    { letter: 'B', grade: '良' },
    { letter: 'C', grade: '中' },
    { letter: 'D', grade: '差' },
  ],
});
// Letters by lowest score, graded by the policy's edges (80/70/60 here: A from 85 is 优, B from 75 is 良).
const byScore = mergePolicy(defaultScoringPolicy, {
  gradeEdges: { excellent: '80', good: '70', fair: '60' },
  letterScale: [
    { letter: 'A', minScore: '85' },
    { letter: 'B', minScore: '75' },
    { letter: 'C', minScore: '60' },
    { letter: 'D', minScore: '0' },
  ],
});

describe('gradeOfLetter', () => {
  it.each<[string, typeof byGrade, GradeLetter, string | null]>([
    ['a letter stated with its grade', byGrade, 'B', '良'],
    ['the last letter', byGrade, 'D', '差'],
    ['a letter the scale lacks', byGrade, 'E', null],
    ['a letter by its lowest score at the 优 edge', byScore, 'A', '优'],
    ['a letter by its lowest score at the 良 edge', byScore, 'B', '良'],
    ['a letter whose lowest score is 60 (中 at 80/70/60)', byScore, 'C', '中'],
    ['a letter from 0', byScore, 'D', '差'],
    ['the national policy (no letters)', defaultScoringPolicy, 'A', null],
  ])('%s', (_case, policy, letter, grade) => {
    expect(gradeOfLetter(letter, policy)?.grade ?? null).toBe(grade);
  });
});

describe('describeLetterScale', () => {
  it('names each letter with its grade, and its lowest score when the scale gives one', () => {
    expect(describeLetterScale(byGrade)).toBe('A=优、B=良、C=中、D=差');
    expect(describeLetterScale(byScore)).toBe('A=优（85分及以上）、B=良（75分及以上）、C=中（60分及以上）、D=差（0分及以上）');
  });
});
