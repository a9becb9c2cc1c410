import { describe, expect, it } from 'vitest';
import { labelCell, textCell, type LayoutRow } from '../print/table-layout.ts';
import { heightForLines } from '../print/text-lines.ts';
import { estimateRowHeights } from './row-heights.ts';

const columns = [10, 22];

describe('estimateRowHeights', () => {
  it('sizes a row from the longest text in it, at the width of the columns the cell spans', () => {
    const rows: LayoutRow[] = [
      { cells: [labelCell(0, '名称'), textCell(1, '短')] },
      { cells: [labelCell(0, '职能'), textCell(1, '汉'.repeat(50))] },
      { cells: [textCell(0, '汉'.repeat(50), { colSpan: 2 })] },
    ];
    // 22 − 2 units hold 10 CJK characters; 32 − 2 hold 15.
    expect(estimateRowHeights({ rows, columns })).toEqual([heightForLines(1), heightForLines(5), heightForLines(4)]);
  });

  it('spreads a cell merged down over several rows across every row it covers', () => {
    const rows: LayoutRow[] = [
      { cells: [labelCell(0, '整体绩效目标', { rowSpan: 3 }), textCell(1, '汉'.repeat(300), { rowSpan: 3 })] },
      { cells: [] },
      { cells: [] },
      { cells: [labelCell(0, '合计'), textCell(1, '1')] },
    ];
    const perRow = heightForLines(10);
    expect(estimateRowHeights({ rows, columns })).toEqual([perRow, perRow, perRow, heightForLines(1)]);
  });

  it('keeps a taller row when a merged cell over it needs less', () => {
    const rows: LayoutRow[] = [
      { cells: [labelCell(0, '产出指标', { rowSpan: 2 }), textCell(1, '汉'.repeat(30))] },
      { cells: [textCell(1, '短')] },
    ];
    expect(estimateRowHeights({ rows, columns })).toEqual([heightForLines(3), heightForLines(1)]);
  });
});
