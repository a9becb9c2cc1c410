/**
 * A header whose first columns are labels over the whole table ("绩效指标（90分）" merged down
 * beside 一级/二级/三级) while its rows, copied from a web page, start at the first cell they
 * really have: every row sits as many columns left of its header as the header has leading
 * labels (Sichuan 部门预算项目支出绩效自评表 as pipe rows). The row is moved right when its cells
 * fit the header's roles better there, so layouts whose rows do write the leading columns
 * (a 单位名称（项目名称） column, a leading empty cell) keep their place.
 */
import type { HeaderBand } from './header-band.ts';
import { fitOfPlacement } from './typed-fit.ts';
import type { ColumnRole } from '../vocabulary/columns.ts';

/** The row's texts, moved right past the header's leading label columns when they fit better there. */
export function alignLeftShiftedRow(texts: readonly string[], band: HeaderBand): readonly string[] {
  if (band.roles.size === 0) return texts;
  const roleColumns = [...band.roles.keys()];
  const firstRoleColumn = Math.min(...roleColumns);
  const lastRoleColumn = Math.max(...roleColumns);
  if (firstRoleColumn <= 0 || (texts[0] ?? '').trim() === '') return texts;
  const filled = texts.flatMap((text, column) => (text.trim() === '' ? [] : [{ text: text.trim(), column }]));
  const lastFilled = filled.at(-1)?.column ?? 0;
  if (lastFilled + firstRoleColumn > lastRoleColumn) return texts;
  const roles: Array<ColumnRole | null> = Array.from({ length: lastRoleColumn + 1 }, (_, column) => band.roles.get(column) ?? null);
  const cellTexts = filled.map((cell) => cell.text);
  const asWritten = fitOfPlacement(cellTexts, filled.map((cell) => cell.column), roles);
  const moved = fitOfPlacement(cellTexts, filled.map((cell) => cell.column + firstRoleColumn), roles);
  // Moving must make most cells fit: a row that fits nowhere stays for the shifted-row reading.
  if (moved <= asWritten || moved < cellTexts.length / 2) return texts;
  return [...Array.from({ length: firstRoleColumn }, () => ''), ...texts];
}
