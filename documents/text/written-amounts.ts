/**
 * Amounts as the money readers of reports expect them, figures with a point: capital numerals
 * ("壹佰贰拾万元"), ordinary numerals ("一百二十万元", "三十五点六万元") and a point written 、 or ，
 * ("167、05万元") where the context proves it. Each rewrite leaves what it cannot prove as written.
 */
import { withCapitalAmounts } from './capital-amounts.ts';
import { withDecimalMarks } from './decimal-marks.ts';
import { withNumeralAmounts } from './numeral-amounts.ts';

/** The line with every amount written in words, or with a marked point, written as figures. */
export function withAmountsAsFigures(line: string): string {
  return withDecimalMarks(withNumeralAmounts(withCapitalAmounts(line)));
}
