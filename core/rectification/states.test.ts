import { describe, expect, it } from 'vitest';
import { decideRectificationStep, isNoticeComplete, type RectificationItemState, type RectificationStep } from './states.ts';

describe('decideRectificationStep', () => {
  it.each<[RectificationStep, RectificationItemState, RectificationItemState | string]>([
    ['answer', 'open', 'answered'],
    ['answer', 'returned', 'answered'],
    ['answer', 'answered', 'answered'],
    ['answer', 'accepted', 'transition-not-allowed'],
    ['accept', 'answered', 'accepted'],
    ['accept', 'open', 'transition-not-allowed'],
    ['accept', 'returned', 'transition-not-allowed'],
    ['return', 'answered', 'returned'],
    ['return', 'accepted', 'transition-not-allowed'],
  ])('%s from %s gives %s', (step, state, outcome) => {
    const result = decideRectificationStep({ step, state, noticeState: 'open', reason: '请补充' });
    expect(result.ok ? result.state : result.code).toBe(outcome);
  });

  it('refuses a return without a reason, in Chinese', () => {
    const result = decideRectificationStep({ step: 'return', state: 'answered', noticeState: 'open', reason: '  ' });
    expect(result).toMatchObject({ ok: false, code: 'reason-required', message: expect.stringMatching(/退回理由/) });
  });

  it('refuses every step on a closed notice', () => {
    for (const step of ['answer', 'accept', 'return'] as const) {
      expect(decideRectificationStep({ step, state: 'answered', noticeState: 'closed', reason: 'x' })).toMatchObject({ ok: false, code: 'notice-closed' });
    }
  });
});

describe('isNoticeComplete', () => {
  it('is complete only when it has items and all are accepted', () => {
    expect(isNoticeComplete([])).toBe(false);
    expect(isNoticeComplete([{ state: 'accepted' }, { state: 'answered' }])).toBe(false);
    expect(isNoticeComplete([{ state: 'accepted' }, { state: 'accepted' }])).toBe(true);
  });
});
