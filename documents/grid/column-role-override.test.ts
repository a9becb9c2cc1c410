import { describe, expect, it } from 'vitest';
import { createTextRow, mapCoverage, type Grid } from './grid.ts';
import { findHeaderBands } from './header-band.ts';
import { describeHeaderSignature } from './header-signature.ts';
import { readIndicatorGrid } from './read-indicator-table.ts';

function gridOf(rows: string[][]): Grid {
  return { rows: rows.map((texts, index) => createTextRow(texts, { line: index + 1 })) };
}

const table = [
  ['一级指标', '二级指标', '三级指标', '指标值', '分值', '考核分'],
  ['产出指标', '数量指标', '培训人次', '≥100人次', '40', '38'],
  ['', '质量指标', '合格率', '≥95%', '60', '55'],
];

function signatureOf(grid: Grid): string {
  const band = findHeaderBands(grid)[0];
  if (!band) throw new Error('no band');
  return describeHeaderSignature(mapCoverage(grid), band.firstRow, band.lastRow);
}

describe('explicit column-role mapping of the indicator reader', () => {
  it('ignores an unknown column by default and reads it under the role a mapping gives', () => {
    const grid = gridOf(table);
    expect(readIndicatorGrid(grid).goals[0]?.indicators.map((indicator) => indicator.score ?? null)).toEqual([null, null]);
    const mapped = readIndicatorGrid(grid, { columnRoles: { roles: [{ column: 5, role: 'score' }] } });
    expect(mapped.goals[0]?.indicators.map((indicator) => indicator.score)).toEqual(['38', '55']);
  });

  it('takes a role away with null and moves a role from one column to another', () => {
    const grid = gridOf(table);
    const mapped = readIndicatorGrid(grid, { columnRoles: { roles: [{ column: 4, role: 'score' }, { column: 5, role: 'weight' }] } });
    expect(mapped.goals[0]?.indicators.map((indicator) => [indicator.weight, indicator.score])).toEqual([['38', '40'], ['55', '60']]);
    const without = readIndicatorGrid(grid, { columnRoles: { roles: [{ column: 4, role: null }] } });
    expect(without.goals[0]?.indicators.map((indicator) => indicator.weight ?? null)).toEqual([null, null]);
  });

  it('applies only to bands of the signature it names', () => {
    const grid = gridOf(table);
    const other = readIndicatorGrid(grid, { columnRoles: { headerSignature: 'not-this-layout', roles: [{ column: 5, role: 'score' }] } });
    expect(other.goals[0]?.indicators[0]?.score ?? null).toBeNull();
    const same = readIndicatorGrid(grid, { columnRoles: { headerSignature: signatureOf(grid), roles: [{ column: 5, role: 'score' }] } });
    expect(same.goals[0]?.indicators[0]?.score).toBe('38');
  });
});

describe('header signature', () => {
  it('is the same for the same header written with other spaces, full-width forms or unit notes', () => {
    const spaced = [['一级 指标', '二级指标', '三级指标', '指标值', '分值（分）', '考核分'], ...table.slice(1)];
    expect(signatureOf(gridOf(spaced))).toBe(signatureOf(gridOf(table)));
  });

  it('differs when a column is reordered or renamed', () => {
    const reordered = [['一级指标', '二级指标', '三级指标', '分值', '指标值', '考核分'], ['产出指标', '数量指标', '培训人次', '40', '≥100人次', '38']];
    const renamed = [['一级指标', '二级指标', '三级指标', '指标值', '分值', '复核分'], ...table.slice(1)];
    expect(signatureOf(gridOf(reordered))).not.toBe(signatureOf(gridOf(table)));
    expect(signatureOf(gridOf(renamed))).not.toBe(signatureOf(gridOf(table)));
  });
});
