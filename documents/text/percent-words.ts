/**
 * A percentage written in words, as some reports write their 执行率: "百分之百", "百分之九十八点五",
 * "百分之98.5". withPercentWords writes each as figures with "%" ("100%", "98.5%"), so a rate reader
 * finds it as it finds "98.5%". Other text is left as it is.
 */
import { readChineseDecimal } from './chinese-numerals.ts';

/** 百分之 and what follows it: figures, or Chinese numerals up to 百 with 点 and decimals. */
const PERCENT_WORDS = /百分之\s*(\d+(?:\.\d+)?|[零〇一二两三四五六七八九十百]+(?:点[零〇一二三四五六七八九]+)?)/g;

/** "九十八点五" → "98.5"; figures stay as written; null when the words are no number. */
function readPercentFigure(words: string): string | null {
  return /^\d/.test(words) ? words : readChineseDecimal(words);
}

/** The line with every percentage in words written as figures and "%". */
export function withPercentWords(line: string): string {
  if (!line.includes('百分之')) return line;
  return line.replace(PERCENT_WORDS, (written, words: string) => {
    const figure = readPercentFigure(words);
    return figure === null ? written : `${figure}%`;
  });
}
