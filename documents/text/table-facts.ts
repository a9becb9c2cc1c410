/**
 * The labelled facts above and below the indicator part of a target or approval table: 年度预算申请
 * (资金总额, 按收入性质分, 按支出性质分, 合计), 部门职能, 整体绩效目标 and 财政部门审核意见. Labels are found
 * in the cells in reading order; the value is written after the label in the same cell
 * ("资金总额：12222.69") or is the next cell (a blank next cell means the document leaves it empty).
 */
import { createUnplacedPartsFinding } from '../../core/checks/budget-sums.ts';
import type { Budget, Finding } from '../../core/model.ts';
import { unslottedFundPartLabels } from '../vocabulary/labels.ts';
import { findLabelledAmount, parseAmount } from './amounts.ts';
import { compact } from './normalize.ts';
import type { TableRow } from './table-rows.ts';

export interface FlatCell {
  text: string;
  line: number;
  /** The text without whitespace, computed once: labels are matched against it. */
  written: string;
}

/** Every cell of the rows in reading order, with the source line it starts on. */
export function flattenCells(rows: readonly TableRow[]): FlatCell[] {
  return rows.flatMap((row) =>
    row.cells.map((text, index) => ({ text, line: row.cellLines[index] ?? row.line, written: compact(text) })),
  );
}

type SourceKey = 'generalPublic' | 'governmentFund' | 'specialAccount' | 'currentYear' | 'carriedOver' | 'other';
type NatureKey = 'basic' | 'project';

const sourceLabels: ReadonlyArray<[string, SourceKey]> = [
  ['一般公共预算', 'generalPublic'],
  ['政府性基金拨款', 'governmentFund'],
  ['政府性基金', 'governmentFund'],
  ['纳入专户管理的非税收入拨款', 'specialAccount'],
  // Project tables (项目支出绩效目标表) split the money by year instead (issue 2 §2).
  ['本年财政拨款', 'currentYear'],
  ['财政拨款', 'currentYear'],
  ['上年结转资金', 'carriedOver'],
  ['上年结转', 'carriedOver'],
  ['其他资金', 'other'],
];
const natureLabels: ReadonlyArray<[string, NatureKey]> = [
  ['基本支出', 'basic'],
  ['项目支出', 'project'],
];
// 批复金额: the amount a 批复表 approves (项目支出绩效目标批复表), its total.
// 年度本级预算金额: a Hunan city's 项目支出绩效目标申报表, the year's own budget beside 该项目支出上级资金 (twenty-second study).
const totalLabels = ['资金总额', '年度资金总额', '批复金额', '年度本级预算金额'];
/** A cell holding an amount and nothing else, its 万元 perhaps written after it ("568.20万元"). */
const PURE_AMOUNT = /^\s*-?\d[\d,]*(?:\.\d+)?\s*(?:万元\s*)?$/;
const sumLabel = '合计';

const allBudgetLabels = [...sourceLabels.map(([label]) => label), ...natureLabels.map(([label]) => label), ...totalLabels, sumLabel];

/**
 * True when a cell is the label: the label alone, or followed by a colon, a bracket or the
 * amount ("资金总额：12222.69", "一般公共预算（万元）"). A title such as "项目支出绩效目标表" is not.
 */
function startsWithLabel(written: string, label: string): boolean {
  const text = written.startsWith('其中') ? written.replace(/^其中[:：]?/, '') : written;
  if (!text.startsWith(label)) return false;
  return /^([:：(（\d-]|$)/.test(text.slice(label.length));
}

function isBudgetLabel(written: string): boolean {
  return allBudgetLabels.some((label) => startsWithLabel(written, label));
}

/**
 * An amount cell naming the fund the money comes from before the figure ("中央衔接推进乡村振兴补助资金80",
 * "…补助资金(少数民族发展任务)50", an Inner Mongolia county's 绩效目标申报表): the fund's name ends in a fund word, a
 * bracketed note may follow it, then the amount alone (万 / 万元 after it). A figure inside a sentence is no such cell.
 */
const NAMED_FUND_AMOUNT = /^[\u4e00-\u9fff]{2,40}(?:资金|经费|补助|拨款)(?:[（(][^（()）\d]{1,20}[）)])?\s*(\d[\d,]*(?:\.\d+)?)\s*(?:万元|万)?$/;

/** The amount of a cell holding it alone, or after the name of its fund. */
function parseCellAmount(text: string): string | null {
  const amount = parseAmount(text);
  if (amount !== null) return amount;
  const named = NAMED_FUND_AMOUNT.exec(compact(text));
  return named ? parseAmount(named[1] as string) : null;
}

/**
 * The amount for the label in `cells[index]`: in the same cell after the label, else the next
 * cell. Null when the value is blank; a finding when it is there but is not an amount.
 */
function readAmountAt(cells: readonly FlatCell[], index: number, label: string, findings: Finding[], path: string): string | null {
  const cell = cells[index] as FlatCell;
  const inline = findLabelledAmount(cell.text, label);
  if (inline !== null) return inline;
  const next = cells[index + 1];
  if (!next || next.text.trim() === '' || isBudgetLabel(next.written)) return null;
  const amount = parseCellAmount(next.text);
  if (amount === null) {
    findings.push({
      severity: 'warning',
      code: 'unparsed-line',
      message: `第${next.line}行“${label}”的金额“${next.text.trim()}”不是数字，未读入，请核对原表。`,
      path,
      line: next.line,
    });
  }
  return amount;
}

/** True when the label's cell or a later cell of its line (merged cells leave blanks between) holds an amount. */
function hasAmountInRow(cells: readonly FlatCell[], index: number, label: string): boolean {
  const cell = cells[index] as FlatCell;
  if (findLabelledAmount(cell.text, label) !== null) return true;
  // Walks the label's own line only, so a text of many such labels stays linear.
  for (let after = index + 1; after < cells.length && cells[after]?.line === cell.line; after += 1) {
    const text = (cells[after] as FlatCell).text;
    if (text.trim() !== '') return parseCellAmount(text) !== null;
  }
  return false;
}

/** Reads 资金总额, the amounts by source and by nature and the two 合计 (first by source, then by nature). */
export function readBudgetCells(cells: readonly FlatCell[], findings: Finding[]): Budget {
  const bySource: NonNullable<Budget['bySource']> = {};
  const byNature: NonNullable<Budget['byNature']> = {};
  const budget: Budget = {};
  let sumsSeen = 0;
  let isTotalPending = false;
  let pendingTotal: string | null = null;
  let hasSource = false;
  let hasNature = false;
  const unplacedLabels: string[] = [];
  for (const [index, cell] of cells.entries()) {
    if (cell.text.trim() === '') continue;
    const total = totalLabels.find((label) => startsWithLabel(cell.written, label));
    if (total) {
      budget.total = readAmountAt(cells, index, total, findings, 'budget.total');
      isTotalPending = budget.total === null;
      continue;
    }
    if (isTotalPending && pendingTotal === null && PURE_AMOUNT.test(cell.text)) {
      pendingTotal = parseAmount(cell.text);
      continue;
    }
    const source = sourceLabels.find(([label]) => startsWithLabel(cell.written, label));
    if (source) {
      bySource[source[1]] ??= readAmountAt(cells, index, source[0], findings, `budget.bySource.${source[1]}`);
      hasSource = true;
      continue;
    }
    const nature = natureLabels.find(([label]) => startsWithLabel(cell.written, label));
    if (nature) {
      byNature[nature[1]] ??= readAmountAt(cells, index, nature[0], findings, `budget.byNature.${nature[1]}`);
      hasNature = true;
      continue;
    }
    const unslotted = unslottedFundPartLabels.find((label) => startsWithLabel(cell.written, label));
    if (unslotted !== undefined && hasAmountInRow(cells, index, unslotted)) {
      unplacedLabels.push(unslotted);
      continue;
    }
    if (startsWithLabel(cell.written, sumLabel)) {
      sumsSeen += 1;
      if (sumsSeen === 1) bySource.total = readAmountAt(cells, index, sumLabel, findings, 'budget.bySource.total');
      if (sumsSeen === 2) byNature.total = readAmountAt(cells, index, sumLabel, findings, 'budget.byNature.total');
    }
  }
  // Blank amounts of a block the table has are null ("the document leaves it empty").
  if (hasSource) {
    budget.bySource = isProjectSplit(bySource)
      ? { currentYear: null, carriedOver: null, other: null, total: null, ...bySource }
      : { generalPublic: null, governmentFund: null, specialAccount: null, other: null, total: null, ...bySource };
  }
  if (hasNature) budget.byNature = { basic: null, project: null, total: null, ...byNature };
  // 其中：中央补助 / 地方资金 (a transfer payment's parts): the sources read are not the whole total.
  if (unplacedLabels.length > 0) findings.push(createUnplacedPartsFinding(unplacedLabels));
  // No 资金总额 row (年度收入预算 | 合计 | …): the income 合计 is the year's total, else the spending one.
  // A 资金总额 heading over its column ("资金总额 | 按收入性质分 …" then "568.20 | 一般公共预算：548.20"):
  // the first amount standing alone after it.
  const stated = bySource.total ?? byNature.total ?? pendingTotal;
  if ((budget.total === undefined || budget.total === null) && stated !== undefined && stated !== null) budget.total = stated;
  return budget;
}

/** True when the amounts by source are the project split (本年财政拨款 / 上年结转资金). */
function isProjectSplit(bySource: NonNullable<Budget['bySource']>): boolean {
  return 'currentYear' in bySource || 'carriedOver' in bySource;
}

/**
 * The text after the first cell that starts with one of `labels`: the rest of that cell after
 * the label, else the next non-empty cell. Null when no such label or no text.
 */
export function readLabelledText(cells: readonly FlatCell[], labels: readonly string[]): FlatCell | null {
  const longestFirst = [...labels].sort((left, right) => right.length - left.length);
  for (const [index, cell] of cells.entries()) {
    const written = cell.written;
    const label = longestFirst.find((candidate) => written.startsWith(candidate));
    if (!label) continue;
    const rest = cell.text.replace(/\s+/g, ' ').trim();
    const afterLabel = stripLabel(rest, label);
    if (afterLabel !== '') return { text: afterLabel, line: cell.line, written: compact(afterLabel) };
    const next = cells.slice(index + 1).find((later) => later.text.trim() !== '');
    return next ?? null;
  }
  return null;
}

/** Patterns by label, compiled once (the labels are this folder's fixed lists; bounded all the same). */
const labelPatterns = new Map<string, RegExp>();
const MAX_REMEMBERED_LABELS = 256;

/** Removes a (possibly spaced) label and the colon after it from the start of a cell. */
function stripLabel(text: string, label: string): string {
  let pattern = labelPatterns.get(label);
  if (!pattern) {
    if (labelPatterns.size >= MAX_REMEMBERED_LABELS) labelPatterns.clear();
    pattern = new RegExp(`^${Array.from(label).join('\\s*')}\\s*[:：]?`);
    labelPatterns.set(label, pattern);
  }
  return text.replace(pattern, '').trim();
}
