/**
 * A monitoring table a document site gave as the whole document on one line, its non-empty cells
 * separated by single spaces: read as a dump with one cell per line, which the monitoring reader
 * already reads (rows cut by the header's width, blank merged cells leaving no cell).
 */

import { spacelessStreamDetector } from '../grid/detectors/spaceless-stream.ts';
import { rowTexts } from '../grid/grid.ts';
import { readHeaderPairs } from '../text/header-pairs.ts';
import { matchBudgetColumn, tableTitle } from './vocabulary.ts';

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

/**
 * A monitoring table a document site gave with no separator at all ("…年度指标值1-6月实际完成值完成目标
 * 可能性…产出指标数量指标改造管网长度≥36公里14公里确定能…"): its indicator rows cut by the spaceless
 * stream grammar every table kind shares (grid/detectors/spaceless-stream.ts), as tab rows; the text
 * before the header stays one line. Null when no line is such a stream.
 */
export function spacelessStreamRows(lines: readonly string[]): string[] | null {
  const rows = spacelessStreamDetector.readRows(lines);
  if (rows.length === 0) return null;
  return rows.flatMap((row) => {
    const texts = rowTexts(row);
    return texts.length === 1 ? cutRunTogetherHead(texts[0] ?? '') : [texts.join('\t')];
  });
}

/**
 * The budget column word at `at` (年初预算数, 1-6月执行数, 执行率 …): the shortest that ends a word (数, 率,
 * 额, 进度) and names a column, since the column patterns match anywhere inside a longer text.
 */
const LONGEST_BUDGET_WORD = 10;
function budgetWordAt(text: string, at: number): string | undefined {
  for (let end = at + 2; end <= Math.min(text.length, at + LONGEST_BUDGET_WORD); end += 1) {
    const word = text.slice(at, end);
    if (/(?:数|率|额|进度)$/.test(word) && matchBudgetColumn(word) !== null) return word;
  }
  return undefined;
}

/** Amounts written with two decimals (or a rate) glued together: "860.00860.00301.0035.00%845.00". */
const GLUED_AMOUNT = /\d{1,12}\.\d{2}%?/g;

/**
 * The text before a spaceless stream's indicator header, cut into the lines a dump would have: the
 * title, the header pairs as "label⇥value" (run-together labels, text/header-pairs.ts), and the funds
 * block as its header words and one row whose glued amounts are cut at their two decimals. A head the
 * cut does not explain stays one line.
 */
function cutRunTogetherHead(text: string): string[] {
  const pairs = readHeaderPairs([text], 1).filter((pair) => pair.value !== null && pair.field !== 'ignored' && pair.field !== 'year');
  const firstLabel = pairs.length > 0 ? text.indexOf(pairs[0]?.label ?? '') : -1;
  const lines: string[] = [firstLabel > 0 ? text.slice(0, firstLabel) : text];
  if (firstLabel <= 0) return lines;
  for (const pair of pairs) lines.push(`${pair.label}\t${pair.value ?? ''}`);
  // The funds header: its column words one after another, then a row label and the glued amounts.
  let at = text.search(/年初预算数|年初预算|全年预算数/);
  if (at < 0) return lines;
  const words: string[] = [];
  for (let word = budgetWordAt(text, at); word !== undefined; word = budgetWordAt(text, at)) {
    words.push(word);
    at += word.length;
  }
  const row = /^(\D{2,12}?)((?:\d{1,12}\.\d{2}%?){1,20})/.exec(text.slice(at));
  const amounts = row?.[2]?.match(GLUED_AMOUNT) ?? [];
  if (words.length < 2 || !row || amounts.length !== words.length) return lines;
  lines.push(['资金（万元）', ...words].join('\t'), [row[1] ?? '', ...amounts].join('\t'));
  return lines;
}
