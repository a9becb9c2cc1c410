/**
 * A two-row header whose merged cells lost their places in a text dump. A web page copied as pipe
 * rows drops the empty cells a merge leaves (Yunnan 项目支出绩效自评表): the upper row
 * "绩效指标 | 年度指标值 | 实际完成值 | 分值 | 得分 | 偏差原因…" stands over the lower row
 * "一级指标 | 二级指标 | 三级指标 | 指标性质 | 指标值 | 度量单位", where 绩效指标 covers the three levels,
 * 年度指标值 the three value parts, and the other upper words are merged down. Read column by column
 * as written, 年度指标值 would fall over 二级指标. The spans are put back by the header groups of
 * documents/vocabulary/columns.ts (which lower roles an upper word can stand over), and only when the
 * rows below are wider than either header row, the trace of a collapsed header.
 */
import { describeColumnRole, headerGroups, isBandWord, matchColumnRole, normalizeHeaderText, type ColumnRole } from '../vocabulary/columns.ts';
import type { GridCell, GridRow } from './grid.ts';
import { matchLevel2 } from './levels.ts';

/** Rows below the header looked at for the table's width. */
const DATA_ROWS_LOOKED_AT = 12;

/** Cells at columns 0, 1, 2 … with no span: nothing of the merges is left. */
function isPacked(row: GridRow | undefined): row is GridRow {
  return row !== undefined && row.cells.length >= 2 && row.cells.every((cell, index) => cell.column === index && cell.colSpan === 1 && cell.rowSpan === 1);
}

/** The group of lower roles an upper header word can stand over, or null when it stands alone. */
function lowerGroupOf(text: string): (typeof headerGroups)[number] | null {
  const role = matchColumnRole(text);
  const written = normalizeHeaderText(text);
  for (const group of headerGroups) {
    if (role === null && group.upperBand?.test(written) && isBandWord(text)) return group;
    if (role !== null && group.upperRoles?.includes(role)) return group;
  }
  return null;
}

/** Whether an upper word's group takes the lower role next, after the roles it has taken (some only right after a name). */
function takesNext(group: (typeof headerGroups)[number], role: ColumnRole, taken: readonly ColumnRole[]): boolean {
  if (!group.lower.includes(role)) return false;
  return !group.afterNameOnly?.includes(role) || taken.at(-1) === 'name';
}

export interface Placement {
  /** Per upper cell: how many lower cells it stands over (0: merged down over both rows). */
  spans: number[];
  width: number;
}

/** Each upper cell takes the run of lower cells its group holds; every lower cell must be taken. */
export function placeLowerCells(upper: ReadonlyArray<{ text: string }>, lowerRoles: readonly ColumnRole[]): Placement | null {
  const spans: number[] = [];
  let next = 0;
  for (const cell of upper) {
    const group = lowerGroupOf(cell.text);
    const taken: ColumnRole[] = [];
    while (group && next < lowerRoles.length && takesNext(group, lowerRoles[next] as ColumnRole, taken)) {
      taken.push(lowerRoles[next] as ColumnRole);
      next += 1;
    }
    spans.push(taken.length);
  }
  if (next !== lowerRoles.length || spans.every((span) => span === 0)) return null;
  return { spans, width: spans.reduce((sum, span) => sum + Math.max(span, 1), 0) };
}

/** The widest of the rows under the header (a trailing empty cell leaves no trace, so at most the header's width). */
function dataWidth(rows: readonly GridRow[], from: number): number {
  let width = 0;
  for (const row of rows.slice(from, from + DATA_ROWS_LOOKED_AT)) {
    for (const cell of row.cells) width = Math.max(width, cell.column + cell.colSpan);
  }
  return width;
}

const isHeaderWord = (text: string): boolean => matchColumnRole(text) !== null || isBandWord(text);

/** The rows with every collapsed two-row header given back its spans; other rows as they were. */
export function restoreCollapsedHeaders(rows: readonly GridRow[]): GridRow[] {
  const result = [...rows];
  for (let index = 0; index + 1 < result.length; index += 1) {
    const upper = result[index];
    const lower = result[index + 1];
    if (!isPacked(upper) || !isPacked(lower) || !upper.cells.every((cell) => isHeaderWord(cell.text))) continue;
    const lowerRoles = lower.cells.map((cell) => matchColumnRole(cell.text));
    if (lowerRoles.some((role) => role === null)) continue;
    const placement = placeLowerCells(upper.cells, lowerRoles as ColumnRole[]);
    if (!placement) continue;
    const below = dataWidth(result, index + 2);
    if (below <= Math.max(upper.cells.length, lower.cells.length) || below > placement.width) continue;
    const upperCells: GridCell[] = [];
    const lowerCells: GridCell[] = [];
    let column = 0;
    let lowerIndex = 0;
    upper.cells.forEach((cell, position) => {
      const span = placement.spans[position] ?? 0;
      upperCells.push({ ...cell, column, colSpan: Math.max(span, 1), rowSpan: span === 0 ? 2 : 1 });
      for (let offset = 0; offset < span; offset += 1) {
        lowerCells.push({ ...(lower.cells[lowerIndex] as GridCell), column: column + offset });
        lowerIndex += 1;
      }
      column += Math.max(span, 1);
    });
    result[index] = { ...upper, cells: upperCells };
    result[index + 1] = { ...lower, cells: lowerCells };
    index += 1;
  }
  return result;
}

/**
 * A one-row header whose one cell stands over both level columns (Fujian's system-made 自评报告:
 * "评价内容 | 绩效内容 | 绩效目标值 | …" over rows "产出目标 | 数量目标 | 认定人才驿站数量 | …"): read as the
 * 一级 right before the name, it leaves the rows one cell wider than the header, their 二级 where the name
 * should be. When the rows below are exactly one cell wider and write a 二级 word right after the 一级
 * column, the 二级 column is put back there (as the run-together reader does for a header naming no 二级).
 */
export function restoreUnwrittenLevel2(rows: readonly GridRow[]): GridRow[] {
  const result = [...rows];
  for (let index = 0; index + 1 < result.length; index += 1) {
    const header = result[index];
    // One column the vocabulary does not name may stand among them (累计完成率).
    if (!isPacked(header) || header.cells.filter((cell) => !isHeaderWord(cell.text)).some((cell, _index, unknown) => unknown.length > 1 || /\d/.test(cell.text))) continue;
    const roles = header.cells.map((cell) => matchColumnRole(cell.text));
    const level1 = roles.indexOf('level1');
    if (level1 < 0 || roles.includes('level2') || roles[level1 + 1] !== 'name') continue;
    if (dataWidth(result, index + 1) !== header.cells.length + 1) continue;
    const below = result.slice(index + 1, index + 1 + DATA_ROWS_LOOKED_AT);
    const writesLevel2 = below.some((row) => {
      const cell = row.cells.find((candidate) => candidate.column === level1 + 1);
      return cell !== undefined && matchLevel2(cell.text) !== null;
    });
    if (!writesLevel2) continue;
    const level2: GridCell = { column: level1 + 1, text: describeColumnRole('level2'), rowSpan: 1, colSpan: 1, source: header.source };
    const cells = header.cells.flatMap((cell) => (cell.column < level1 + 1 ? [cell] : cell.column === level1 + 1 ? [level2, { ...cell, column: cell.column + 1 }] : [{ ...cell, column: cell.column + 1 }]));
    result[index] = { ...header, cells };
  }
  return result;
}
