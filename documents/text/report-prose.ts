/**
 * A report's lines as the money, rate and score readers take them: paragraphs joined (a PDF wraps them at the
 * page width), a form's label and amount on two lines joined, amounts in numerals written as figures, several
 * figures given at once written one label per amount, a sentence about the year before naming it in each clause.
 */
import { putLabelFirst } from './report-amount-first.ts';
import { joinUnitLabelledAmounts } from './report-cell-pairs.ts';
import { carryPriorYear } from './report-prior-year.ts';
import { spreadSharedAmounts } from './report-shared-amounts.ts';
import { unwrapLines } from './unwrap-lines.ts';
import { withAmountsAsFigures } from './written-amounts.ts';

/** The report's (or a part's) lines as prose for the figure readers. */
export function toReportProse(lines: readonly string[]): string[] {
  return joinUnitLabelledAmounts(unwrapLines(lines).map(withAmountsAsFigures)).map((line) =>
    carryPriorYear(spreadSharedAmounts(putLabelFirst(line))),
  );
}
