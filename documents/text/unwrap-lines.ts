/**
 * Paragraphs of a report printed to PDF (or copied from one) come out wrapped at the page width:
 * "全年执行数为249.63" / "万元，预算执行率…". A reader that takes a label and its amount from one
 * line must see the paragraph whole. unwrapLines joins each wrapped line to the line it continues
 * and leaves an empty line in its place, so line numbers stay those of the source. A line ending in a
 * figure's label is joined to the figure opening the next line whatever the width ("自评得分" / "90 分").
 */
import { compact } from './normalize.ts';
import { reportLabelAwaitingFigure } from '../vocabulary/report-words.ts';

/** Ends a sentence or a heading: a line ending so is never continued. */
const CLOSED = /[。！？!?；;：:）)》」』”…]$/;
/** Opens a heading or an item: a line starting so continues nothing. */
const OPENS_ITEM =
  /^(?:[（(][一二三四五六七八九十\d]{1,3}[)）]|[一二三四五六七八九十]{1,3}[、.．]|\d{1,2}[、.．](?!\d)|第[一二三四五六七八九十]+部分|[①-⑳]|附件|附表)/;
/** A wrapped line is at least this share of the page's line length. */
const WRAPPED_SHARE = 0.8;
/** Fewer wrapped lines than this is no wrapped document. */
const FEWEST_WRAPPED = 3;
const SHORTEST_WRAP = 16;

function isProse(line: string): boolean {
  return line !== '' && !line.includes('\t') && !line.includes('|');
}

/** The width a page wraps at: the length most prose lines reach (their 80th percentile). */
function findWrapWidth(lines: readonly string[]): number {
  const lengths = lines
    .filter(isProse)
    .map((line) => line.length)
    .sort((left, right) => left - right);
  return lengths[Math.floor(lengths.length * 0.8)] ?? 0;
}

/** The lines with wrapped paragraphs joined (continuations left empty); the lines as given when none wrap. */
export function unwrapLines(lines: readonly string[]): string[] {
  const compacted = lines.map((line) => compact(line));
  const width = findWrapWidth(compacted);
  const isWrapped = (line: string): boolean =>
    isProse(line) && line.length >= Math.max(SHORTEST_WRAP, width * WRAPPED_SHARE) && !CLOSED.test(line);
  const continues = (line: string | undefined): boolean =>
    line !== undefined && isProse(line) && !OPENS_ITEM.test(line);
  const wrappedCount = compacted.filter(
    (line, index) => isWrapped(line) && continues(compacted[index + 1]),
  ).length;
  if (wrappedCount < FEWEST_WRAPPED) return joinLabelsToFigures(lines);
  const result = [...lines];
  let open = -1;
  for (const [index, line] of compacted.entries()) {
    if (open >= 0 && continues(line)) {
      result[open] = `${result[open] ?? ''}${line}`;
      result[index] = '';
    } else {
      open = -1;
    }
    if (open < 0) open = isWrapped(line) ? index : -1;
    else if (!isWrapped(line)) open = -1;
  }
  return joinLabelsToFigures(result);
}

/** A figure opening a line: digits, then its unit or punctuation (no year: "2023年…" opens a sentence). */
const OPENS_WITH_FIGURE = /^\d+(?:\.\d+)?(?![\d.]|年)/;

/** Each prose line ending in a figure's label joined with the next line when that opens with the figure. */
function joinLabelsToFigures(lines: readonly string[]): string[] {
  const result = [...lines];
  for (let index = 0; index + 1 < result.length; index++) {
    const line = compact(result[index] ?? '');
    const next = compact(result[index + 1] ?? '');
    if (!isProse(line) || !isProse(next) || !reportLabelAwaitingFigure.test(line)) continue;
    if (!OPENS_WITH_FIGURE.test(next) || OPENS_ITEM.test(next)) continue;
    result[index] = `${result[index] ?? ''}${next}`;
    result[index + 1] = '';
  }
  return result;
}
