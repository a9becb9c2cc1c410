import { describe, expect, it } from 'vitest';
import { defaultLightPolicy, milestoneLightPolicy, mergeLightPolicy } from './light-policy.ts';
import { lightBudget } from './budget-light.ts';
import { completedMonths, computeTimeProgress } from './time-progress.ts';
import type { MonitoringPeriod } from './schema.ts';

function light(input: {
  executed: string;
  adjusted?: string;
  initial?: string;
  period: MonitoringPeriod;
  policy?: typeof defaultLightPolicy;
}) {
  const policy = input.policy ?? defaultLightPolicy;
  return lightBudget({
    budget: { executedToDate: input.executed, adjusted: input.adjusted ?? '100', initial: input.initial },
    progress: computeTimeProgress({ period: input.period, mode: policy.timeProgress, year: 2025 }),
    completedMonths: completedMonths(input.period),
    policy,
  });
}

describe('budget light, default policy (执行率 ÷ 序时进度)', () => {
  // 1-6月: time progress 50%, so v = 执行率 × 2: the 60% edge is 30 万元 of 100, the 80% edge 40.
  it.each([
    ['0', 'red'],
    ['29.99', 'red'],
    ['30', 'yellow'],
    ['39.99', 'yellow'],
    ['40', 'green'],
    ['100', 'green'],
  ])('1-6月, executed %s of 100 → %s', (executed, expected) => {
    expect(light({ executed, period: { throughMonth: 6 } })).toBe(expected);
  });

  // 1-8月: 8/12, the 60% edge is 40 exactly (60% × 8/12 = 40%), the 80% edge 53.33… (not a decimal).
  it.each([
    ['39.999', 'red'],
    ['40', 'yellow'],
    ['53.33', 'yellow'],
    ['53.34', 'green'],
  ])('1-8月, executed %s of 100 → %s (edges exact, no float rounding)', (executed, expected) => {
    expect(light({ executed, period: { throughMonth: 8 } })).toBe(expected);
  });

  it('uses 年初预算数 when the policy says so', () => {
    const policy = mergeLightPolicy(defaultLightPolicy, { budgetBase: 'initial' });
    expect(
      light({ executed: '40', adjusted: '100', initial: '200', period: { throughMonth: 6 }, policy }),
    ).toBe('red');
    expect(light({ executed: '40', adjusted: '100', initial: '200', period: { throughMonth: 6 } })).toBe(
      'green',
    );
  });

  it('counts days when the policy does: 截至6月30日 of 2025 is 181/365', () => {
    const policy = mergeLightPolicy(defaultLightPolicy, { timeProgress: 'days' });
    // 80% of 181/365 of 365 万元 = 144.8
    expect(light({ executed: '144.79', adjusted: '365', period: { cutOffDate: '2025-06-30' }, policy })).toBe(
      'yellow',
    );
    expect(light({ executed: '144.8', adjusted: '365', period: { cutOffDate: '2025-06-30' }, policy })).toBe(
      'green',
    );
  });

  it.each([
    ['no 执行数', { executed: null as unknown as string, period: { throughMonth: 6 } }],
    ['a zero budget', { executed: '10', adjusted: '0', period: { throughMonth: 6 } }],
    ['no window', { executed: '10', period: {} }],
  ])('gives no light with %s', (_label, input) => {
    expect(light(input)).toBeNull();
  });
});

describe('budget light, milestone policy (25/40/60/80% by end-April/June/August/October)', () => {
  const policy = milestoneLightPolicy;
  it.each([
    [4, '24.99', 'yellow'],
    [4, '25', 'green'],
    [5, '24.99', 'yellow'],
    [6, '39.99', 'yellow'],
    [6, '40', 'green'],
    [8, '59.99', 'yellow'],
    [8, '60', 'green'],
    [10, '79.99', 'yellow'],
    [10, '80', 'green'],
    [12, '79.99', 'yellow'],
    [3, '0', 'green'],
  ])('through month %i, executed %s%% → %s', (throughMonth, executed, expected) => {
    expect(light({ executed, period: { throughMonth }, policy })).toBe(expected);
  });

  it('reads the month from a cut-off date: 截至6月29日 has only May behind it', () => {
    expect(light({ executed: '30', period: { cutOffDate: '2025-06-29' }, policy })).toBe('green');
    expect(light({ executed: '30', period: { cutOffDate: '2025-06-30' }, policy })).toBe('yellow');
  });
});
