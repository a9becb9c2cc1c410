import { describe, expect, it } from 'vitest';
import { createEmptyDocument } from '../model.ts';
import { carryMonitoringForward, isLaterWindow } from './carry-forward.ts';

describe('carryMonitoringForward', () => {
  it('keeps the figures and reasons of the previous round and moves the window on, leaving the previous body as it was', () => {
    const previous = { ...createEmptyDocument('monitoring', 'project'), budget: { ...createEmptyDocument('monitoring', 'project').budget, executedToDate: '40.5', adjusted: '100' } };
    previous.monitoring = { period: { throughMonth: 6 }, deviation: '进度滞后', problems: null, nextSteps: '加快支付' };
    const next = carryMonitoringForward(previous, { throughMonth: 9 });
    expect(next.monitoring?.period).toEqual({ throughMonth: 9 });
    expect(next.monitoring?.deviation).toBe('进度滞后');
    expect(next.budget.executedToDate).toBe('40.5');
    expect(previous.monitoring.period).toEqual({ throughMonth: 6 });
    next.budget.executedToDate = '70';
    expect(previous.budget.executedToDate).toBe('40.5');
  });
});

describe('isLaterWindow', () => {
  it.each([
    ['1-9月 after 1-6月', { throughMonth: 9 }, { throughMonth: 6 }, true],
    ['1-6月 again', { throughMonth: 6 }, { throughMonth: 6 }, false],
    ['截至6月30日 is 1-6月', { cutOffDate: '2026-06-30' }, { throughMonth: 6 }, false],
    ['截至7月1日 after 1-6月', { cutOffDate: '2026-07-01' }, { throughMonth: 6 }, true],
    ['1-5月 before 1-6月', { throughMonth: 5 }, { throughMonth: 6 }, false],
    ['a first window', { throughMonth: 6 }, null, true],
  ])('%s', (_label, next, previous, expected) => {
    expect(isLaterWindow({ next, previous, year: 2026 })).toBe(expected);
  });
});
