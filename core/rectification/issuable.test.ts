import { describe, expect, it } from 'vitest';
import { reviewStates, type ReviewState } from '../review/states.ts';
import { decideRectificationTarget, explainWhyNotRectifiable } from './issuable.ts';

describe('decideRectificationTarget', () => {
  it.each<[ReviewState, boolean]>([
    ['draft', false],
    ['returned', false],
    ['submitted', true],
    ['supervisor-reviewed', true],
    ['approved', true],
    ['finance-reviewed', true],
    ['published', true],
  ])('a document in state %s may be rectified: %s', (state, isAllowed) => {
    expect(decideRectificationTarget({ where: '第 1 项', kind: 'monitoring', state }).ok).toBe(isAllowed);
  });

  it('refuses a draft monitoring table in Chinese, naming the item and what to wait for', () => {
    expect(decideRectificationTarget({ where: '第 2 项', kind: 'monitoring', state: 'draft' })).toEqual({
      ok: false,
      code: 'document-not-submitted',
      message: '第 2 项关联的绩效运行监控表尚未提交（草稿），单位提交后才能下发整改。',
    });
  });

  it('gives a reason for exactly the states a unit may still edit', () => {
    expect(reviewStates.filter((state) => explainWhyNotRectifiable(state) !== null)).toEqual(['draft', 'returned']);
  });
});
