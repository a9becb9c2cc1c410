/**
 * The funds block of a self-evaluation or project table (部门整体 and 项目): the header 年初预算数 /
 * 全年预算数(A) / 全年执行数(B) / 分值 / 执行率(B/A) / 得分 in any wording of
 * documents/vocabulary/labels.ts (Sichuan 年初预算 / 调整后预算数 / 预算执行数 / 权重, Chongqing
 * 全年(调整)预算数 / 执行率权重 / 执行率得分), the 年度资金总额 row, and the parts: rows 本年财政拨款 /
 * 上年结转资金 / 其他资金 … or "其中：一般公共预算：7897.75" written inside cells (sample 001).
 * Amounts stay as written (amount-unit.ts converts them later); a shifted row is reported.
 */
import { createUnplacedPartsFinding } from '../../core/checks/budget-sums.ts';
import type { Budget, Finding } from '../../core/model.ts';
import { sumDecimals } from '../../core/decimal.ts';
import type { BudgetColumnRole, BudgetRowSlot } from '../vocabulary/labels.ts';
import { fundLabelIndex } from '../vocabulary/fund-labels.ts';
import { bareLabelKey } from '../vocabulary/label-key.ts';
import { matchColumnRole } from '../vocabulary/columns.ts';
import { findLabelledAmount } from './amounts.ts';
import { compact } from './normalize.ts';
import type { TableRow } from './table-rows.ts';
import { recoverFundRows } from './fund-rows.ts';
import { withGluedAmountsSplit } from './glued-amounts.ts';
import { hasText, parseNumberCell } from './self-evaluation-text.ts';

type FundColumns = Partial<Record<BudgetColumnRole, number>>;

/** The role of a header cell, or undefined. */
function findColumnRole(cell: string): BudgetColumnRole | undefined {
  return fundLabelIndex().roleByLabel.get(bareLabelKey(cell));
}

/**
 * The funds header: a row naming 全年预算数 (or a synonym) and 年初预算数 or 全年执行数, or 年初预算数 and
 * 全年执行数 alone (the Beijing 2016 自评表: 年初预算数(A) | 全年执行数(B) | 分值 | 执行率(B/A) | 得分, the
 * rate taken against the year's first budget).
 */
export function mapFundColumns(cells: readonly string[]): FundColumns | null {
  const columns: FundColumns = {};
  for (const [index, cell] of cells.entries()) {
    const role = findColumnRole(cell);
    if (role && columns[role] === undefined) columns[role] = index;
  }
  const hasBudget = columns.adjusted !== undefined || columns.initial !== undefined;
  const hasSecond = columns.adjusted !== undefined ? columns.initial !== undefined || columns.executed !== undefined : columns.executed !== undefined;
  return hasBudget && hasSecond ? columns : null;
}

/**
 * Overlays a lower header row on the columns: its role labels take their columns (the upper row's
 * merged "预算数" gives way to "年初预算数 | 全年预算数"). False when the row is no header row: it
 * has an amount, or no role label at all.
 */
function overlayHeaderRow(columns: FundColumns, cells: readonly string[]): boolean {
  const roles = cells.map((cell) => findColumnRole(cell));
  if (cells.some((cell) => parseNumberCell(cell) !== null)) return false;
  if (!roles.some((role) => role !== undefined)) {
    // A numbering row ("（1）| （2）| （5）=（3）/（2）") belongs to the header band too.
    return cells.some((cell) => /^[(（]\d[)）]/.test(cell.trim()));
  }
  for (const [index, role] of roles.entries()) {
    if (!role) continue;
    for (const [other, at] of Object.entries(columns) as Array<[BudgetColumnRole, number]>) {
      if (at === index && other !== role) delete columns[other];
    }
    columns[role] = index;
  }
  return true;
}

/**
 * The slot of a row label: "其中：本年财政拨款" → currentYear; undefined for other text. A cell
 * that also holds its amount ("其中：一般公共预算：7897.75") is no row label: readLabelledParts reads it.
 */
function findRowSlot(cell: string): BudgetRowSlot | undefined {
  const key = bareLabelKey(cell)
    .replace(/^其中[:,，]?/, '')
    .replace(/:$/, '');
  const { slotByLabel, rowLabelsByLength } = fundLabelIndex();
  const exact = slotByLabel.get(key);
  if (exact || /\d/.test(key)) return exact;
  const prefix = rowLabelsByLength.find((label) => key.startsWith(label));
  return prefix === undefined ? undefined : slotByLabel.get(prefix);
}

/** Parts written as "label：amount" inside a cell (部门整体): label wordings → budget field. */
const labelledParts: ReadonlyArray<{ labels: string[]; set: (budget: Budget, amount: string) => void }> = [
  { labels: ['年度资金总额', '资金总额'], set: (budget, amount) => (budget.total = amount) },
  { labels: ['一般公共预算'], set: (budget, amount) => (bySource(budget).generalPublic = amount) },
  {
    labels: ['政府性基金拨款', '政府性基金'],
    set: (budget, amount) => (bySource(budget).governmentFund = amount),
  },
  {
    labels: ['纳入专户管理的非税收入拨款', '纳入专户管理的非税收入'],
    set: (budget, amount) => (bySource(budget).specialAccount = amount),
  },
  { labels: ['其他资金'], set: (budget, amount) => (bySource(budget).other = amount) },
  { labels: ['基本支出'], set: (budget, amount) => (byNature(budget).basic = amount) },
  { labels: ['项目支出'], set: (budget, amount) => (byNature(budget).project = amount) },
];

function bySource(budget: Budget): NonNullable<Budget['bySource']> {
  budget.bySource ??= {};
  return budget.bySource;
}

function byNature(budget: Budget): NonNullable<Budget['byNature']> {
  budget.byNature ??= {};
  return budget.byNature;
}

/**
 * Puts a part's amount in its slot; two rows of one slot (单位资金, 其他资金) add up, but a row for the year
 * ("其中：当年财政拨款" under "其中：财政拨款", a Wuhan district's 目标表 writing the whole period's funds and
 * the year's) restates the part for the year: it is the document's amount, never an addend.
 */
function setPart(budget: Budget, slot: Exclude<BudgetRowSlot, 'total'>, amount: string, isYearRestatement = false): void {
  const source = bySource(budget);
  const present = source[slot];
  source[slot] =
    present === null || present === undefined || isYearRestatement ? amount : sumDecimals([present, amount]).toFixed();
}

/** A part's label naming the year against the whole period's ("当年财政拨款", "其中：当年其他资金"). */
const YEAR_PART_LABEL = /^(?:其中[:：,，]?)?当年/;

export interface BudgetResult {
  budget: Budget;
  findings: Finding[];
}

/** Group labels of the block's first column ("预算申请（万元）", "资金情况"): no row label. */
const GROUP_LABEL = /预算申请|项目资金|资金情况|预算执行情况|年度预算数|部门预算执行情况/;

/** Index of the row's label cell: the first cell naming a budget row, else the first text cell. */
function findLabelIndex(cells: readonly string[]): number {
  const named = cells.findIndex((cell) => findRowSlot(cell) !== undefined);
  if (named >= 0) return named;
  return cells.findIndex(
    (cell) => hasText(cell) && parseNumberCell(cell) === null && !GROUP_LABEL.test(compact(cell)),
  );
}

type FundValues = Partial<Record<BudgetColumnRole, string>>;

/** The numbers under the header's columns when the row's cells are read `offset` cells further. */
function readAtOffset(
  row: TableRow,
  roles: ReadonlyArray<[BudgetColumnRole, number]>,
  offset: number,
): FundValues {
  const values: FundValues = {};
  for (const [role, index] of roles) {
    const value = parseNumberCell(row.cells[index + offset]);
    if (value !== null) values[role] = value;
  }
  return values;
}

/**
 * Where the row's values sit against the header: as the header says (offset 0), unless the row's
 * label stands in a column of the header (a merged group cell kept in the row, dropped in the
 * header) or the values read one cell further give more numbers (dropped in the row). The values
 * start right after the label.
 */
function findOffset(
  row: TableRow,
  roles: ReadonlyArray<[BudgetColumnRole, number]>,
  labelIndex: number,
): number {
  const firstColumn = roles[0]?.[1] ?? 0;
  const computed = labelIndex + 1 - firstColumn;
  if (labelIndex < 0 || computed === 0) return 0;
  if (roles.some(([, index]) => index <= labelIndex)) return computed;
  const count = (values: FundValues): number => Object.keys(values).length;
  return count(readAtOffset(row, roles, computed)) > count(readAtOffset(row, roles, 0)) ? computed : 0;
}

/**
 * The amounts of a row by the header's columns (see findOffset). When the numbers still do not sit
 * under the header, they are taken in the header's order and the shift reported.
 */
function readFundRow(row: TableRow, columns: FundColumns, findings: Finding[]): FundValues {
  const roles = (Object.entries(columns) as Array<[BudgetColumnRole, number]>).sort((a, b) => a[1] - b[1]);
  const labelIndex = findLabelIndex(row.cells);
  const values = readAtOffset(row, roles, findOffset(row, roles, labelIndex));
  const placed = Object.keys(values).length;
  const numbers = row.cells
    .slice(labelIndex + 1)
    .filter(hasText)
    .slice(0, roles.length);
  if (numbers.length > placed && numbers.every((cell) => parseNumberCell(cell) !== null)) {
    findings.push({
      severity: 'warning',
      code: 'shifted-row',
      message: `第${row.line}行的金额没有对齐表头的栏目，已按栏目顺序读取，请核对原表。`,
      path: 'budget',
      line: row.line,
    });
    const shifted: FundValues = {};
    for (const [position, [role]] of roles.entries()) {
      const value = parseNumberCell(numbers[position]);
      if (value !== null) shifted[role] = value;
    }
    return shifted;
  }
  return values;
}

/** The first amount to the right of the row's label (target tables: one amount per row). */
function firstAmountAfterLabel(row: TableRow, labelIndex = findLabelIndex(row.cells)): string | undefined {
  for (const cell of row.cells.slice(labelIndex + 1)) {
    const amount = parseNumberCell(cell);
    if (amount !== null) return amount;
  }
  return undefined;
}

/**
 * Sets the parts written as "label：amount" in one cell. The words are tested first, longest
 * wording first, because building the spaced-label pattern of findLabelledAmount is the costly part.
 */
function readLabelledParts(cell: string, budget: Budget): void {
  if (!/\d/.test(cell)) return;
  const text = compact(cell);
  for (const { labels, set } of labelledParts) {
    const wording = labels.find((label) => text.includes(label));
    const found = wording === undefined ? null : findLabelledAmount(cell, wording);
    if (found !== null) set(budget, found);
  }
}

/** Slots a row may return to after the parts of a part ("其中：中央财政资金 / 地方资金" under 财政拨款, then 其他资金). */
const topLevelSlots: ReadonlySet<BudgetRowSlot> = new Set(['total', 'currentYear', 'carriedOver', 'specialAccount', 'other']);
/** Slots that are parts of 财政拨款 by the budget classification: kept under it, never its siblings (core/checks/budget-sums.ts). */
const fiscalPartSlots: ReadonlySet<BudgetRowSlot> = new Set(['generalPublic', 'governmentFund']);
const OF_WHICH = /^其中/;
const OF_WHICH_LEAD = /^其中[:：,，]?/;

/**
 * Where a funds row stands in the block's "of which" outline: the total, one of its parts, or a part
 * of a part (a 其中 row under a part row, and the rows after it until a row names a part of the total
 * again). A 其中 row is a part of the row above it, never a further addend.
 */
interface FundOutline {
  /** -1 before the total row. */
  depth: -1 | 0 | 1 | 2;
  /** Parts of the total whose labels no slot holds (其中：中央、省、市补助县级资金): the parts read are not all. */
  unplacedLabels: string[];
  /** A row above named money (a funds part, a 资金 group label, a 元 unit): a bare 合计 below it sums money. */
  isMoney: boolean;
  /**
   * The total row writes the plan period's total before the year's ("中期资金总额： | 68.50 | 年度资金总额： | 51.35", an Anhui
   * city's 项目支出绩效目标申报表, twenty-third study): a part row that writes its label twice ("其中：财政拨款 | 68.50 | 其中：财政拨款
   * | 51.35") is read at the later one, the year's.
   */
  isPeriodBeforeYear?: boolean;
}

/** A plan period's total beside the year's: 中期资金总额, 中长期资金总额, 长期预算资金总额. */
const PERIOD_TOTAL = /^(?:中长期|中期|长期|项目期)(?:预算)?资金总额/;

/** The row's label cell: the later of a part's two labels when the total row wrote the period's total before the year's. */
function labelIndexOf(cells: readonly string[], outline: FundOutline): number {
  const labelIndex = findLabelIndex(cells);
  if (outline.isPeriodBeforeYear !== true || labelIndex < 0) return labelIndex;
  const slot = findRowSlot(cells[labelIndex] as string);
  if (slot === undefined || slot === 'total') return labelIndex;
  const again = cells.findIndex((cell, index) => index > labelIndex && findRowSlot(cell) === slot);
  return again < 0 ? labelIndex : again;
}

/** The bare sum words: they total any column, money or score. */
const BARE_SUMS: ReadonlySet<string> = new Set(['合计', '总计']);

function isBareSum(label: string): boolean {
  return BARE_SUMS.has(bareLabelKey(label).replace(/:$/, ''));
}

/** A cell naming money: a 元 unit ("合计（万元）", "120万元") or a funds group label ("资金情况"). */
function isMoneyWording(cell: string): boolean {
  const text = compact(cell);
  return text.includes('元') || GROUP_LABEL.test(text);
}

/** The depth of a row in the outline, from its label and the row before. */
function outlineDepth(label: string, slot: BudgetRowSlot | undefined, outline: FundOutline): -1 | 0 | 1 | 2 {
  if (slot === 'total') return 0;
  if (outline.depth === -1) return -1;
  const isOfWhich = OF_WHICH.test(compact(label));
  if (outline.depth === 0) return 1;
  // "其中：上年结转资金" after "其中：本年财政拨款": every part written with its own 其中 (the product's
  // own export does so) is a sibling part of the total when it names one; an unnamed 其中 is a part of a part.
  if (isOfWhich) return slot !== undefined && topLevelSlots.has(slot) ? 1 : 2;
  if (outline.depth === 2 && (slot === undefined || !topLevelSlots.has(slot))) return 2;
  return 1;
}


/** Reads one row below the funds header (or any row when the block has no header). */
function readRow(row: TableRow, columns: FundColumns | null, budget: Budget, findings: Finding[], outline: FundOutline): void {
  const labelIndex = labelIndexOf(row.cells, outline);
  // A row of numbers right under the header without a label (Chongqing) is the total row.
  const unlabelledTotal =
    columns !== null &&
    labelIndex < 0 &&
    budget.adjusted === undefined &&
    row.cells.some((cell) => parseNumberCell(cell) !== null);
  const slot =
    labelIndex >= 0 ? findRowSlot(row.cells[labelIndex] as string) : unlabelledTotal ? 'total' : undefined;
  const label = labelIndex >= 0 ? (row.cells[labelIndex] as string) : '';
  const isAmountRow = row.cells.some((cell, index) => index > labelIndex && parseNumberCell(cell) !== null);
  if (isAmountRow || slot !== undefined) {
    outline.depth = outlineDepth(label, slot, outline);
    // A part of a part is no addend of the total; only the parts of 财政拨款 have slots of their own.
    if (outline.depth === 2 && !(slot !== undefined && fiscalPartSlots.has(slot) && bySource(budget).currentYear != null)) return;
    if (outline.depth === 1 && slot === undefined && labelIndex >= 0 && !/\d/.test(label)) outline.unplacedLabels.push(compact(label).replace(OF_WHICH_LEAD, ''));
  }
  if (slot === 'total') {
    if (!columns && isBareSum(label) && !outline.isMoney && !row.cells.some(isMoneyWording)) return;
    // Only the first total row: a later 合计 restating it does not overwrite it.
    if (columns && (budget.adjusted !== undefined || budget.initial !== undefined)) return;
    if (columns) Object.assign(budget, readFundRow(row, columns, findings));
    // Target tables have one amount column: "年度资金总额⇥120.00".
    else budget.total = firstAmountAfterLabel(row, labelIndex) ?? budget.total ?? null;
    if (!columns && row.cells.slice(0, labelIndex).some((cell) => PERIOD_TOTAL.test(compact(cell)))) outline.isPeriodBeforeYear = true;
    if (columns && budget.total === undefined) budget.total = budget.adjusted ?? budget.initial ?? null;
    return;
  }
  if (slot) {
    const values = columns ? readFundRow(row, columns, findings) : null;
    const amount = values ? (values.adjusted ?? values.initial) : firstAmountAfterLabel(row, labelIndex);
    if (amount !== undefined) {
      setPart(budget, slot, amount, YEAR_PART_LABEL.test(compact(label)));
      return;
    }
  }
  for (const cell of row.cells) readLabelledParts(cell, budget);
}

/**
 * A part row whose amounts a dump glued into one cell ("其中：本年财政拨款 | 152.3148.75"), the glue cut
 * by the total row's amounts (glued-amounts.ts: each column's decimals, none above the total). The row as
 * it is when it holds no glue, is no part row or the cut is not the only one (the glue stays unread).
 * Integers glued ("120118" under totals of 152 and 150) are cut only where certain (glued-amounts.ts
 * splitGluedIntegers: the row's only amount, above its column's total, one cut within every total).
 */
function withPartGlueSplit(row: TableRow, columns: FundColumns, budget: Budget): TableRow {
  const labelIndex = findLabelIndex(row.cells);
  const slot = labelIndex >= 0 ? findRowSlot(row.cells[labelIndex] as string) : undefined;
  if (slot === undefined || slot === 'total') return row;
  const roles = (Object.entries(columns) as Array<[BudgetColumnRole, number]>).sort((a, b) => a[1] - b[1]).map(([role]) => role);
  const values = row.cells.slice(labelIndex + 1).map((cell) => cell.trim());
  while (values.length > 0 && values.at(-1) === '') values.pop();
  const split = withGluedAmountsSplit(values, { roles, values: roles.map((role) => budget[role] ?? '') });
  // Nothing cut: the row as it is.
  if (split === null || split.length === values.length) return row;
  const cells = [...row.cells.slice(0, labelIndex + 1), ...split];
  const valueLine = row.cellLines[labelIndex + 1] ?? row.line;
  return { line: row.line, cells, cellLines: [...row.cellLines.slice(0, labelIndex + 1), ...split.map(() => valueLine)] };
}

/**
 * The budget's weight stated in the funds header instead of a 分值 column: "预算执行情况（万元）（20分）"
 * over the block, or "得分（20分*执行率）" (Hubei 项目绩效自评表). Only a group label or the score
 * column's label may state it.
 */
function statedWeight(cells: readonly string[], columns: FundColumns): string | undefined {
  for (const [index, cell] of cells.entries()) {
    const isScoreLabel = index === columns.score;
    if (!isScoreLabel && !GROUP_LABEL.test(compact(cell))) continue;
    const weight = /[（(](\d{1,2}(?:\.\d{1,2})?)分/.exec(cell)?.[1];
    if (weight !== undefined) return weight;
  }
  return undefined;
}

/** A header row opening with a task or duty heading (任务名称, 重点任务 …: a goal column's words) and naming an amount column. */
function isTaskListHeader(cells: readonly string[]): boolean {
  const first = cells.find(hasText);
  if (first === undefined || matchColumnRole(first) !== 'goal') return false;
  return cells.some((cell) => findColumnRole(cell) !== undefined || findRowSlot(cell) === 'total');
}

/** Reads the funds block from the rows above the indicator table. */
export function readSelfEvaluationBudget(rows: readonly TableRow[]): BudgetResult {
  const budget: Budget = {};
  const findings: Finding[] = [];
  let columns: FundColumns | null = null;
  const tests = {
    isColumnLabel: (cell: string) => findColumnRole(cell) !== undefined,
    isRowLabel: (cell: string) => findRowSlot(cell) !== undefined,
  };
  let isHeaderBand = false;
  let headerWeight: string | undefined;
  const outline: FundOutline = { depth: -1, unplacedLabels: [], isMoney: false };
  for (const row of recoverFundRows(rows, tests)) {
    // A list of tasks or duties with their amounts ("任务名称 | 项目 | 主要内容 | 批复金额 | 实际支出金额 | 预算执行率",
    // the Yunnan 部门整体 table): each amount is a task's, none is the funds block's; nothing below it is read.
    if (isTaskListHeader(row.cells)) break;
    if (!columns) {
      columns = mapFundColumns(row.cells);
      isHeaderBand = columns !== null;
      if (columns) headerWeight = statedWeight(row.cells, columns);
      if (columns) continue;
    }
    // A header of 2–3 rows ("预算数" over "年初预算数 | 全年预算数"): the lower row's labels win.
    if (isHeaderBand && columns && overlayHeaderRow(columns, row.cells)) continue;
    isHeaderBand = false;
    readRow(columns ? withPartGlueSplit(row, columns, budget) : row, columns, budget, findings, outline);
    outline.isMoney ||= row.cells.some((cell) => isMoneyWording(cell) || (findRowSlot(cell) !== undefined && !isBareSum(cell)));
  }
  // Some part of the total was written under a label no slot holds: the sources read are not all of it,
  // and compared with the total they would make a false budget-sum-mismatch (core/checks/budget-sums.ts).
  if (outline.unplacedLabels.length > 0) findings.push(createUnplacedPartsFinding(outline.unplacedLabels));
  budget.total ??= budget.adjusted ?? budget.initial ?? null;
  if (columns && columns.weight === undefined && headerWeight !== undefined && budget.score !== undefined) budget.weight ??= headerWeight;
  return { budget, findings };
}
