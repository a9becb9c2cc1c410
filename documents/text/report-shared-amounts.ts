/**
 * A report sentence that gives several figures at once: the labels listed first, then their amounts
 * "分别为" in the same order ("年初预算数、全年预算数和全年执行数分别为40万元、45万元、44.1万元"), or
 * one amount that several labels share ("年初预算与调整后预算均为60万元"). spreadSharedAmounts writes
 * such a clause one label per amount ("年初预算数40万元，全年预算数45万元，全年执行数44.1万元"), the
 * form the money reader pairs (report-money-mentions.ts). A clause whose labels and amounts do not
 * pair up one to one is left as written.
 */
import { compact } from './normalize.ts';


/** One label: words without punctuation, figures or joining words. */
const LABEL = String.raw`[^\d，,。；;：:、和与及（）()]{2,24}`;
/** Words that join labels in a list. */
const LABEL_JOIN = String.raw`(?:、|以及|和|与|及)`;
const UNIT = String.raw`(?:亿元|万元|元)`;
const AMOUNT = String.raw`\d[\d,]*(?:\.\d+)?${UNIT}?`;
/** Words that join amounts in a list. */
const AMOUNT_JOIN = String.raw`(?:、|，|和|与|及)`;

/** Labels, then "分别为" (依次为), then as many amounts. */
const RESPECTIVE = new RegExp(
  String.raw`(${LABEL}(?:${LABEL_JOIN}${LABEL})+)(?:分别|依次)(?:为|是|达到|达)?[:：]?(${AMOUNT}(?:${AMOUNT_JOIN}${AMOUNT})+)`,
  'g',
);
/** Labels, then "均为" (都是, 皆为), then the one amount they share. */
const SHARED = new RegExp(String.raw`(${LABEL}(?:${LABEL_JOIN}${LABEL})+)(?:均|都|皆)(?:为|是)(${AMOUNT})`, 'g');

/**
 * The labels of a list, split at every joining word when that pairs them with the amounts. Split at
 * "、" alone only when no label holds a joining word: "A、B和C分别为X、Y" pairs nothing (which two?).
 */
function splitLabels(text: string, count: number): string[] | null {
  const byWord = text.split(new RegExp(LABEL_JOIN));
  if (byWord.length === count) return byWord;
  const byComma = text.split('、');
  return byComma.length === count && byComma.length === byWord.length ? byComma : null;
}

/** Amounts of a list, each with a unit: one written only on the last ("40、45、44.1万元") holds for all. */
function splitAmounts(text: string): string[] | null {
  const amounts = text.split(new RegExp(AMOUNT_JOIN));
  const lastUnit = new RegExp(`${UNIT}$`).exec(amounts.at(-1) ?? '')?.[0];
  if (lastUnit === undefined) return null;
  return amounts.map((amount) => (new RegExp(`${UNIT}$`).test(amount) ? amount : `${amount}${lastUnit}`));
}

/** The line with each listed or shared amount written after its own label; a line so rewritten comes compacted. */
export function spreadSharedAmounts(line: string): string {
  if (!/分别|依次|均|都|皆/.test(line)) return line;
  const text = compact(line);
  const respective = text.replace(RESPECTIVE, (written, labelText: string, amountText: string) => {
    const amounts = splitAmounts(amountText);
    const labels = amounts === null ? null : splitLabels(labelText, amounts.length);
    if (amounts === null || labels === null) return written;
    return labels.map((label, index) => `${label}${amounts[index] ?? ''}`).join('，');
  });
  const spread = respective.replace(SHARED, (written, labelText: string, amount: string) => {
    if (!new RegExp(`${UNIT}$`).test(amount)) return written;
    const labels = labelText.split('、').length > 1 ? labelText.split('、') : labelText.split(new RegExp(LABEL_JOIN));
    return labels.map((label) => `${label}${amount}`).join('，');
  });
  return spread === text ? line : spread;
}
