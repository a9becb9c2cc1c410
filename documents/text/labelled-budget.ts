/**
 * Budget amounts written as label and amount in the head of a target or approval table, in any
 * layout the table readers do not cover: "项目资金：年度资金总额 188.00 万元，其中财政拨款 188.00 万元",
 * one cell per line ("年度资金总额" / "2015.00"), or run together ("总额86.5万元…三、其他:6.5万元").
 * Only what the table readers left empty is filled: they know the table's columns better.
 */
import type { Budget, PerformanceDocument } from '../../core/model.ts';
import { BUDGET_PART_UNPLACED, createUnplacedPartsFinding } from '../../core/checks/budget-sums.ts';
import { currentYearAmountColumns, lifecycleAmountColumns, priorYearAmountColumns, unslottedFundPartLabels, type BudgetRowSlot } from '../vocabulary/labels.ts';
import { currentVocabulary } from '../vocabulary/profiles/index.ts';
import { sumDecimals } from '../../core/decimal.ts';
import { findLabelledAmount } from './amounts.ts';

/** Where the indicator table starts: the budget is written above it. */
const INDICATOR_HEADER = /一级指标|三级指标|绩效指标|【产出指标/;
/** Without an indicator header, the lines read as the head. */
const HEAD_LINES = 40;
const PURE_AMOUNT = /^\s*(?:\|\s*)?(-?\d[\d,]*(?:\.\d+)?)\s*(?:万元\s*)?(?:\|\s*)?$/;

const AMOUNT = /-?\d[\d,]*(?:\.\d+)?/g;
const headingOf = (cell: string): string => cell.replace(/\s+/g, '').replace(/[（(](?:万元|元)[）)]$/, '');

/**
 * Which amount of a funds row is the budget year's, when the block's heading row names a column for
 * the whole project or the year before ahead of the year's (项目总额 | 当年金额 → the second;
 * 上年度预算安排 | 上年度实际执行 | 本年度申请金额 → the third); null when it does not.
 */
function findYearColumn(head: readonly string[]): number | null {
  const ownLines = findYearColumnOnePerLine(head);
  if (ownLines !== null) return ownLines;
  for (const line of head) {
    const cells = headingCells(line);
    // The first amount column that is not the year's: the whole project's, or the year before's.
    const lifecycle = cells.findIndex((cell) => lifecycleAmountColumns.includes(cell) || priorYearAmountColumns.includes(cell));
    const current = cells.findIndex((cell) => currentYearAmountColumns.includes(cell));
    // Headings on a row of their own (no amounts between them): the year's is the nth amount.
    if (lifecycle >= 0 && current > lifecycle && !cells.slice(lifecycle, current).some((cell) => /\d/.test(cell))) {
      return current - lifecycle;
    }
  }
  return null;
}

/**
 * A heading line's cells: apart by tabs, pipes or runs of spaces; a line with single spaces only (a
 * form's text on one line: "项目 上年度预算安排 上年度实际执行 本年度申请金额 合计 286.00 …") by them.
 */
function headingCells(line: string): string[] {
  const cells = line.split(/\t|\s{2,}|\|/).map(headingOf).filter((cell) => cell !== '');
  return cells.length === 1 ? line.trim().split(/\s+/).map(headingOf) : cells;
}

/** The most headings one per line between the year before's column and the year's. */
const MAX_HEADINGS_BETWEEN = 4;

/**
 * The same with the headings one per line (pdftotext without -layout: 项目 / 上年度预算安排 /
 * 上年度实际执行 / 本年度申请金额, then each row's label and amounts one per line).
 */
function findYearColumnOnePerLine(head: readonly string[]): number | null {
  const cells = head.map(headingOf).filter((cell) => cell !== '');
  for (const [index, cell] of cells.entries()) {
    if (!lifecycleAmountColumns.includes(cell) && !priorYearAmountColumns.includes(cell)) continue;
    const between = cells.slice(index + 1, index + 2 + MAX_HEADINGS_BETWEEN);
    const current = between.findIndex((heading) => currentYearAmountColumns.includes(heading));
    if (current >= 0 && !between.slice(0, current).some((heading) => /\d/.test(heading))) return current + 1;
  }
  return null;
}

/** An amount cell a form fills with a dash or 无 when there is none ("——"). */
const NO_AMOUNT = /^\s*(?:[-—–/／]+|无)\s*$/;

/** The nth amount cell on the lines after a label alone on its line ("合计" / "120" / "118.5" / "135"). */
function findNthAmountLine(lines: readonly string[], nth: number): string | null {
  const cells = lines.filter((line) => line.trim() !== '').slice(0, nth + 1);
  if (cells.length < nth + 1 || !cells.every((cell) => PURE_AMOUNT.test(cell) || NO_AMOUNT.test(cell))) return null;
  return PURE_AMOUNT.exec(cells[nth] as string)?.[1]?.replace(/,/g, '') ?? null;
}

const LABEL_NOTE = /^(?:[（(](?:万元|元)[)）])?[:：]?$/;
const AMOUNT_CELL = /^(-?\d[\d,]*(?:\.\d+)?)(?:万元|元)?$/;

/**
 * The nth amount after `label` on its line. The row's cells are read one by one, a dash holding the
 * place of an amount ("其他资金 —— —— 14.00": the third is 14.00) and the first other word ending the
 * row: a form's text on one line goes on with the next rows, whose amounts are not this row's.
 * Without such cells (amounts glued to words) the nth amount of the line's rest.
 */
export function findNthAmount(line: string, label: string, nth: number): string | null {
  const at = line.indexOf(label);
  if (at < 0) return null;
  const rest = line.slice(at + label.length);
  const words = rest.split(/[\s|]+/).filter((part) => part !== '');
  // A colon or the amount unit may stand between the label and its amounts ("资金总额（万元）\t300").
  if (LABEL_NOTE.test(words[0] ?? '')) words.shift();
  const cells: Array<string | null> = [];
  for (const word of words) {
    const amount = AMOUNT_CELL.exec(word);
    if (amount?.[1]) cells.push(amount[1]);
    else if (NO_AMOUNT.test(word)) cells.push(null);
    else break;
  }
  if (cells.length > 0) return cells[nth]?.replace(/,/g, '') ?? null;
  // The label inside a longer word ("政府性基金" in "政府性基金拨款 —— ——") is no row of its own.
  if (!/\d/.test(words[0] ?? '')) return null;
  const amounts = rest.match(AMOUNT) ?? [];
  return amounts[nth]?.replace(/,/g, '') ?? null;
}

/** "当年预算（万元） | 450.00": the amount after a label and its unit note. */
function findAmountAfterUnitNote(line: string, label: string): string | null {
  const at = line.indexOf(label);
  if (at < 0) return null;
  const match = /^\s*[（(](?:万元|元)[)）][\s|:：]*(-?\d[\d,]*(?:\.\d+)?)/.exec(line.slice(at + label.length));
  return match?.[1]?.replace(/,/g, '') ?? null;
}

/** The amount of `label` in the head: after it on its line, or alone on the next line. */
function findAmount(head: readonly string[], label: string, yearColumn: number | null): string | null {
  for (const [index, line] of head.entries()) {
    if (!line.includes(label.charAt(0))) continue;
    const inYearColumn = yearColumn === null ? null : findNthAmount(line, label, yearColumn);
    if (inYearColumn !== null) return inYearColumn;
    const found = findLabelledAmount(line, label) ?? findAmountAfterUnitNote(line, label);
    if (found !== null) return found;
    // The label alone on its line, maybe with its unit note ("下达中央预算内投资（万元）" / "2480").
    if (headingOf(line.replace(/[|:：]/g, '')) === label) {
      const inYearLine = yearColumn === null ? null : findNthAmountLine(head.slice(index + 1), yearColumn);
      if (inYearLine !== null) return inYearLine;
      const next = head.slice(index + 1).find((candidate) => candidate.trim() !== '');
      const match = PURE_AMOUNT.exec(next ?? '');
      if (match?.[1]) return match[1].replace(/,/g, '');
    }
  }
  return null;
}

function isEmpty(amount: string | null | undefined): boolean {
  return amount === null || amount === undefined;
}

/** Sets a slot the table readers left empty, or any slot when the amount is the year's column (they read the first). */
function setIfEmpty(budget: Budget, slot: BudgetRowSlot, amount: string, isYearColumn: boolean): void {
  if (slot === 'total') {
    if (isYearColumn || isEmpty(budget.total)) budget.total = amount;
    return;
  }
  budget.bySource ??= {};
  if (isYearColumn || isEmpty(budget.bySource[slot])) budget.bySource[slot] = amount;
}

/** Fills the budget amounts a target or approval table wrote as label and amount above its indicators. */
export function fillLabelledBudget(document: PerformanceDocument, lines: readonly string[]): void {
  if (document.kind !== 'target-table' && document.kind !== 'approval-table') return;
  const end = lines.findIndex((line) => INDICATOR_HEADER.test(line));
  // The head is every line above the indicator header, however many a dump gives it (one cell per line, an empty
  // line after each row, a page's navigation above: docx2txt's form of a 申报表 puts its 本年度申请金额 past line 40).
  const head = lines.slice(0, end < 0 ? HEAD_LINES : end);
  // A table run together on one line: its part before the indicator header.
  if (end >= 0) head.push((lines[end] ?? '').split(INDICATOR_HEADER)[0] ?? '');
  const yearColumn = findYearColumn(head);
  // Whether the sources are this reader's own (the table readers found none): only then are its unslotted parts its to report.
  const hasTableSources = Object.values(document.budget.bySource ?? {}).some((amount) => amount !== null && amount !== undefined);
  let hasLabelledAmounts = false;
  // Labels in the vocabulary's order: the most specific wording first.
  for (const { slot, labels } of currentVocabulary().budgetRowLabels) {
    // "合计" and "总计" restate sums of parts in 部门整体 blocks: the table readers handle those,
    // except in a block with a column of the year, whose 合计 row is the year's total.
    const wordings = yearColumn === null ? labels.filter((label) => label !== '合计' && label !== '总计') : labels;
    const found = wordings
      .map((label) => ({ label, amount: findAmount(head, label, yearColumn) }))
      .filter((match): match is { label: string; amount: string } => match.amount !== null);
    // A wording inside a longer one found too ("自有资金" in "单位自有资金") is the same amount.
    const distinct = found.filter(
      (match) => !found.some((other) => other !== match && other.label.includes(match.label)),
    );
    if (distinct.length === 0) continue;
    // Other funds written under several wordings (自有资金, 其他) add up; any other slot takes its
    // most specific wording (财政拨款 over the 上级财政资金 inside it).
    const amount =
      slot === 'other'
        ? sumDecimals(distinct.map((match) => match.amount)).toFixed()
        : (distinct[0] as { amount: string }).amount;
    setIfEmpty(document.budget, slot, amount, yearColumn !== null);
    if (slot !== 'total') hasLabelledAmounts = true;
  }
  if (!hasTableSources) reportUnplacedParts(document, head, hasLabelledAmounts);
  if (document.budget.bySource && Object.keys(document.budget.bySource).length === 0)
    delete document.budget.bySource;
}

/**
 * A part of the money written as label and amount under a label no source slot holds ("…项目总投资36万元中央补助安排0
 * 省级财政安排40万元其他资金18.6万元预算申报数58.6万元", a Gansu form run together, twenty-fourth study): the sources read
 * are not the whole total, so the reader says so, as the table readers do for such a cell (table-facts.ts). Only when
 * the sources are this reader's (the table readers found none: they know their rows, and skip a part of a part such as
 * "其中：上级补助" under 财政拨款), for an amount other than 0 (a nought changes no sum), and once.
 */
function reportUnplacedParts(document: PerformanceDocument, head: readonly string[], hasLabelledAmounts: boolean): void {
  if (!hasLabelledAmounts || document.findings.some((finding) => finding.code === BUDGET_PART_UNPLACED)) return;
  const found = unslottedFundPartLabels.filter((label) => head.some((line) => isNonZero(findLabelledAmount(line, label))));
  // A wording inside a longer one found too ("中央补助" in "中央补助安排") is the same part.
  const labels = found.filter((label) => !found.some((other) => other !== label && other.includes(label)));
  if (labels.length > 0) document.findings.push(createUnplacedPartsFinding(labels));
}

function isNonZero(amount: string | null): boolean {
  return amount !== null && Number(amount) !== 0;
}
