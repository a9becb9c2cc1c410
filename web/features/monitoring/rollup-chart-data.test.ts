import { describe, expect, it } from 'vitest';
import type { RollupRow, RoundRollup } from '../../../contract/monitoring-rollup.ts';
import { buildStackedSeries, describeRollup } from './rollup-chart-data.ts';

function row(name: string, red: number, green: number, rate: string | null): RollupRow {
  return {
    organisationId: name,
    organisationName: name,
    isSelf: false,
    hasSubordinates: true,
    units: green + red,
    tables: green + red + 1,
    withoutTable: 0,
    budget: { green, yellow: 0, red, blue: 0, none: 1 },
    target: { green: 0, yellow: green, red: 0, blue: red, none: 1 },
    redIndicators: red,
    yellowIndicators: 0,
    executedToDate: null,
    budgetBase: null,
    executionRate: rate,
    lateUnits: 0,
  };
}

describe('the overview by level as chart data', () => {
  const children = [row('甲市', 1, 5, '40.5'), row('乙市', 4, 2, null)];

  it('stacks one series per light, good lights first, one value per child in order', () => {
    const series = buildStackedSeries(children, 'budget');
    expect(series.map((entry) => entry.key)).toEqual(['green', 'blue', 'yellow', 'red', 'none']);
    expect(series.find((entry) => entry.key === 'red')!.data).toEqual([1, 4]);
    expect(series.find((entry) => entry.key === 'green')!.data).toEqual([5, 2]);
    expect(buildStackedSeries(children, 'target').find((entry) => entry.key === 'blue')!.data).toEqual([1, 4]);
  });

  it('names the children with the most red lights first for screen readers', () => {
    const rollup: RoundRollup = { roundId: 'r', timeProgress: '50', organisation: { id: 'p', name: '省财政厅' }, trail: [], total: row('省财政厅', 5, 7, '45'), children };
    expect(describeRollup(rollup)).toBe('省财政厅下级单位亮灯：共 13 张监控表，红灯 5 个；乙市 监控表 7 张，红灯 4 个，执行率 —；甲市 监控表 7 张，红灯 1 个，执行率 40.5%');
  });
});
