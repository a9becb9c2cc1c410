/**
 * The funds block of a self-evaluation (部门整体 and 项目): the header 年初预算数 / 全年预算数(A) /
 * 全年执行数(B) / 分值 / 执行率(B/A) / 得分, the 年度资金总额 row, and the parts: "其中：一般公共预算：
 * 7897.75" written inside cells (部门整体, sample 001) or rows 本年财政拨款 / 上年结转资金 / 其他资金
 * with their own columns (项目). Amounts stay as written; a cell that is not a number is reported.
 */
import type { Budget, Finding } from '../../core/model.ts';
import { findLabelledAmount } from './amounts.ts';
import { compact } from './normalize.ts';
import type { TableRow } from './table-rows.ts';
import { hasText, parseNumberCell } from './self-evaluation-text.ts';

type FundRole = 'initial' | 'adjusted' | 'executed' | 'weight' | 'executionRate' | 'score';
type FundColumns = Partial<Record<FundRole, number>>;

const fundLabels: ReadonlyArray<[FundRole, RegExp]> = [
  ['initial', /^年初预算数/],
  ['adjusted', /^(全年预算数|调整后预算数|全年预算|预算数)/],
  ['executed', /^(全年执行数|执行数|实际执行数)/],
  ['weight', /^分值/],
  ['executionRate', /^执行率/],
  ['score', /^得分/],
];

/** The funds header: a row naming 年初预算数 and 全年预算数 (or 调整后预算数). */
export function mapFundColumns(cells: readonly string[]): FundColumns | null {
  const columns: FundColumns = {};
  for (const [index, cell] of cells.entries()) {
    const text = compact(cell);
    const role = fundLabels.find(([, pattern]) => pattern.test(text))?.[0];
    if (role && columns[role] === undefined) columns[role] = index;
  }
  return columns.adjusted !== undefined && (columns.initial !== undefined || columns.executed !== undefined)
    ? columns
    : null;
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

/** Rows of a project table's funds (label cell, amounts in the columns). */
const rowParts: ReadonlyArray<[RegExp, (budget: Budget, amount: string) => void]> = [
  [/^(其中[:：])?(本年)?财政拨款/, (budget, amount) => (bySource(budget).currentYear = amount)],
  [/^(其中[:：])?上年结转(资金)?/, (budget, amount) => (bySource(budget).carriedOver = amount)],
  [/^(其中[:：])?其他资金/, (budget, amount) => (bySource(budget).other = amount)],
];

function bySource(budget: Budget): NonNullable<Budget['bySource']> {
  budget.bySource ??= {};
  return budget.bySource;
}

function byNature(budget: Budget): NonNullable<Budget['byNature']> {
  budget.byNature ??= {};
  return budget.byNature;
}

export interface BudgetResult {
  budget: Budget;
  findings: Finding[];
}

/**
 * The amounts of a row by the header's columns. When the row's numbers do not sit under the header
 * (a merged cell dropped or added one), they are taken in the header's order and the shift reported.
 */
function readFundRow(
  row: TableRow,
  columns: FundColumns,
  findings: Finding[],
): Partial<Record<FundRole, string>> {
  const values: Partial<Record<FundRole, string>> = {};
  const roles = (Object.entries(columns) as Array<[FundRole, number]>).sort((a, b) => a[1] - b[1]);
  let placed = 0;
  for (const [role, index] of roles) {
    const value = parseNumberCell(row.cells[index]);
    if (value !== null) {
      values[role] = value;
      placed += 1;
    }
  }
  const labelIndex = row.cells.findLastIndex((cell) => hasText(cell) && parseNumberCell(cell) === null);
  const numbers = row.cells.slice(labelIndex + 1).filter(hasText);
  if (numbers.length > placed && numbers.every((cell) => parseNumberCell(cell) !== null)) {
    findings.push({
      severity: 'warning',
      code: 'shifted-row',
      message: `第${row.line}行的金额没有对齐表头的栏目，已按栏目顺序读取，请核对原表。`,
      path: 'budget',
      line: row.line,
    });
    const shifted: Partial<Record<FundRole, string>> = {};
    for (const [position, [role]] of roles.entries()) {
      const value = parseNumberCell(numbers[position]);
      if (value !== null) shifted[role] = value;
    }
    return shifted;
  }
  return values;
}

/** The amount of a part row (本年财政拨款 …): its 全年预算数, else its 年初预算数. */
function readFundAmount(row: TableRow, columns: FundColumns, findings: Finding[]): string | undefined {
  const values = readFundRow(row, columns, findings);
  return values.adjusted ?? values.initial;
}

/** The first amount to the right of the row's label (target tables: one amount per row). */
function firstAmountAfterLabel(row: TableRow): string | undefined {
  const labelIndex = row.cells.findLastIndex((cell) => hasText(cell) && parseNumberCell(cell) === null);
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

/** Reads the funds block from the rows above the indicator table. */
export function readSelfEvaluationBudget(rows: readonly TableRow[]): BudgetResult {
  const budget: Budget = {};
  const findings: Finding[] = [];
  let columns: FundColumns | null = null;
  for (const row of rows) {
    if (!columns) {
      columns = mapFundColumns(row.cells);
      if (columns) continue;
    }
    const rowWithoutGroupLabel = row.cells.map((cell) =>
      /预算申请|项目资金|资金情况/.test(compact(cell)) ? '' : cell,
    );
    const rowLabel = compact(
      rowWithoutGroupLabel.find((cell) => hasText(cell) && parseNumberCell(cell) === null) ?? '',
    );
    if (columns && /^(年度)?资金总额/.test(rowLabel)) {
      Object.assign(budget, readFundRow(row, columns, findings));
      continue;
    }
    if (!columns && /^(年度)?资金总额$/.test(rowLabel)) {
      // Target tables have one amount column: "年度资金总额⇥120.00".
      budget.total = firstAmountAfterLabel(row) ?? budget.total ?? null;
      continue;
    }
    const part = rowParts.find(([pattern]) => pattern.test(rowLabel));
    const amount = part
      ? columns
        ? readFundAmount(row, columns, findings)
        : firstAmountAfterLabel(row)
      : undefined;
    if (part && amount !== undefined) {
      part[1](budget, amount);
      continue;
    }
    for (const cell of row.cells) readLabelledParts(cell, budget);
  }
  budget.total ??= budget.adjusted ?? budget.initial ?? null;
  return { budget, findings };
}
