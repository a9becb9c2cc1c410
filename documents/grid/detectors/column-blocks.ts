/**
 * A table whose PDF text came out column by column (a template printed so that each column is a text
 * block of its own): the header words one per line, then every 一级 of the table, every 二级, every
 * 三级 name, every 指标值, each column a block. A column's block holds one line per row, the level
 * columns one per merged cell. The nth name and the nth value are one row; the levels are put back only
 * where the counts tell them: as many 二级 as names (one indicator under each), each 一级 the one its
 * 二级 implies. Otherwise nothing tells which names a 二级 spans, and the rows keep no levels (never a
 * guess). Reads nothing unless every block fits: names that are no level or value, value blocks mostly
 * values, number blocks all numbers.
 */
import { isNumberCell, isQualitativeValue, isTableEnd, isTotalsCell, looksLikeValue } from '../cell-kinds.ts';
import { createTextRow, type GridRow } from '../grid.ts';
import { isLevelName, matchLevel1, matchLevel2 } from '../levels.ts';
import { readHeaderRun, type HeaderRun, type Line } from './one-per-line-header.ts';
import type { LayoutDetector } from './types.ts';
import type { ColumnRole } from '../../vocabulary/columns.ts';

const NUMBER_ROLES: ReadonlySet<ColumnRole> = new Set(['weight', 'score']);
const VALUE_ROLES: ReadonlySet<ColumnRole> = new Set(['target', 'initialTarget', 'actual', 'actualToDate']);

/** Whether a line can be a 三级 name in a block of names. */
function isNameLine(text: string): boolean {
  return !isLevelName(text) && !looksLikeValue(text) && !isNumberCell(text) && !isQualitativeValue(text);
}

/** Whether a block of one value column fits: most of its lines read as values (a few names of a value, 健全, stay). */
function isValueBlock(lines: readonly Line[]): boolean {
  const values = lines.filter((line) => looksLikeValue(line.text) || isQualitativeValue(line.text) || /\d/.test(line.text)).length;
  return values * 2 > lines.length;
}

/** The lines of the leading block at `from` whose texts fit `fits`. */
function takeBlock(lines: readonly Line[], from: number, end: number, fits: (text: string) => boolean): Line[] {
  const block: Line[] = [];
  for (let index = from; index < end && fits((lines[index] as Line).text); index += 1) block.push(lines[index] as Line);
  return block;
}

/** The levels written before the names: every 一级, then every 二级, and the 一级 each 二级 stands under. */
interface LevelBlocks {
  level1: Line[];
  level2: Line[];
  level1Of: Line[];
}

/**
 * The run of level names after the header cut into the 一级 block and the 二级 block. Words are both
 * (满意度指标, 成本指标), so the cut is where the blocks agree: each 二级 stands under the written 一级 it
 * implies, or under its predecessor's when it implies none written (成本指标 under 产出), in the 一级
 * block's order, and every 一级 heads a 二级 (a merged cell covers a row at least). Null when no cut does.
 */
function splitLevelBlocks(run: readonly Line[], roles: readonly ColumnRole[]): LevelBlocks | null {
  const hasLevel1 = roles.includes('level1');
  const hasLevel2 = roles.includes('level2');
  if (!hasLevel1 || !hasLevel2) {
    const isRunOf = hasLevel1 ? (line: Line) => matchLevel1(line.text) !== null : (line: Line) => matchLevel2(line.text) !== null;
    return run.every(isRunOf) ? { level1: hasLevel1 ? [...run] : [], level2: hasLevel2 ? [...run] : [], level1Of: [] } : null;
  }
  for (let cut = 1; cut < run.length; cut += 1) {
    const level1 = run.slice(0, cut);
    const level2 = run.slice(cut);
    const keys = level1.map((line) => matchLevel1(line.text)?.key ?? null);
    if (keys.some((key) => key === null) || new Set(keys).size !== keys.length) continue;
    const places: number[] = [];
    for (const line of level2) {
      const parent = matchLevel2(line.text)?.parent;
      const written = parent === undefined ? -1 : keys.indexOf(parent);
      places.push(written >= 0 ? written : (places.at(-1) ?? -1));
    }
    const isOrdered = places.every((place, at) => place >= 0 && place >= (places[at - 1] ?? 0));
    if (isOrdered && new Set(places).size === level1.length) return { level1, level2, level1Of: places.map((place) => level1[place] as Line) };
  }
  return null;
}

/** Where the table's lines end: a total, a table end (注：, a signature) or the end of the text. */
function findTableEnd(lines: readonly Line[], from: number): number {
  let index = from;
  while (index < lines.length && !isTotalsCell((lines[index] as Line).text) && !isTableEnd((lines[index] as Line).text)) index += 1;
  return index;
}

/** The rows of a table written column by column after its header run, or null when the lines are not so. */
function readBlocks(lines: readonly Line[], run: HeaderRun, from: number): { rows: string[][]; cellLines: number[][]; end: number } | null {
  const { roles } = run;
  const nameColumn = roles.indexOf('name');
  if (nameColumn < 0 || roles.slice(0, nameColumn).some((role) => role !== 'level1' && role !== 'level2')) return null;
  const after = roles.slice(nameColumn + 1);
  if (after.length === 0 || after.some((role) => !VALUE_ROLES.has(role) && !NUMBER_ROLES.has(role))) return null;
  const end = findTableEnd(lines, from);
  const levels = splitLevelBlocks(takeBlock(lines, from, end, isLevelName), roles);
  if (levels === null) return null;
  const { level1, level2, level1Of } = levels;
  const index = from + level1.length + level2.length;
  // Every column of the table written once per row after the levels: as many lines each.
  const rest = end - index;
  const columns = 1 + after.length;
  if (rest < columns * 2 || rest % columns !== 0 || (roles.includes('level1') && level1.length === 0)) return null;
  const count = rest / columns;
  const blocks = Array.from({ length: columns }, (_, column) => lines.slice(index + column * count, index + (column + 1) * count));
  const [names = [], ...values] = blocks;
  if (!names.every((line) => isNameLine(line.text))) return null;
  for (const [position, role] of after.entries()) {
    const block = values[position] ?? [];
    if (NUMBER_ROLES.has(role) ? !block.every((line) => isNumberCell(line.text)) : !isValueBlock(block)) return null;
  }
  // One 二级 per name: the nth is the nth name's, its 一级 the written one it implies; else no levels.
  const isOnePerName = level2.length === count;
  const rows: string[][] = [];
  const cellLines: number[][] = [];
  for (let row = 0; row < count; row += 1) {
    const name = names[row] as Line;
    const ownLevel2 = isOnePerName ? (level2[row] as Line) : undefined;
    const ownLevel1 = isOnePerName ? level1Of[row] : undefined;
    const texts = roles.map((role, column): string => {
      if (role === 'level1') return ownLevel1?.text ?? '';
      if (role === 'level2') return ownLevel2?.text ?? '';
      if (column === nameColumn) return name.text;
      return values[column - nameColumn - 1]?.[row]?.text ?? '';
    });
    rows.push(texts);
    cellLines.push(roles.map((_, column) => (column <= nameColumn ? name.line : (values[column - nameColumn - 1]?.[row]?.line ?? name.line))));
  }
  return { rows, cellLines, end };
}

function readColumnBlocks(lines: readonly string[]): GridRow[] {
  const filled: Line[] = [];
  for (const [index, text] of lines.entries()) if (text.trim() !== '') filled.push({ text: text.trim(), line: index + 1 });
  for (let start = 0; start < filled.length; start += 1) {
    const run = readHeaderRun(filled, start);
    if (!run) continue;
    const read = readBlocks(filled, run, start + run.length);
    if (!read) return [];
    const plain = (line: Line): GridRow => createTextRow([line.text], { line: line.line });
    return [
      ...filled.slice(0, start).map(plain),
      createTextRow(run.words.map((word) => word.text), { line: (run.words[0] as Line).line }, run.words.map((word) => word.line)),
      ...read.rows.map((texts, row) => createTextRow(texts, { line: read.cellLines[row]?.[0] ?? 0 }, read.cellLines[row])),
      ...filled.slice(read.end).map(plain),
    ];
  }
  return [];
}

export const columnBlocksDetector: LayoutDetector = { name: 'column-blocks', readRows: readColumnBlocks };
