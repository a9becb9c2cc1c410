import { describe, expect, it } from 'vitest';
import type { DocumentKind } from '../model.ts';
import type { TransitionAction } from './actions.ts';
import { checkConclusion, reviewOpinionSchema, type ReviewConclusion } from './conclusion.ts';

type Case = [DocumentKind, TransitionAction, ReviewConclusion | null, 'ok' | 'conclusion-mismatch'];

const cases: Case[] = [
  ['target-table', 'supervisor-approve', null, 'ok'],
  ['target-table', 'supervisor-approve', { verdict: 'pass', grade: '优' }, 'ok'],
  ['target-table', 'finance-approve', { verdict: 'pass', grade: '良' }, 'ok'],
  ['target-table', 'finance-approve', { verdict: 'pass', grade: '中' }, 'conclusion-mismatch'],
  ['target-table', 'finance-approve', { verdict: 'pass', grade: '差' }, 'conclusion-mismatch'],
  ['target-table', 'finance-approve', { verdict: 'fail', grade: '差' }, 'conclusion-mismatch'],
  ['target-table', 'return', { verdict: 'fail', grade: '中' }, 'ok'],
  ['target-table', 'return', { verdict: 'pass' }, 'conclusion-mismatch'],
  ['self-evaluation', 'finance-approve', { verdict: 'pass', grade: '差' }, 'ok'],
  ['self-evaluation', 'supervisor-approve', { verdict: 'pass', grade: null }, 'ok'],
  ['self-evaluation', 'submit', { verdict: 'pass' }, 'conclusion-mismatch'],
  ['self-evaluation', 'publish', { verdict: 'pass' }, 'conclusion-mismatch'],
];

describe('checkConclusion', () => {
  it.each(cases)('on a %s, %s with %j gives %s', (kind, action, conclusion, expected) => {
    const result = checkConclusion({ kind, action, conclusion });
    if (expected === 'ok') expect(result).toEqual({ ok: true });
    else expect(result).toMatchObject({ ok: false, code: expected });
  });
});

describe('reviewOpinionSchema', () => {
  it.each([
    ['an indicator', 'goals.0.indicators.3', true],
    ['a field of an indicator', 'goals.0.indicators.3.target', true],
    ['the whole document', '', true],
    ['the budget', 'budget.total', true],
    ['a path with a trailing dot', 'goals.0.', false],
    ['a path with spaces', 'goals 0', false],
  ])('accepts an opinion on %s: %s → %s', (_label, path, isValid) => {
    expect(reviewOpinionSchema.safeParse({ path, text: '指标值应量化' }).success).toBe(isValid);
  });

  it('refuses an empty opinion', () => {
    expect(reviewOpinionSchema.safeParse({ path: '', text: '   ' }).success).toBe(false);
  });
});
