/**
 * A budget figure written amount first: "县财政下达该项目120万元的年初预算", "调整为150万元的全年预算".
 * putLabelFirst writes the label before its amount ("下达该项目年初预算120万元"), the form the money
 * reader pairs (report-money-mentions.ts). Only words after 的 that are a whole budget figure's label
 * (up to punctuation or the line end) count: "40万元的资金用于培训" and "安排资金50万元用于…" stay.
 */
import { compact } from './normalize.ts';
import { findBudgetFigure } from './report-budget.ts';

/**
 * An amount, 的, and the words up to the clause's end (group 2) when they end as a figure's label does
 * (预算, 支出, 执行 …): "120万元的年初预算资金缺口较大" says something else of the budget.
 */
const AMOUNT_BEFORE_LABEL =
  /(?<![\d,.])(\d[\d,]*(?:\.\d+)?(?:亿元|万元|元))的([^\d，,。；;！!、（）()]{0,8}(?:预算|支出|执行|支付)(?:数|资金|金额|总额)?)(?=[，,。；;！!]|$)/g;

/** The line with each amount-first budget figure written label first; as written (not compacted) when there is none. */
export function putLabelFirst(line: string): string {
  if (!line.includes('的')) return line;
  const text = compact(line);
  let changed = false;
  const written = text.replace(AMOUNT_BEFORE_LABEL, (phrase, amount: string, label: string) => {
    if (findBudgetFigure(label) === null) return phrase;
    changed = true;
    return label + amount;
  });
  return changed ? written : line;
}
