/**
 * Which reading of a PDF's pages the indicators are read from (choose-pdf-grid.ts): a scoring sheet with a
 * 分值 after each level has no target column, so no reading rates a row; drawn with borders, its cells are
 * still known, and the borders' grid is read rather than lines guessed from gaps.
 */
import { describe, expect, it } from 'vitest';
import { comparePdfGrids, pickReading } from './choose-pdf-grid.ts';
import { borders, item } from './lattice-testing.ts';
import { readIndicatorGrid } from '../grid/read-indicator-table.ts';

// Seven columns: 一级指标 | 分值 | 二级指标 | 分值 | 三级指标 | 分值 | 得分; a header and three rows.
const columns = [50, 140, 180, 270, 310, 420, 460, 500];
const rows = [700, 680, 660, 640, 620];
const cellsOf = [
  ['一级指标', '分值', '二级指标', '分值', '三级指标', '分值', '得分'],
  ['产出指标', '30', '数量指标', '20', '培训人次', '12', '11'],
  ['产出指标', '30', '质量指标', '10', '考核合格率', '18', '17'],
  ['效益指标', '70', '社会效益', '70', '群众满意度', '70', '66'],
];
const items = cellsOf.flatMap((cells, row) => cells.map((text, column) => item(text, columns[column]! + 4, rows[row]! - 15)));

describe('a scoring sheet drawn with borders', () => {
  it('is read through its borders when no reading rates a row, each level keeping its own 分值', () => {
    const choice = comparePdfGrids([{ items, rulings: borders(rows, columns) }]);
    expect(choice.grid).not.toBeNull();
    const read = readIndicatorGrid(choice.grid!);
    const indicators = read.goals.flatMap((goal) => goal.indicators);
    expect(indicators.map((indicator) => [indicator.level2, indicator.name, indicator.weight, indicator.score])).toEqual([
      ['数量指标', '培训人次', '12', '11'],
      ['质量指标', '考核合格率', '18', '17'],
      ['社会效益', '群众满意度', '70', '66'],
    ]);
  });

  it('without borders, is left to the text route (nothing says where its cells are)', () => {
    const choice = comparePdfGrids([{ items, rulings: { horizontal: [], vertical: [] } }]);
    expect(choice.lattice).toBeNull();
  });
});

describe('pickReading', () => {
  const rated = (fittingRows: number, misfits: number, names: string[] = []) => ({
    fittingRows,
    confidence: fittingRows + misfits === 0 ? 0 : fittingRows / (fittingRows + misfits),
    fittingNames: names.length > 0 ? names : Array.from({ length: fittingRows }, (_, index) => `指标${index}`),
  });
  // A browser's print of a score sheet (no target column: no row of the borders' grid rates) whose narrow level columns
  // scatter its characters, so the positions fit 3 rows of 11 by chance: the borders' grid is read.
  it.each([
    ['nothing rates anywhere', rated(0, 0), rated(0, 0), rated(0, 0), 'lattice'],
    ['the others fit a few rows among more misfits', rated(0, 0), rated(3, 8), rated(1, 54), 'lattice'],
    ['the positions fit their rows surely', rated(0, 0), rated(12, 2), rated(1, 54), 'positional'],
    ['the text fits its rows surely', rated(0, 0), rated(3, 8), rated(9, 1), 'text'],
    ['the borders fit as many rows as the others', rated(9, 0), rated(9, 0), rated(8, 1), 'lattice'],
  ] as const)('%s → %s', (_case, lattice, positional, text, expected) => {
    expect(pickReading({ lattice, positional, text })).toBe(expected);
  });

  it('without borders picks between the positions and the text', () => {
    expect(pickReading({ lattice: null, positional: rated(0, 0), text: rated(0, 0) })).toBe('text');
    expect(pickReading({ lattice: null, positional: rated(3, 8), text: rated(1, 54) })).toBe('positional');
  });
});
