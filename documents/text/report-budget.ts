/**
 * The budget figures a report states in its narrative ("本单位2023年基本支出5105.15万元"), by the
 * label in front of the amount. Only stated figures are taken: a report that gives 基本支出 and
 * 项目支出 but no 一般公共预算 total leaves that total empty rather than adding them up.
 */
import type { Budget } from '../../core/model.ts';
import { reportBudgetFigures, reportFigureExclusions } from '../vocabulary/labels.ts';
import { reportColumnLetter, reportPriorYearLabel } from '../vocabulary/report-words.ts';
import type { MoneyMention } from './report-money-mentions.ts';

type BudgetSlot =
  | { part: 'byNature'; field: 'basic' | 'project' | 'total' }
  | {
      part: 'bySource';
      field: 'generalPublic' | 'governmentFund' | 'specialAccount' | 'other' | 'currentYear' | 'carriedOver';
    }
  | { part: 'total' };

/** Labels as reports write them (DOMAIN.md: 按收入性质, 按支出性质), matched whole after lead-ins are dropped. */
const slots: ReadonlyArray<[RegExp, BudgetSlot]> = [
  [/^基本支出(合计)?$/, { part: 'byNature', field: 'basic' }],
  [/^项目支出(合计)?$/, { part: 'byNature', field: 'project' }],
  [/^一般公共预算(财政拨款)?(支出|拨款|收入)?$/, { part: 'bySource', field: 'generalPublic' }],
  [/^政府性基金(预算)?(财政拨款)?(支出|拨款|收入)?$/, { part: 'bySource', field: 'governmentFund' }],
  [/^纳入专户管理的?非税收入(拨款|支出)?$/, { part: 'bySource', field: 'specialAccount' }],
  [/^其他资金(支出)?$/, { part: 'bySource', field: 'other' }],
  // 按年度: "其中：当年财政拨款410万元，上年结转资金150万元".
  [/^(?:当年|本年度?)(?:财政)?(?:拨款|预算|安排)(?:资金)?$/, { part: 'bySource', field: 'currentYear' }],
  [/^上年度?结转(?:结余)?(?:资金)?$/, { part: 'bySource', field: 'carriedOver' }],
  [/^(部门)?(预算)?(总支出|支出总额|支出合计|资金总额|总预算)$/, { part: 'total' }],
];

/** 年初预算 / 调整后预算 / 执行 figures (documents/vocabulary/labels.ts), or null. */
export function findBudgetFigure(label: string): 'initial' | 'adjusted' | 'executed' | null {
  if (reportFigureExclusions.test(label)) return null;
  return reportBudgetFigures.find(({ pattern }) => pattern.test(label))?.field ?? null;
}

/**
 * A label as the figures are matched: without a column letter copied from the table ("全年预算数（B）",
 * "执行率（C/B）") and without 人民币 and the verb before it ("预算金额为人民币").
 */
export function figureLabel(label: string): string {
  return label
    .replace(reportColumnLetter, '')
    .replace(/(?:为|是|共计|合计|计|达)?人民币$/, '')
    .replace(/(?:(?<!调整)为|是)$/, '');
}

/** A note in brackets closing a label: "全年预算数（调整后）", "年初预算数（含上年结转）". */
const CLOSING_NOTE = /[（(][^（）()]{1,12}[）)]$/;

/** The label with its closing note put in front, where the note says which figure: "预算数（年初）" → "年初预算数". */
function noteFirst(label: string): string {
  const note = CLOSING_NOTE.exec(label)?.[0];
  return note === undefined ? label : note.slice(1, -1) + label.slice(0, -note.length);
}

/**
 * The budget stated in a report's amounts; the first mention of each figure wins. An amount of
 * another year than the report's ("2022年全年执行数…" in a 2023 report) or of the year before
 * ("上年全年执行数…") is no figure of the report. Without the report's year (`year` null: it never dates
 * its own figures), a figure of an undated mention comes before one a year names.
 */
export function readReportBudget(mentions: readonly MoneyMention[], year: number | null = null): Budget {
  const budget: Budget = {};
  const datedFigures: Array<['initial' | 'adjusted' | 'executed', string]> = [];
  for (const mention of mentions) {
    if (year !== null && mention.year !== undefined && mention.year !== year) continue;
    const label = figureLabel(mention.label);
    if (reportPriorYearLabel.test(label)) continue;
    const slot = slots.find(([pattern]) => pattern.test(label))?.[1];
    if (!slot) {
      // The label as written, else with the note that closes it read first ("预算数（调整后）"), else without it.
      const figure = findBudgetFigure(label) ?? findBudgetFigure(noteFirst(label)) ?? findBudgetFigure(label.replace(CLOSING_NOTE, ''));
      // A report that never dates its own figures: an undated figure before one a year names.
      if (figure && year === null && mention.year !== undefined) datedFigures.push([figure, mention.amount]);
      else if (figure) budget[figure] ??= mention.amount;
      continue;
    }
    if (slot.part === 'total') {
      budget.total ??= mention.amount;
    } else if (slot.part === 'byNature') {
      budget.byNature ??= {};
      budget.byNature[slot.field] ??= mention.amount;
    } else {
      budget.bySource ??= {};
      budget.bySource[slot.field] ??= mention.amount;
    }
  }
  for (const [figure, amount] of datedFigures) budget[figure] ??= amount;
  return budget;
}
