/**
 * A header whose first columns are labels over the whole table ("绩效指标（90分）" merged down
 * beside 一级/二级/三级) while its rows, copied from a web page, start at the first cell they
 * really have: every row sits as many columns left of its header as the header has leading
 * labels (Sichuan 部门预算项目支出绩效自评表 as pipe rows). The row is moved right when its cells
 * fit the header's roles better there, so layouts whose rows do write the leading columns
 * (a 单位名称（项目名称） column, a leading empty cell) keep their place.
 *
 * The same page style drops the places of merged level cells too (Yunnan 自评表 as pipe rows): a
 * row under a merged 一级 starts at its 二级, one under merged 一级 and 二级 at its name. So every
 * move right the header leaves room for is tried, and the one whose cells fit best is kept; a row
 * that kept no empty cell at all is placed cell by cell (typed-fit.ts), so an empty cell lost inside
 * it (the 计量单位 of a 定性 row) is found too.
 */
import { isExecutionRateCell, isSubtotalCell, isTableEnd, isTotalsCell } from './cell-kinds.ts';
import type { HeaderBand } from './header-band.ts';
import { matchLevel1, matchLevel2 } from './levels.ts';
import { readHeadingWeight } from '../../core/levels/index.ts';
import { fitOfCell, fitOfPlacement, placeByFit } from './typed-fit.ts';
import { isBandWord, type ColumnRole } from '../vocabulary/columns.ts';

const rowStartRoles: readonly ColumnRole[] = ['level1', 'level2', 'name'];

/** A 序号 the header's first column numbers its rows with: it stays where it is when the rest moves. */
const SERIAL_NUMBER = /^\d{1,3}$/;

/** How many of the row's first cells stay in place: its 序号 under a 序号 column, else none. */
function keptCellCount(texts: readonly string[], band: HeaderBand): number {
  return band.roles.get(0) === 'sequence' && SERIAL_NUMBER.test((texts[0] ?? '').trim()) ? 1 : 0;
}

/**
 * The row's texts, moved right past the header's leading label columns when they fit better there.
 * A row that numbers itself (序号 | 二级 | name …, the Anhui 部门整体 score sheet as pipe rows) keeps its
 * number in the 序号 column and moves the cells after it, where the merged levels left no place.
 */
export function alignLeftShiftedRow(written: readonly string[], band: HeaderBand): readonly string[] {
  if (band.roles.size === 0) return written;
  const texts = withoutLeadingBand(written, band);
  const lone = placeLoneLevel(texts, band);
  if (lone !== null) return lone;
  const lastRoleColumn = Math.max(...band.roles.keys());
  const kept = keptCellCount(texts, band);
  const first = (texts[kept] ?? '').trim();
  if (first === '' || isTotalsCell(first) || isSubtotalCell(first) || isExecutionRateCell(first) || isTableEnd(first)) return texts;
  const filled = texts.flatMap((text, column) => (text.trim() === '' ? [] : [{ text: text.trim(), column }]));
  const lastFilled = filled.at(-1)?.column ?? 0;
  const roles: Array<ColumnRole | null> = Array.from({ length: lastRoleColumn + 1 }, (_, column) => band.roles.get(column) ?? null);
  const cellTexts = filled.map((cell) => cell.text);
  const shifted = (shift: number): number[] => filled.map((cell) => (cell.column < kept ? cell.column : cell.column + shift));
  const asWritten = fitOfPlacement(cellTexts, shifted(0), roles);
  let best = { shift: 0, fit: asWritten };
  for (let shift = 1; shift + lastFilled <= lastRoleColumn; shift += 1) {
    // The cells left out are merged ones to the row's left: it starts at a level or its name.
    if (!rowStartRoles.includes(roles[kept + shift] as ColumnRole)) continue;
    const fit = fitOfPlacement(cellTexts, shifted(shift), roles);
    if (fit > best.fit) best = { shift, fit };
  }
  let columns = shifted(best.shift);
  let fit = best.fit;
  // A packed row (no empty cell kept) may have lost an empty cell inside too (the 计量单位 of a 定性
  // row): its cells are placed in order where they fit best, still starting at a level or the name.
  const isPacked = kept === 0 && filled.every((cell, index) => cell.column === index);
  if (isPacked && cellTexts.some((text, index) => fitOfCell(roles[columns[index] as number] ?? null, text) < 0)) {
    const placed = placeByFit({ texts: cellTexts, roles, preferred: columns, firstColumn: 0 });
    if (placed.fit > fit && rowStartRoles.includes(roles[placed.columns[0] as number] as ColumnRole)) {
      columns = placed.columns;
      fit = placed.fit;
    }
  }
  // Moving must make most cells fit, and more than a lone name (a seal line under the table): a
  // row that fits nowhere stays for the shifted-row reading.
  if (columns.every((column, index) => column === filled[index]?.column) || fit < Math.max(2, cellTexts.length / 2)) return texts;
  const moved = Array.from({ length: Math.max(texts.length, (columns.at(-1) ?? 0) + 1) }, () => '');
  columns.forEach((column, index) => (moved[column] = cellTexts[index] as string));
  return moved;
}

/**
 * A band label the header left out, written in the first row under it: a Chongqing 区域绩效目标表 page prints
 * "绩效指标" (merged down beside the rows) in the row after a header whose first column is 一级 ("绩效指标 |
 * 产出指标 | 数量指标 | name | 单位 | value" under "一级指标 | 二级指标 | …"). It is no cell of the column it stands
 * in (the header writes a level there), so it goes and the row reads from its next cell. A header that writes the
 * band itself has no role in its column, and its rows keep the label's place.
 */
function withoutLeadingBand(texts: readonly string[], band: HeaderBand): readonly string[] {
  const first = texts.findIndex((text) => text.trim() !== '');
  if (first < 0 || !isBandWord(texts[first] as string)) return texts;
  if (!rowStartRoles.includes(band.roles.get(first) as ColumnRole)) return texts;
  return [...texts.slice(0, first), ...texts.slice(first + 1)];
}

/**
 * A level alone on its row, left of the level columns where no role is (the Anhui 绩效目标自评表 as pipe rows
 * writes "质量指标 | ||||" and "效 益 指 标 (30分) |" on rows of their own, its names on the rows below from
 * their own first cell): it heads the rows below, so it goes to its level's column. A word of both ranks
 * (满意度指标, 成本指标) is the 一级 when it states its weight, else the 二级 (which implies its 一级).
 */
function placeLoneLevel(texts: readonly string[], band: HeaderBand): readonly string[] | null {
  const filled = texts.flatMap((text, column) => (text.trim() === '' ? [] : [{ text: text.trim(), column }]));
  if (filled.length !== 1) return null;
  const { text, column } = filled[0] as { text: string; column: number };
  const { level1, level2 } = band.columns;
  if (band.roles.has(column) || (level1 !== undefined && column > level1) || (level2 !== undefined && column > level2)) return null;
  const isLevel1 = matchLevel1(text) !== null;
  const isLevel2 = matchLevel2(text) !== null;
  const target = isLevel1 && (!isLevel2 || readHeadingWeight(text) !== null) ? level1 : isLevel2 ? level2 : undefined;
  if (target === undefined) return null;
  const moved = Array.from({ length: Math.max(texts.length, target + 1) }, () => '');
  moved[target] = text;
  return moved;
}
