/**
 * Numbers written in Chinese numerals, as reports write rates ("百分之九十八点五"), scores ("九十五点五分"),
 * headings ("十二、"), months ("1-十二月") and amounts in capital numerals ("壹佰贰拾万元"): one reader
 * for every place that meets them.
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

/** Capital numerals (大写, as amounts are written on official forms) → the ordinary ones. */
const CAPITAL_NUMERALS: Readonly<Record<string, string>> = {
  壹: '一',
  贰: '二',
  叁: '三',
  肆: '四',
  伍: '五',
  陆: '六',
  柒: '七',
  捌: '八',
  玖: '九',
  拾: '十',
  佰: '百',
  仟: '千',
};

/** The units inside a section below 万. */
const SECTION_UNITS: Readonly<Record<string, number>> = { 十: 10, 百: 100, 千: 1000 };

/** A section below `limit` ("九十八", "一百零五", "三千零五十"), or null (digits side by side, a unit repeated). */
function readSection(text: string, limit: number): number | null {
  if (text === '') return null;
  let total = 0;
  let digit: number | null = null;
  let lastUnit = limit;
  for (const character of text) {
    const value = chineseDigits[character];
    if (value !== undefined) {
      // After 零 a digit may follow ("一百零五"); after any other digit it may not.
      if (digit !== null && digit !== 0) return null;
      digit = value;
      continue;
    }
    const unit = SECTION_UNITS[character] ?? 0;
    if (unit === 0 || unit >= lastUnit || digit === 0) return null;
    total += (digit ?? 1) * unit;
    digit = null;
    lastUnit = unit;
  }
  return total + (digit ?? 0);
}

/**
 * A whole number below 1000 ("九十八", "十", "一百零五", "百"), or null when the text is no such numeral:
 * two digits side by side ("一二"), a unit repeated or out of order ("十十", "十百"), 零 before a unit.
 */
export function readChineseNumber(text: string): number | null {
  return readSection(text, 1000);
}

/**
 * A whole number with 万 and 亿, in ordinary or capital numerals ("一百二十万", "壹拾贰万零叁佰"), or null.
 * Each part between 亿 and 万 is a section below 万; 零 may open a part ("贰拾万零叁佰").
 */
export function readChineseWholeNumber(text: string): number | null {
  const ordinary = [...text].map((character) => CAPITAL_NUMERALS[character] ?? character).join('');
  let total = 0;
  let rest = ordinary;
  for (const [unit, value] of [
    ['亿', 100_000_000],
    ['万', 10_000],
  ] as const) {
    const at = rest.indexOf(unit);
    if (at < 0) continue;
    const part = readSection(rest.slice(0, at), 10_000);
    if (part === null || part === 0) return null;
    total += part * value;
    rest = rest.slice(at + 1);
  }
  if (rest === '') return ordinary === '' ? null : total;
  const last = readSection(rest, 10_000);
  return last === null ? null : total + last;
}

/** A count written in digits or numerals ("5", "五", "两"): a sentence's "设置指标5个", "对三个项目". */
export function readCount(written: string): number | null {
  return /^\d+$/.test(written) ? Number(written) : readChineseWholeNumber(written);
}

/** A decimal in numerals ("九十五点五" → "95.5", "一百" → "100"), or null when the words are no number. */
export function readChineseDecimal(text: string): string | null {
  return readWithDecimals(text, readChineseNumber);
}

/** The whole part read by `readWhole`, then the digits after 点 one by one ("点零五" → ".05"). */
function readWithDecimals(text: string, readWhole: (whole: string) => number | null): string | null {
  const [whole = '', fraction, extra] = text.split('点');
  const number = readWhole(whole);
  if (number === null || extra !== undefined) return null;
  if (fraction === undefined) return String(number);
  const decimals = [...fraction].map((character) => chineseDigits[character]);
  if (decimals.length === 0 || decimals.some((digit) => digit === undefined)) return null;
  return `${number}.${decimals.join('')}`;
}

/**
 * A figure with 万/亿 inside and 点 decimals ("一百二十万" → "1200000", "三十五点六" → "35.6",
 * "一亿二千万" → "120000000"), as amounts are written in words; null when the words are no number.
 */
export function readChineseFigure(text: string): string | null {
  return readWithDecimals(text, readChineseWholeNumber);
}
