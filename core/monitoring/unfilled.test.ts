import { describe, expect, it } from 'vitest';
import { describeUnfilledMonitoring, findUnfilledMonitoring } from './unfilled.ts';
import { buildIndicator, buildMonitoringTable } from './testing.ts';

const table = (input: { executedToDate?: string; actuals: (string | null)[] }) =>
  buildMonitoringTable({
    period: { throughMonth: 6 },
    budget: { adjusted: '100', ...(input.executedToDate === undefined ? {} : { executedToDate: input.executedToDate }) },
    indicators: input.actuals.map((actualToDate, index) => buildIndicator({ name: `指标${index + 1}`, target: '≥100次', actualToDate })),
  });

describe('describeUnfilledMonitoring', () => {
  it.each([
    ['nothing filled', table({ actuals: [null, null, null] }), '1-6月执行数未填写；3 个指标中有 3 个未填写1-6月实际完成值'],
    ['execution only blank', table({ actuals: ['40次', '50次'] }), '1-6月执行数未填写'],
    ['some actuals blank', table({ executedToDate: '45', actuals: ['40次', null, '  '] }), '3 个指标中有 2 个未填写1-6月实际完成值'],
    ['a zero execution is filled', table({ executedToDate: '0', actuals: ['0次'] }), null],
    ['everything filled', table({ executedToDate: '45.5', actuals: ['40次', '按计划推进'] }), null],
  ])('%s', (_, document, expected) => {
    expect(describeUnfilledMonitoring(document)).toBe(expected);
  });

  it('names a cut-off window as tables write it', () => {
    const document = table({ actuals: ['1次'] });
    document.monitoring = { period: { cutOffDate: '2025-08-31' } };
    expect(describeUnfilledMonitoring(document)).toBe('截至8月31日执行数未填写');
  });

  it('asks nothing of other kinds', () => {
    const document = table({ actuals: [null] });
    expect(findUnfilledMonitoring({ ...document, kind: 'self-evaluation' })).toBeNull();
  });
});
