import { describe, expect, it } from 'vitest';
import { buildHeatCells, pickWorstLevel } from './round-chart-data.ts';

const zero = { green: 0, yellow: 0, red: 0, blue: 0, none: 0 };

describe('round heat-map cells', () => {
  it('colours a unit by its worst light: red over yellow over blue over green', () => {
    expect(pickWorstLevel({ ...zero, green: 3, yellow: 1 }).key).toBe('yellow');
    expect(pickWorstLevel({ ...zero, blue: 1, green: 2 }).key).toBe('blue');
    expect(pickWorstLevel({ ...zero, red: 1, yellow: 5 }).key).toBe('red');
    expect(pickWorstLevel({ ...zero, none: 2 }).key).toBe('none');
  });

  it('gives one cell per unit and light kind with the counts in the tooltip', () => {
    const cells = buildHeatCells({
      roundId: 'r',
      timeProgress: '50',
      units: [{ organisationId: 'a', organisationName: '甲局', budget: { ...zero, red: 1 }, target: { ...zero, green: 2, yellow: 1 }, executionRate: '20' }],
      lateUnits: [],
      conclusions: {},
    });
    expect(cells).toEqual([
      [0, 0, 4, '甲局 预算执行：红灯 1', '红灯'],
      [1, 0, 3, '甲局 绩效目标：绿灯 2，黄灯 1', '黄灯…'],
    ]);
  });
});
