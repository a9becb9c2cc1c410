import { describe, expect, it } from 'vitest';
import { gridTablesToTabRows } from './grid-table.ts';

const table = [
  '标题',
  '+----------+----------+',
  '| 项目名称 | 农村供水 |',
  '|          | 工程改造 |',
  '+==========+==========+',
  '| 指标值   | ≥8处     |',
  '+----------+----------+',
  '| GB 5749  | ISO      |',
  '| -2022    | 9001     |',
  '+----------+----------+',
  '填表人：某某',
];

describe('gridTablesToTabRows', () => {
  it('joins the fragments of each row block into one tab row on the block’s first line, keeping the line count', () => {
    const rows = gridTablesToTabRows(table);
    expect(rows).toHaveLength(table.length);
    expect(rows.filter((line) => line !== '')).toEqual([
      '标题',
      '项目名称\t农村供水工程改造',
      '指标值\t≥8处',
      'GB 5749-2022\tISO 9001',
      '填表人：某某',
    ]);
    expect(rows[2]).toBe('项目名称\t农村供水工程改造');
  });

  it('keeps an empty cell as an empty place and drops empty places at the row’s end', () => {
    const rows = gridTablesToTabRows(['+---+---+---+', '|   | a |   |', '+---+---+---+', '| b |   | c |', '+---+---+---+']);
    expect(rows.filter((line) => line !== '')).toEqual(['\ta', 'b\t\tc']);
  });

  it('leaves a text with fewer than three rules alone (a drawing, not a table)', () => {
    const text = ['+---+', '| a |', '+---+'];
    expect(gridTablesToTabRows(text)).toEqual(text);
  });

  it('reads pandoc 3’s spans: a partial rule lets a row-spanning cell run on, a missing | spans columns', () => {
    const spans = [
      '+----------+----------+----------+',
      '| 一级指标 | 二级指标 | 指标值   |',
      '+==========+==========+==========+',
      '| 产出     | 数量     | ≥8处     |',
      '| 指标     +----------+----------+',
      '|          | 质量     | 100%     |',
      '+----------+----------+----------+',
      '| 年度总体目标        | 改造水厂 |',
      '+----------+----------+----------+',
    ];
    const rows = gridTablesToTabRows(spans);
    expect(rows).toHaveLength(spans.length);
    expect(rows.filter((line) => line !== '')).toEqual(['一级指标\t二级指标\t指标值', '产出指标\t数量\t≥8处', '\t质量\t100%', '年度总体目标\t\t改造水厂']);
  });
});

