import { describe, expect, it } from 'vitest';
import { readIndicatorGrid } from '../read-indicator-table.ts';
import { rowTexts } from '../grid.ts';
import { recoverTextGrid } from '../read-text-indicators.ts';

/** A 申报表 whose names stand in 指标内容 (no 三级 column), numbered by the template, 备注 last. */
const rows: ReadonlyArray<readonly string[]> = [
  ['一级指标', '二级指标', '指标内容', '指标值', '备注'],
  ['产出指标', '数量指标', '1.加工档案页数', '≥120万页', ''],
  ['', '', '2.质检合格率', '≥99%', ''],
  ['效益指标', '可持续影响指标', '1.查阅等候时间', '≤10分钟', ''],
  ['', '', '2.长期保存机制', '建立', ''],
  ['', '', '3.档案开放目录', '按季更新', '每季度末'],
  ['满意度指标', '服务对象满意度指标', '1.查档群众满意度', '≥95%', ''],
];

/** Word's table text: one cell per line, a blank line after each, cells a merge or nobody filled leave no line. */
function asCellLines(table: ReadonlyArray<readonly string[]>): string[] {
  return table.flatMap((cells) => cells.filter((cell) => cell !== '').flatMap((cell) => [cell, '']));
}

function indicatorsOf(lines: readonly string[]): string[][] {
  return readIndicatorGrid(recoverTextGrid(lines).grid)
    .goals.flatMap((goal) => goal.indicators)
    .map((indicator) => [indicator.name, indicator.level2, indicator.target?.text ?? '']);
}

describe('one cell per line: 指标内容 as the name column, numbered names', () => {
  const expected = [
    ['加工档案页数', '数量指标', '≥120万页'],
    ['质检合格率', '数量指标', '≥99%'],
    ['查阅等候时间', '可持续影响指标', '≤10分钟'],
    ['长期保存机制', '可持续影响指标', '建立'],
    ['档案开放目录', '可持续影响指标', '按季更新'],
    ['查档群众满意度', '服务对象满意度指标', '≥95%'],
  ];

  it('reads the cell lines as the tab rows read', () => {
    expect(indicatorsOf(rows.map((cells) => cells.join('\t')))).toEqual(expected);
    expect(indicatorsOf(asCellLines(rows))).toEqual(expected);
  });

  it('keeps a 备注 that does not continue the numbering', () => {
    const grid = recoverTextGrid(asCellLines(rows)).grid;
    const remarkOf = (name: string): string | undefined => grid.rows.map(rowTexts).find((texts) => texts.includes(name))?.[4];
    expect(remarkOf('2.长期保存机制') ?? '').toBe('');
    expect(remarkOf('3.档案开放目录')).toBe('每季度末');
  });
});
