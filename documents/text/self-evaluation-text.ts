/**
 * Cell text as extraction leaves it in self-evaluation and project tables: names broken over
 * lines and split by spaces ("男性家族 排查系统 建设 DNA 数据采集 数"), numbers with a unit in
 * numeric columns ("10 分", "100 %", "8016.0 9").
 */
import { parseAmount } from './amounts.ts';

const LATIN_OR_DIGIT = /[A-Za-z0-9.%+-]/;
const WHITESPACE = /\s/;

/**
 * Joins the fragments of a name or sentence and removes the spaces extraction put inside it.
 * A space survives only between two Latin letters or digits ("Windows 10"), because a table cell
 * never separates Chinese words by spaces: "反诈 APP 推广实名 注册率" → "反诈APP推广实名注册率".
 */
export function joinWithoutExtractionSpaces(fragments: readonly string[]): string {
  const text = fragments
    .map((fragment) => fragment.trim())
    .filter((fragment) => fragment !== '')
    .join(' ');
  if (!WHITESPACE.test(text)) return text;
  return text.replace(/\s+/g, (space, offset: number) => {
    const before = text[offset - 1] ?? '';
    const after = text[offset + space.length] ?? '';
    return LATIN_OR_DIGIT.test(before) && LATIN_OR_DIGIT.test(after) ? ' ' : '';
  });
}

/**
 * The number in a numeric column (分值, 得分, 执行率, money): "10 分" → "10", "100 %" → "100",
 * "8016.0 9" → "8016.09"; null when the cell holds anything else. amounts.ts knows money; the
 * trailing 分 and % of score and rate columns are removed here first.
 */
export function parseNumberCell(text: string | undefined): string | null {
  if (text === undefined) return null;
  const end = text.trimEnd();
  const last = end.charAt(end.length - 1);
  if (last !== '分' && last !== '%' && last !== '％') return parseAmount(text);
  // Sliced, not /\s*(分|%|％)\s*$/: that pattern takes quadratic time on a long run of spaces.
  return parseAmount(end.slice(0, -1).trimEnd());
}

/** True when the cell holds text (not only whitespace). */
export function hasText(text: string | undefined): text is string {
  return text !== undefined && text.trim() !== '';
}
