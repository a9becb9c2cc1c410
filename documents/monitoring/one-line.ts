/**
 * A monitoring table a document site gave as the whole document on one line, its non-empty cells
 * separated by single spaces: read as a dump with one cell per line, which the monitoring reader
 * already reads (rows cut by the header's width, blank merged cells leaving no cell).
 */

import { tableTitle } from './vocabulary.ts';

/** "（2024年度）" after the title word. */
const BRACKETED_YEAR = /^[（(]\s*(?:19|20)\d{2}\s*年度?\s*[)）]$/;
/** A line this long with no cell separator is a whole table run together, not a title or a sentence. */
const MIN_ONE_LINE_LENGTH = 200;
/** The words of a table's header that must stand inside the line (the indicator header). */
const INDICATOR_HEADER = /(?:^|\s)一级指标\s+二级指标\s+三级指标\s/;

/** The line's cells one per line, when the text is one such line; else null. */
export function oneLineCells(lines: readonly string[]): string[] | null {
  const filled = lines.filter((line) => line.trim() !== '');
  if (filled.length !== 1) return null;
  const line = filled[0] as string;
  if (line.length < MIN_ONE_LINE_LENGTH || /\t|\||\S\s{2,}\S/.test(line.trim()) || !INDICATOR_HEADER.test(line)) return null;
  const words = line.trim().split(' ');
  // The title and its year stay one line (the title lines are where the year is looked for): a file's
  // metadata before it ("admin 12.00 False …") would push a lone title word out of them.
  const title = words.findIndex((word) => tableTitle.test(word));
  if (title < 0) return words;
  const end = title + (BRACKETED_YEAR.test(words[title + 1] ?? '') ? 2 : 1);
  return [words.slice(0, end).join(' '), ...words.slice(end)];
}
