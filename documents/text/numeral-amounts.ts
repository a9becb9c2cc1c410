/**
 * Amounts written in ordinary Chinese numerals, as some reports write their figures in words:
 * "年初预算数为一百二十万元", "已支出三十五点六万元", "八十六万四千元". withNumeralAmounts writes each as
 * figures in the unit written after it ("1200000元", "35.6万元"), so the money readers find it as they
 * find figures. Approximate sums are no amount and stay as written: "数十万元" and "几十万元" (a word
 * before the numeral), "二十余万元" (a word between it and its unit), "两三万元" (two digits side by side,
 * no well-formed number). A figure's label ending in 数 is no approximation: "全年预算数十万元" is 10万元.
 */
import { readChineseFigure } from './chinese-numerals.ts';

const DIGIT = '零〇一二两三四五六七八九';
/**
 * A numeral (group 1) opening with a digit or 十, 万/亿 inside it, decimals after 点, then its unit
 * (group 2). Not after another numeral, 点 or a word of approximation (几, 多; 数 before 十 is decided after).
 */
const NUMERAL_AMOUNT = new RegExp(
  `(?<![${DIGIT}十百千万亿点几多])([一二两三四五六七八九十][${DIGIT}十百千万亿]*(?:点[${DIGIT}]+)?)(亿元|万元|元)`,
  'g',
);

/** A figure's label ending in 数 ("全年预算数", "执行数"): its 数 is no approximation. */
const LABEL_ENDING_IN_SHU = /(?:预算|执行|决算|支出|批复|安排|到位|拨付|实际)数$/;

/** The line with every ordinary-numeral amount written as figures. */
export function withNumeralAmounts(line: string): string {
  if (!line.includes('元')) return line;
  return line.replace(NUMERAL_AMOUNT, (written, numeral: string, unit: string, offset: number) => {
    const before = line.slice(0, offset);
    // "数十万元": tens of thousands, no amount; "全年预算数十万元": the label's 数.
    if (before.endsWith('数') && numeral.startsWith('十') && !LABEL_ENDING_IN_SHU.test(before)) return written;
    const figure = readChineseFigure(numeral);
    return figure === null ? written : `${figure}${unit}`;
  });
}
