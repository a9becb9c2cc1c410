/**
 * Budget figures a report implies rather than states, each with a notice saying how it was read: a budget
 * named without 年初 or 调整 ("项目预算资金40万元") as the year's (全年) budget, and 基本支出 as 人员经费 +
 * 公用经费 when a 部门整体 report gives only its two parts. Stated figures always win (report-budget.ts).
 */
import { Dec, formatDecimal, toDecimal } from '../../core/decimal.ts';
import type { Budget, Finding, Scope } from '../../core/model.ts';
import { reportAppliedBudget, reportBasicExpenditureParts, reportUnqualifiedBudget } from '../vocabulary/labels.ts';
import { reportPriorYearLabel } from '../vocabulary/report-words.ts';
import { figureLabel } from './report-budget.ts';
import type { MoneyMention } from './report-money-mentions.ts';
import { checkStatedRate, type StatedRate } from './report-rate.ts';

/** The report's own mentions: none of another year (when it dates its own) or of the year before. */
function ownMentions(mentions: readonly MoneyMention[], year: number | null): MoneyMention[] {
  return mentions.filter(
    (mention) =>
      !(year !== null && mention.year !== undefined && mention.year !== year) &&
      !reportPriorYearLabel.test(figureLabel(mention.label)),
  );
}

/** The budget applied for, only when the stated rate is what the executed figure over it gives. */
function findAppliedBudget(mentions: readonly MoneyMention[], budget: Budget, statedRate: StatedRate | null): MoneyMention | undefined {
  if (statedRate === null || budget.executed == null) return undefined;
  return mentions.find(
    (candidate) =>
      reportAppliedBudget.test(figureLabel(candidate.label)) &&
      checkStatedRate({ executed: budget.executed, adjusted: candidate.amount }, statedRate) === null,
  );
}

/**
 * A budget named without its kind, as the year's budget (`adjusted`, the base of 执行率), when the report
 * states neither a 年初 nor an adjusted budget and its stated rate, if any, is what the executed figure over
 * it gives. Returns the notice, or null when nothing was read.
 */
export function fillUnqualifiedBudget(
  budget: Budget,
  { mentions, year, statedRate }: { mentions: readonly MoneyMention[]; year: number | null; statedRate: StatedRate | null },
): Finding | null {
  if (budget.initial != null || budget.adjusted != null) return null;
  const own = ownMentions(mentions, year);
  const mention =
    own.find((candidate) => reportUnqualifiedBudget.test(figureLabel(candidate.label))) ?? findAppliedBudget(own, budget, statedRate);
  if (mention === undefined) return null;
  // A stated rate the figure does not give says the figure is another budget (a whole period, a plan).
  if (statedRate !== null && checkStatedRate({ executed: budget.executed, adjusted: mention.amount }, statedRate) !== null)
    return null;
  budget.adjusted = mention.amount;
  return {
    severity: 'info',
    code: 'report-budget-unqualified',
    message: reportAppliedBudget.test(figureLabel(mention.label))
      ? `报告写明“${figureLabel(mention.label)}”${formatDecimal(new Dec(mention.amount))}万元（申请数），未写批复的预算；报告的执行率以它为基数，按全年预算数入库，请核对。`
      : `报告写明“${figureLabel(mention.label)}”${formatDecimal(new Dec(mention.amount))}万元，未注明是年初预算还是调整后预算，按全年预算数入库，请核对。`,
    path: 'budget.adjusted',
    line: mention.line,
  };
}

/**
 * 基本支出 as the sum of 人员经费 and 公用经费 when a 部门整体 report states both and no 基本支出
 * (a 决算 sentence: "其中人员经费支出210.5万元，公用经费支出39.5万元"). Returns the notice, or null.
 */
export function fillBasicFromParts(
  budget: Budget,
  { mentions, year, scope }: { mentions: readonly MoneyMention[]; year: number | null; scope: Scope },
): Finding | null {
  if (scope !== 'department' || budget.byNature?.basic != null) return null;
  const own = ownMentions(mentions, year);
  const personnel = own.find((mention) => reportBasicExpenditureParts.personnel.test(figureLabel(mention.label)));
  const publicUse = own.find((mention) => reportBasicExpenditureParts.publicUse.test(figureLabel(mention.label)));
  const parts = [personnel, publicUse].map((mention) => toDecimal(mention?.amount));
  if (!parts[0] || !parts[1]) return null;
  const basic = formatDecimal(parts[0].plus(parts[1]));
  budget.byNature = { ...budget.byNature, basic };
  return {
    severity: 'info',
    code: 'report-basic-from-parts',
    message: `报告未写基本支出，按人员经费${formatDecimal(parts[0])}万元与公用经费${formatDecimal(parts[1])}万元之和${basic}万元入库，请核对。`,
    path: 'budget.byNature.basic',
    ...(personnel?.line === undefined ? {} : { line: personnel.line }),
  };
}
