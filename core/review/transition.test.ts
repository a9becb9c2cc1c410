import { describe, expect, it } from 'vitest';
import { documentKinds, type DocumentKind } from '../model.ts';
import { transitionActions, type TransitionAction } from './actions.ts';
import { reviewStates, type ReviewState } from './states.ts';
import { decideTransition, maxReasonLength } from './transition.ts';

const reason = '指标值未量化，请修改';

// The allowed moves, written out by hand from issue 3; everything not listed must be refused.
const targetMoves: Array<[TransitionAction, ReviewState, ReviewState]> = [
  ['submit', 'draft', 'submitted'],
  ['submit', 'returned', 'submitted'],
  ['withdraw', 'submitted', 'draft'],
  ['supervisor-approve', 'submitted', 'supervisor-reviewed'],
  ['finance-approve', 'supervisor-reviewed', 'approved'],
  ['return', 'submitted', 'returned'],
  ['return', 'supervisor-reviewed', 'returned'],
  ['publish', 'approved', 'published'],
  ['revise', 'approved', 'draft'],
  ['revise', 'published', 'draft'],
];
const evaluationMoves: Array<[TransitionAction, ReviewState, ReviewState]> = [
  ['submit', 'draft', 'submitted'],
  ['submit', 'returned', 'submitted'],
  ['withdraw', 'submitted', 'draft'],
  ['supervisor-approve', 'submitted', 'supervisor-reviewed'],
  ['finance-approve', 'supervisor-reviewed', 'finance-reviewed'],
  ['return', 'submitted', 'returned'],
  ['return', 'supervisor-reviewed', 'returned'],
  ['return', 'finance-reviewed', 'returned'],
  ['publish', 'finance-reviewed', 'published'],
];
const movesByKind: Record<DocumentKind, Array<[TransitionAction, ReviewState, ReviewState]>> = {
  'target-table': targetMoves,
  // Produced already approved by 批复 (issue 9 item 8): only published.
  'approval-table': targetMoves.filter(([action]) => action === 'publish'),
  'self-evaluation': evaluationMoves,
  'evaluation-report': evaluationMoves,
  monitoring: evaluationMoves,
};

const everyCase = documentKinds.flatMap((kind) =>
  reviewStates.flatMap((state) => transitionActions.map((action) => ({ kind, state, action }))),
);

describe('decideTransition', () => {
  it.each(everyCase)('moves a $kind in $state on $action exactly as the flow table says', ({ kind, state, action }) => {
    const expected = movesByKind[kind].find(([a, from]) => a === action && from === state);
    const result = decideTransition({ kind, state, action, reason });
    if (expected) {
      expect(result).toEqual({ ok: true, state: expected[2], createsRevision: action === 'revise' });
    } else {
      expect(result).toMatchObject({ ok: false, code: 'transition-not-allowed' });
      if (!result.ok) expect(result.message).toContain('不能执行');
    }
  });

  it.each([
    ['no reason', undefined],
    ['null', null],
    ['an empty reason', ''],
    ['only spaces', ' \t '],
  ])('refuses a return with %s', (_label, returnReason) => {
    const result = decideTransition({ kind: 'target-table', state: 'submitted', action: 'return', reason: returnReason });
    expect(result).toMatchObject({ ok: false, code: 'reason-required', message: '退回必须填写退回理由。' });
  });

  it('accepts a return reason at the length limit and refuses one past it', () => {
    const atLimit = decideTransition({
      kind: 'self-evaluation',
      state: 'submitted',
      action: 'return',
      reason: '理'.repeat(maxReasonLength),
    });
    const pastLimit = decideTransition({
      kind: 'self-evaluation',
      state: 'submitted',
      action: 'return',
      reason: '理'.repeat(maxReasonLength + 1),
    });
    expect(atLimit).toEqual({ ok: true, state: 'returned', createsRevision: false });
    expect(pastLimit).toMatchObject({ ok: false, code: 'reason-too-long' });
  });

  it('checks the state before the reason, so a return from a draft says the state is wrong', () => {
    const result = decideTransition({ kind: 'target-table', state: 'draft', action: 'return' });
    expect(result).toMatchObject({ ok: false, code: 'transition-not-allowed' });
  });

  it('needs no reason for moves other than return and revise', () => {
    expect(decideTransition({ kind: 'target-table', state: 'draft', action: 'submit' })).toMatchObject({ ok: true });
    expect(decideTransition({ kind: 'target-table', state: 'submitted', action: 'withdraw' })).toMatchObject({ ok: true, state: 'draft' });
  });

  it.each([undefined, null, '', '  '])('refuses a revision (调整) with the reason %j', (revisionReason) => {
    expect(decideTransition({ kind: 'target-table', state: 'approved', action: 'revise', reason: revisionReason })).toEqual({
      ok: false,
      code: 'reason-required',
      message: '调整必须填写调整原因。',
    });
    expect(decideTransition({ kind: 'target-table', state: 'approved', action: 'revise', reason: '年中调整' })).toMatchObject({
      ok: true,
      createsRevision: true,
    });
  });

  it('names the current state and the action in Chinese when refusing', () => {
    const result = decideTransition({ kind: 'self-evaluation', state: 'published', action: 'submit' });
    expect(result).toEqual({
      ok: false,
      code: 'transition-not-allowed',
      message: '文档当前状态为“已公开”，不能执行“提交”。',
    });
  });
});
