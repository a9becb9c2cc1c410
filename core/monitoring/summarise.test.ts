import { describe, expect, it } from 'vitest';
import { lightDocument } from './light-document.ts';
import { defaultLightPolicy } from './light-policy.ts';
import { summariseMonitoring } from './summarise.ts';
import { buildIndicator, buildMonitoringTable } from './testing.ts';

describe('summariseMonitoring', () => {
  it('counts red and yellow indicator lights and takes the worse of budget and target light', () => {
    const table = lightDocument(
      buildMonitoringTable({
        period: { throughMonth: 6 },
        budget: { adjusted: '200', executedToDate: '70' },
        indicators: [
          buildIndicator({ target: '≥1000人次', actualToDate: '100' }),
          buildIndicator({ target: '≥1000人次', actualToDate: '350' }),
          buildIndicator({ target: '≥1000人次', actualToDate: '10' }),
          buildIndicator({ target: '≥20台', actualToDate: '14' }),
          buildIndicator({ target: '≥10个', actualToDate: null }),
        ],
      }),
    );
    expect(summariseMonitoring(table)).toEqual({
      budgetLight: 'yellow',
      targetLight: 'red',
      worstLight: 'red',
      redCount: 2,
      yellowCount: 1,
      executedToDate: '70',
      budgetBase: '200',
      executionRate: '35',
      timeProgress: '50',
    });
  });

  it('keeps the budget light as the worst when no indicator has a light yet', () => {
    const table = lightDocument(buildMonitoringTable({ period: { throughMonth: 6 }, budget: { adjusted: '200', executedToDate: '59.99' } }));
    expect(summariseMonitoring(table)).toMatchObject({ budgetLight: 'red', targetLight: null, worstLight: 'red', redCount: 0, yellowCount: 0, executionRate: '30' });
  });

  it('leaves 执行率 and its figures empty without 执行数 or with a base of 0', () => {
    const withoutExecuted = lightDocument(buildMonitoringTable({ period: { throughMonth: 6 }, budget: { adjusted: '200' } }));
    expect(summariseMonitoring(withoutExecuted)).toMatchObject({ executedToDate: null, budgetBase: null, executionRate: null, worstLight: null });
    const zeroBase = lightDocument(buildMonitoringTable({ period: { throughMonth: 6 }, budget: { adjusted: '0', executedToDate: '5' } }));
    expect(summariseMonitoring(zeroBase)).toMatchObject({ executedToDate: null, budgetBase: null, executionRate: null });
  });

  it('uses 年初预算数 as the base when the policy says so', () => {
    const table = buildMonitoringTable({ period: { throughMonth: 6 }, budget: { initial: '300', adjusted: '200', executedToDate: '60' } });
    expect(summariseMonitoring(table, { ...defaultLightPolicy, budgetBase: 'initial' })).toMatchObject({ budgetBase: '300', executionRate: '20' });
  });
});

