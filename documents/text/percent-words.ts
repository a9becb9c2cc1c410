/**
 * A percentage written in words, as some reports write their 执行率: "百分之百", "百分之九十八点五",
 * "百分之98.5". withPercentWords writes each as figures with "%" ("100%", "98.5%"), so a rate reader
 * finds it as it finds "98.5%". Other text is left as it is.
 */

const CHINESE_DIGITS: Readonly<Record<string, number>> = {
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

/** 百分之 and what follows it: figures, or Chinese numerals up to 百 with 点 and decimals. */
const PERCENT_WORDS = /百分之\s*(\d+(?:\.\d+)?|[零〇一二两三四五六七八九十百]+(?:点[零〇一二三四五六七八九]+)?)/g;

/** A whole number below 1000 written in Chinese numerals ("九十八", "十", "一百零五"), or null. */
function readWholeNumber(text: string): number | null {
  let total = 0;
  let digit: number | null = null;
  for (const character of text) {
    const value = CHINESE_DIGITS[character];
    if (value !== undefined) {
      digit = value;
    } else if (character === '十' || character === '百') {
      total += (digit ?? 1) * (character === '十' ? 10 : 100);
      digit = null;
    } else {
      return null;
    }
  }
  return total + (digit ?? 0);
}

/** "九十八点五" → "98.5"; figures stay as written; null when the words are no number. */
function readPercentFigure(words: string): string | null {
  if (/^\d/.test(words)) return words;
  const [whole = '', fraction] = words.split('点');
  const number = readWholeNumber(whole);
  if (number === null) return null;
  if (fraction === undefined) return String(number);
  const decimals = [...fraction].map((character) => CHINESE_DIGITS[character]).join('');
  return `${number}.${decimals}`;
}

/** The line with every percentage in words written as figures and "%". */
export function withPercentWords(line: string): string {
  if (!line.includes('百分之')) return line;
  return line.replace(PERCENT_WORDS, (written, words: string) => {
    const figure = readPercentFigure(words);
    return figure === null ? written : `${figure}%`;
  });
}
