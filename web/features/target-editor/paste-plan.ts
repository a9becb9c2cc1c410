/**
 * What a block of cells pasted from Excel/WPS means for the indicator grid: which column is
 * 一级/二级/三级指标, 指标值, 单位, 分值 … (from a header row named with the column vocabulary, else
 * guessed from the cells), and the rows it yields. Pure; the paste preview shows the plan and lets
 * the user change a column's role before applying it (paste-apply.ts).
 */
import { matchColumnRole } from '../../../documents/vocabulary/columns.ts';
import { level1Entries, level2Entries } from '../../../documents/vocabulary/levels.ts';
import { UNITS_BY_FIRST_CHARACTER } from '../../../core/indicator-value/vocabulary.ts';
import type { ClipboardGrid } from './clipboard-grid.ts';

/** The column roles a pasted block can fill in the target editor. */
export const pasteRoles = ['level1', 'level2', 'name', 'operator', 'target', 'unit', 'weight'] as const;
export type PasteRole = (typeof pasteRoles)[number];

/** Chinese names of the roles, for the preview's column choice. */
export const pasteRoleLabels: Readonly<Record<PasteRole, string>> = {
  level1: '一级指标',
  level2: '二级指标',
  name: '三级指标',
  operator: '指标性质（≥、≤…）',
  target: '指标值',
  unit: '单位',
  weight: '分值',
};

export interface PastePlan {
  /** The role of each column of the block; null = the column is left out. */
  columns: Array<PasteRole | null>;
  /** The block's first row names its columns and is not pasted as an indicator. */
  hasHeader: boolean;
  /** The header row when there is one (shown in the preview). */
  header: string[] | null;
  /** The rows to paste, empty rows dropped, each as wide as the widest row. */
  rows: string[][];
}

/** A header row names at least this many pasteable columns (one word could be data). */
const MIN_HEADER_ROLES = 2;

const isPasteRole = (role: string | null): role is PasteRole =>
  role !== null && (pasteRoles as readonly string[]).includes(role);

/** The one-character operators a 指标性质 column holds (Sichuan-style split tables). */
const OPERATOR_CELLS = new Set(['≥', '≤', '=', '＝', '>', '<', '＞', '＜', '>=', '<=', '大于等于', '小于等于', '等于', '定性']);

const level1Names = new Set(level1Entries.flatMap((entry) => [entry.name, ...entry.variants]));
const level2Names = new Set(level2Entries.flatMap((entry) => [entry.name, ...entry.variants]));

const isUnit = (cell: string) => UNITS_BY_FIRST_CHARACTER.get(cell[0] ?? '')?.includes(cell) ?? false;
const isWeight = (cell: string) => /^\d{1,3}(\.\d{1,2})?分?$/.test(cell);

/** Reads a pasted block into a plan: header row from the vocabulary, else roles guessed from the cells. */
export function planPaste(grid: ClipboardGrid): PastePlan {
  const width = Math.max(0, ...grid.map((row) => row.length));
  const padded = grid
    .map((row) => Array.from({ length: width }, (_, index) => (row[index] ?? '').trim()))
    .filter((row) => row.some((cell) => cell !== ''));
  const headerRoles = (padded[0] ?? []).map((cell) => {
    const role = matchColumnRole(cell);
    return isPasteRole(role) ? role : null;
  });
  const named = new Set(headerRoles.filter((role) => role !== null));
  if (named.size >= MIN_HEADER_ROLES) {
    return { columns: dropRepeats(headerRoles), hasHeader: true, header: padded[0]!, rows: padded.slice(1) };
  }
  return { columns: guessColumns(padded, width), hasHeader: false, header: null, rows: padded };
}

/** A role taken by two columns keeps the first (a block with 指标值 twice, 年初 and 调整). */
function dropRepeats(columns: Array<PasteRole | null>): Array<PasteRole | null> {
  const seen = new Set<PasteRole>();
  return columns.map((role) => {
    if (role === null || seen.has(role)) return null;
    seen.add(role);
    return role;
  });
}

/**
 * Without a header: 一级/二级 from the level names, 指标性质/单位/分值 from what the cells hold, and
 * the remaining text columns in the official order (三级指标, then 指标值).
 */
function guessColumns(rows: string[][], width: number): Array<PasteRole | null> {
  const columns: Array<PasteRole | null> = Array.from({ length: width }, () => null);
  const cellsOf = (index: number) => rows.map((row) => row[index]!).filter((cell) => cell !== '');
  const every = (index: number, test: (cell: string) => boolean) => {
    const cells = cellsOf(index);
    return cells.length > 0 && cells.every(test);
  };
  for (let index = 0; index < width; index += 1) {
    if (every(index, (cell) => level1Names.has(cell))) columns[index] = 'level1';
    else if (every(index, (cell) => level2Names.has(cell))) columns[index] = 'level2';
    else if (every(index, (cell) => OPERATOR_CELLS.has(cell))) columns[index] = 'operator';
  }
  const textOrder: PasteRole[] = ['name', 'target'];
  for (let index = 0; index < width; index += 1) {
    if (columns[index] !== null || cellsOf(index).length === 0) continue;
    const hasTarget = columns.includes('target');
    // 单位 and 分值 come after 指标值 in every official layout; before it a short cell is a name.
    if (hasTarget && !columns.includes('unit') && every(index, isUnit)) columns[index] = 'unit';
    else if (hasTarget && !columns.includes('weight') && every(index, isWeight)) columns[index] = 'weight';
    else columns[index] = textOrder.shift() ?? null;
  }
  return dropRepeats(columns);
}

/** One pasted row as the indicator fields its mapped columns give. */
export interface PastedRow {
  level1?: string;
  level2?: string;
  name?: string;
  /** 指标性质 + 指标值 + 单位 joined as one 指标值 text; undefined when no value column is mapped. */
  valueText?: string;
  /** 分值 as a decimal string, null when the cell is empty or no number. */
  weight?: string | null;
}

/**
 * The rows of a plan as indicator fields. An empty 一级/二级 continues the row above, because a
 * merged cell copied from Excel gives its text to the first row only; `above` is the row the
 * block is pasted under. Level variants (产出, 数量) become the names the model stores.
 */
export function readPastedRows(plan: PastePlan, above?: { level1: string; level2: string }): PastedRow[] {
  const cellOf = (row: string[], role: PasteRole) => {
    const index = plan.columns.indexOf(role);
    return index < 0 ? undefined : row[index]!;
  };
  const hasValue = plan.columns.some((role) => role === 'target' || role === 'operator' || role === 'unit');
  let previous = { level1: above?.level1 ?? '', level2: above?.level2 ?? '' };
  return plan.rows.map((row) => {
    const pasted: PastedRow = {};
    const level1 = cellOf(row, 'level1');
    const level2 = cellOf(row, 'level2');
    if (level1 !== undefined) pasted.level1 = canonicalLevel1(level1) || previous.level1;
    if (level2 !== undefined) {
      // A new 一级 starts a new merged 二级 too; only a blank under the same 一级 continues it.
      const isSameLevel1 = pasted.level1 === undefined || pasted.level1 === previous.level1;
      pasted.level2 = canonicalLevel2(level2) || (isSameLevel1 ? previous.level2 : '');
    }
    const name = cellOf(row, 'name');
    if (name !== undefined) pasted.name = name;
    if (hasValue) pasted.valueText = joinValueText(cellOf(row, 'operator') ?? '', cellOf(row, 'target') ?? '', cellOf(row, 'unit') ?? '');
    const weight = cellOf(row, 'weight');
    if (weight !== undefined) pasted.weight = readWeight(weight);
    previous = { level1: pasted.level1 ?? previous.level1, level2: pasted.level2 ?? previous.level2 };
    return pasted;
  });
}

function canonicalLevel1(cell: string): string {
  return level1Entries.find((entry) => entry.variants.includes(cell))?.name ?? cell;
}

function canonicalLevel2(cell: string): string {
  return level2Entries.find((entry) => entry.variants.includes(cell))?.name ?? cell;
}

/** 指标性质 "≥" + 指标值 "95" + 单位 "%" → "≥95%"; parts already in the value are not repeated. */
export function joinValueText(operator: string, target: string, unit: string): string {
  const prefix = operator === '定性' || (operator !== '' && target.startsWith(operator)) ? '' : operator.replace('＝', '=');
  const suffix = unit !== '' && !target.endsWith(unit) && target !== '' ? unit : '';
  return `${prefix}${target}${suffix}`;
}

function readWeight(cell: string): string | null {
  const match = /^(\d{1,3}(?:\.\d{1,2})?)分?$/.exec(cell.trim());
  return match ? match[1]! : null;
}
