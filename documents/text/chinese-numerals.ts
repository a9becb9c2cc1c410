/**
 * Numbers written in Chinese numerals, as reports write rates ("百分之九十八点五"), headings ("十二、")
 * and months ("1-十二月"): one reader for every place that meets them.
 */

/** The digits' values; 〇 and 两 as official texts write 0 and 2. */
export const chineseDigits: Readonly<Record<string, number>> = {
  零: 0,
  〇: 0,
  一: 1,
  二: 2,
  两: 2,
  三: 3,
  四: 4,
  五: 5,
  六: 6,
  七: 7,
  八: 8,
  九: 9,
};

/**
 * A whole number below 1000 ("九十八", "十", "一百零五", "百"), or null when the text is no such numeral:
 * two digits side by side ("一二"), a unit repeated or out of order ("十十", "十百"), 零 before a unit.
 */
export function readChineseNumber(text: string): number | null {
  if (text === '') return null;
  let total = 0;
  let digit: number | null = null;
  let lastUnit = 1000;
  for (const character of text) {
    const value = chineseDigits[character];
    if (value !== undefined) {
      // After 零 a digit may follow ("一百零五"); after any other digit it may not.
      if (digit !== null && digit !== 0) return null;
      digit = value;
      continue;
    }
    const unit = character === '百' ? 100 : character === '十' ? 10 : 0;
    if (unit === 0 || unit >= lastUnit || digit === 0) return null;
    total += (digit ?? 1) * unit;
    digit = null;
    lastUnit = unit;
  }
  return total + (digit ?? 0);
}
