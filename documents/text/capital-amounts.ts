/**
 * Amounts written in capital numerals (大写), as some reports and forms write budget figures:
 * "年初预算数壹佰贰拾万元", "人民币贰拾万零叁佰元整", "…元伍角". withCapitalAmounts writes each as
 * figures in 元 ("1200000元"), so the money reader finds it as it finds "1,200,000.00元". The capital
 * form repeating a figure ("150万元（大写：壹佰伍拾万元整）") is left as written: it is no second
 * amount. Numerals that are no well-formed number ("壹贰万元") are left as written too.
 */
import { chineseDigits, readChineseWholeNumber } from './chinese-numerals.ts';

const CAPITAL_DIGIT = '零壹贰叁肆伍陆柒捌玖';
/** A capital amount in 元 (group 2), its 角 and 分 (groups 3, 4), 整 after it; group 1: a 大写 before it. */
const CAPITAL_AMOUNT = new RegExp(
  `(大写[:：]?\\s*)?(?<![${CAPITAL_DIGIT}拾佰仟万亿])([壹贰叁肆伍陆柒捌玖拾][${CAPITAL_DIGIT}拾佰仟万亿]*)元(?:([${CAPITAL_DIGIT}])角)?(?:零?([${CAPITAL_DIGIT}])分)?整?`,
  'g',
);
const ORDINARY_DIGIT: Readonly<Record<string, string>> = Object.fromEntries(
  [...CAPITAL_DIGIT].map((capital, index) => [capital, '零一二三四五六七八九'[index] ?? '']),
);

/** A capital digit's value, 0 when absent. */
function digitValue(capital: string | undefined): number {
  return capital === undefined ? 0 : (chineseDigits[ORDINARY_DIGIT[capital] ?? ''] ?? 0);
}

/** The line with every capital-numeral amount written as figures in 元. */
export function withCapitalAmounts(line: string): string {
  if (!line.includes('元')) return line;
  return line.replace(CAPITAL_AMOUNT, (written, repeated: string | undefined, whole: string, jiao?: string, fen?: string) => {
    if (repeated !== undefined) return written;
    const yuan = readChineseWholeNumber(whole);
    if (yuan === null) return written;
    const cents = digitValue(jiao) * 10 + digitValue(fen);
    return cents === 0 ? `${yuan}元` : `${yuan}.${String(cents).padStart(2, '0')}元`;
  });
}
