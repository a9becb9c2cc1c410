/**
 * The funds of a self-evaluation written as label–amount pairs above its indicators instead of a
 * funds block with column headings: "预算数（万元） | 72.00 | 执行数（万元） | 68.40", or "预算数 | 72.00万元" (tables whose
 * 预算执行率 is a row among the indicators). Only what the funds-block reader left empty is filled,
 * with the column wordings of the vocabulary (documents/vocabulary/labels.ts budgetColumnLabels).
 */
import type { PerformanceDocument } from '../../core/model.ts';
import type { BudgetColumnRole } from '../vocabulary/labels.ts';
import { currentVocabulary } from '../vocabulary/profiles/index.ts';
import { parseAmount } from './amounts.ts';

/** Where the indicator table starts: the funds are written above it. */
const INDICATOR_HEADER = /一级指标|三级指标|绩效指标/;
const HEAD_LINES = 40;
const figureRoles: readonly BudgetColumnRole[] = ['initial', 'adjusted', 'executed'];

/**
 * The bare sum words among the column wordings (合计 heads a funds header's sum of sources): they total any
 * column, a score sheet's 分值 too ("合计 | 100 | 96"), so as a pair's label they name money only with a 元 unit
 * written in the label or after the amount.
 */
const BARE_SUMS: ReadonlySet<string> = new Set(['合计', '总计']);

function namesMoney(label: string, labelCell: string, amountCell: string): boolean {
  return !BARE_SUMS.has(label) || labelCell.includes('元') || amountCell.includes('元');
}

/** The amount right after `label` (and its unit note) in a cell pair of the line; null if none. */
function findPairedAmount(line: string, label: string): string | null {
  const cells = line.split(/\t|\|/).map((cell) => cell.replace(/\s+/g, ''));
  const at = cells.findIndex((cell) => cell.replace(/[（(](?:万元|元)[)）]$/, '').replace(/[:：]$/, '') === label);
  if (at < 0) return null;
  const amount = cells.slice(at + 1).find((cell) => cell !== '');
  if (amount === undefined || !namesMoney(label, cells[at] as string, amount)) return null;
  // The unit may follow each amount instead of the label ("386.40万元").
  return parseAmount(amount);
}

/**
 * The amount on the line after a line holding `label` alone (cells one per line: pdftotext without -layout,
 * where an empty cell before the label, 项目负责人's, left no line to pair by).
 */
function findAmountOnNextLine(head: readonly string[], label: string): string | null {
  for (const [index, line] of head.entries()) {
    const written = line.replace(/\s+/g, '');
    const cell = written.replace(/[（(](?:万元|元)[)）]$/, '').replace(/[:：]$/, '');
    if (cell !== label) continue;
    const next = head.slice(index + 1).find((candidate) => candidate.trim() !== '');
    const amount = next === undefined || /\t|\|/.test(next) || !namesMoney(label, written, next) ? null : parseAmount(next.trim());
    if (amount !== null) return amount;
  }
  return null;
}

/** Fills 年初预算 / 预算数 / 执行数 written as label–amount cell pairs in a self-evaluation's head. */
export function fillLabelledFundFigures(document: PerformanceDocument, lines: readonly string[]): void {
  if (document.kind !== 'self-evaluation') return;
  const end = lines.findIndex((line) => INDICATOR_HEADER.test(line));
  const head = lines.slice(0, end < 0 ? HEAD_LINES : Math.min(end, HEAD_LINES));
  const { budgetColumnLabels } = currentVocabulary();
  for (const role of figureRoles) {
    if (document.budget[role] !== undefined && document.budget[role] !== null) continue;
    for (const label of budgetColumnLabels[role]) {
      const amount = head.map((line) => findPairedAmount(line, label)).find((found) => found !== null) ?? findAmountOnNextLine(head, label);
      if (amount) {
        document.budget[role] = amount;
        break;
      }
    }
  }
}
