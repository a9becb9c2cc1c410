/**
 * The score and grade of a conclusion table inside a report, as the cells give them: a row that opens
 * with its label ("自评得分 | 100 | 93.5": the last figure), label–value pairs on one row ("自评得分 | 92 |
 * 自评等级 | 优"), or a row of column headings over a row of values ("项目名称 | 综合得分 | 评价等级" /
 * "某项目 | 86.5 | 良"). A table copied one cell per line ("自评得分" / "96.5") gives its value on the next line.
 */
import type { Grade } from '../../core/model.ts';
import { reportGradeRowLabel, reportGradeWords, reportScoreRowLabel } from '../vocabulary/report-words.ts';
import { compact } from './normalize.ts';
import type { StatedTotals } from './report-score.ts';
import { splitCells } from './table-rows.ts';

/** The largest score a total can have: scores are out of 100. */
const MAX_SCORE = 100;
const BARE_LABEL = /^(?:得分|总分|评分|等级|等次|评级)$/;
const SCORE_FIGURE = /^\d{1,3}(?:\.\d{1,2})?分?$/;

/** The last score figure (not a rate) among cells, or null. */
function lastScore(values: readonly string[]): string | null {
  const figure = values
    .filter((value) => SCORE_FIGURE.test(value))
    .at(-1)
    ?.replace(/分$/, '');
  return figure !== undefined && Number(figure) <= MAX_SCORE ? figure : null;
}

/** The last grade word among cells, or null. */
function lastGrade(values: readonly string[]): Grade | null {
  const word = values.filter((value) => value in reportGradeWords).at(-1);
  return word === undefined ? null : (reportGradeWords[word] ?? null);
}

/** The cells of each non-blank line; a one-cell line (a cell copied on its own line) is one cell. */
function toRows(lines: readonly string[]): string[][] {
  return lines
    .map((line) =>
      (line.includes('\t') || line.includes('|') ? splitCells(line) : [line])
        .map(compact)
        .filter((cell) => cell !== ''),
    )
    .filter((cells) => cells.length > 0);
}

const isLabel = (cell: string): boolean => reportScoreRowLabel.test(cell) || reportGradeRowLabel.test(cell);
const isValue = (cell: string): boolean => SCORE_FIGURE.test(cell) || cell in reportGradeWords;

/** The values after the label at `index` up to the next label of the row. */
function valuesAfter(cells: readonly string[], index: number): string[] {
  const next = cells.findIndex((cell, at) => at > index && isLabel(cell));
  return cells.slice(index + 1, next < 0 ? undefined : next);
}

const TOTAL_ROW = /^(?:合计|总计|总分|小计)$/;

/**
 * The row of values under a row of headings: the only row of its width below it, or the 合计 row of
 * several (the rows above a 合计 are parts: "决策 | 15 | 14"). Null when there is none.
 */
function valueRowBelow(rows: readonly string[][], index: number): string[] | null {
  const width = rows[index]?.length ?? 0;
  const below: string[][] = [];
  for (const row of rows.slice(index + 1)) {
    if (row.length !== width) break;
    below.push(row);
  }
  if (below.length === 1) return below[0] ?? null;
  return below.find((row) => TOTAL_ROW.test(row[0] ?? '')) ?? null;
}

/** The values a row gives each of its labels: those after it on the row, else below it in a row of values. */
function labelledValues(rows: readonly string[][], index: number): Array<[string, string[]]> {
  const cells = rows[index] ?? [];
  const [first, ...rest] = cells;
  if (first === undefined) return [];
  // A one-cell line: a bare 得分 or 等级 is a column header of a table copied cell by cell, no total.
  if (rest.length === 0) return BARE_LABEL.test(first) ? [] : [[first, (rows[index + 1] ?? []).slice(0, 1)]];
  // A row of headings with no value of its own: each heading's value stands below it.
  const below = cells.some(isValue) ? null : valueRowBelow(rows, index);
  return cells.flatMap((cell, at): Array<[string, string[]]> => {
    if (!isLabel(cell)) return [];
    return [[cell, below ? [below[at] ?? ''] : valuesAfter(cells, at)]];
  });
}

/** The first score and grade a conclusion table in the report gives; null for what it does not give. */
export function findTableTotals(lines: readonly string[]): StatedTotals {
  const totals: StatedTotals = { score: null, grade: null };
  const rows = toRows(lines);
  for (const index of rows.keys()) {
    for (const [label, values] of labelledValues(rows, index)) {
      if (totals.score === null && reportScoreRowLabel.test(label)) totals.score = lastScore(values);
      if (totals.grade === null && reportGradeRowLabel.test(label)) totals.grade = lastGrade(values);
    }
  }
  return totals;
}
