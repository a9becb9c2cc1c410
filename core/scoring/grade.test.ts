import { describe, expect, it } from 'vitest';
import { defaultScoringPolicy, mergePolicy } from './policy.ts';
import { gradeOf } from './grade.ts';

describe('gradeOf: 优 ≥ 90, 良 80–<90, 中 60–<80, 差 < 60', () => {
  it.each([
    ['100', '优'],
    ['90', '优'],
    ['90.00', '优'],
    ['89.99', '良'],
    ['80', '良'],
    ['79.99', '中'],
    ['60', '中'],
    ['59.99', '差'],
    ['0', '差'],
  ])('%s is %s', (score, grade) => {
    expect(gradeOf(score, defaultScoringPolicy)).toBe(grade);
  });

  it('gives null for a missing score', () => {
    expect(gradeOf(null, defaultScoringPolicy)).toBeNull();
    expect(gradeOf('九十', defaultScoringPolicy)).toBeNull();
  });

  it('follows a region’s edges', () => {
    const policy = mergePolicy(defaultScoringPolicy, { gradeEdges: { excellent: '85' } });
    expect(gradeOf('86', policy)).toBe('优');
    expect(gradeOf('84', policy)).toBe('良');
  });
});
