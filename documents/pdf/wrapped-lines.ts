/**
 * A paragraph's lines as one line again. A PDF keeps no paragraphs: Word breaks a paragraph at the
 * page's right margin, and a figure is cut from its unit ("基本支出5105.15" / "万元，其中…"), a
 * sentence from its end. A report read from a .docx has its paragraphs whole; from a PDF the text
 * readers saw the pieces. A line that reaches the right margin of the page's text goes on in the
 * next line when that one starts at the left margin (a paragraph's first line is indented, a
 * centred title starts elsewhere) and opens no heading or list item ("二、", "（三）", "2、", "附件").
 * A paragraph the page's foot cuts goes on at the head of the next page the same way, past the
 * page's number (createProseWriter).
 */
import { isPageBreakLine } from '../vocabulary/page-chrome.ts';
import { wrapSeparator } from '../grid/cell-text.ts';
import { isCjk } from '../xlsx/grid-to-text.ts';

export interface ArrangedLine {
  text: string;
  left: number;
  right: number;
  height: number;
  /** Cells of the line (a gap of a character or more parts them): only one-cell lines are prose. */
  cellCount: number;
}

/** Lines within this many character heights of a margin are at it: a ragged right edge ends a line up to two characters short (a mark that may not open a line takes the character before it along). */
const MARGIN_TOLERANCE = 2.5;
/** A page's right margin must be reached by this many lines: one long line makes no paragraph. */
const MIN_LINES_AT_MARGIN = 2;

/** A heading or list item's opening: the line starts something of its own. */
const OPENING =
  /^\s*(?:[一二三四五六七八九十百]+[、.．]|[（(][一二三四五六七八九十\d]{1,3}[)）]|\d{1,3}[、.．)）](?!\d)|第[一二三四五六七八九十\d]+[部章节条项]|附[件表]|[①②③④⑤⑥⑦⑧⑨⑩])/u;

/** The margins of a page's prose: the leftmost start and the rightmost end of its one-cell lines. */
export function findMargins(lines: readonly ArrangedLine[]): { left: number; right: number } | null {
  const prose = lines.filter((line) => line.cellCount === 1 && line.text.trim() !== '');
  if (prose.length < MIN_LINES_AT_MARGIN + 1) return null;
  const right = prose.reduce((edge, line) => Math.max(edge, line.right), -Infinity);
  const left = prose.reduce((edge, line) => Math.min(edge, line.left), Infinity);
  const atRight = prose.filter((line) => right - line.right <= line.height * MARGIN_TOLERANCE).length;
  return atRight >= MIN_LINES_AT_MARGIN ? { left, right } : null;
}

type Margins = { left: number; right: number };

/** A page's number at its foot or head ("- 3 -", "第3页 共9页", or a bare "3"): not the paragraph's. */
const isPageMark = (line: ArrangedLine): boolean => isPageBreakLine(line.text) || /^\s*\d{1,3}\s*$/.test(line.text);

/**
 * About how wide the next line's opening number or Latin word is, with the character it is tied to
 * ("1207.25万元", "第6项"): a line is not broken inside one, so the line above ends that much short of
 * the margin when it did not fit (a digit is about half a character of CJK text, a little more allowed).
 */
function leadingRunWidth(line: ArrangedLine): number {
  const run = /^\s*([^\s0-9A-Za-z]?[0-9A-Za-z.,%‰+-]+)/.exec(line.text)?.[1] ?? '';
  let width = 0;
  for (const character of run) width += line.height * (isCjk(character) ? 1 : 0.6);
  return width;
}

/** The line ends at the right margin, or short of it by the next line's opening number: its paragraph may go on in `next`. */
const reachesRight = (line: ArrangedLine, margins: Margins, next: ArrangedLine): boolean =>
  line.cellCount === 1 && margins.right - line.right <= line.height * MARGIN_TOLERANCE + leadingRunWidth(next);

/** The line starts at the left margin and opens nothing of its own: it may go on with the paragraph above. */
const goesOnFromLeft = (line: ArrangedLine, margins: Margins): boolean =>
  line.cellCount === 1 && line.left - margins.left <= line.height * 0.5 && !OPENING.test(line.text) && !isPageMark(line);

/** Two pieces of a paragraph as one: a space only between Latin words. */
const glue = (before: string, rest: string): string => {
  const after = rest.trimStart();
  return `${before}${wrapSeparator(before, after)}${after}`;
};

/**
 * Lines of a page with every paragraph's wrapped lines joined into one (lines of several cells stay
 * as they are); `margins` are the whole page's when the lines are a part of it (text between tables).
 */
export function joinWrappedLines(lines: readonly ArrangedLine[], margins = findMargins(lines)): string[] {
  if (!margins) return lines.map((line) => line.text);
  const joined: string[] = [];
  let previous: ArrangedLine | null = null;
  for (const line of lines) {
    if (previous !== null && joined.length > 0 && reachesRight(previous, margins, line) && goesOnFromLeft(line, margins))
      joined[joined.length - 1] = glue(joined.at(-1)!, line.text);
    else joined.push(line.text);
    previous = line;
  }
  return joined;
}

/**
 * The prose of one page, or of the stretch of it between its tables, for createProseWriter:
 * whether it is the page's first stretch (nothing of the page written before it) and last.
 */
export interface ProseStretch {
  lines: readonly ArrangedLine[];
  margins: Margins | null;
  isPageStart: boolean;
  isPageEnd: boolean;
}

/**
 * Writes stretches of pages' prose into `output` as joinWrappedLines does, and joins a paragraph the
 * page's foot cut (its last line at the right margin, maybe a page number below it) with its rest
 * at the head of the next page (the first line, past a page number, at the left margin and opening
 * nothing). The rest is written in the paragraph's place; the page number and the blank line
 * between pages stay after it. Returns the writer of the next stretch.
 */
export function createProseWriter(output: string[]): (stretch: ProseStretch) => void {
  /** The last line above the last page's number, where its paragraph stands in `output`, and that page's margins; null when none may go on. */
  let open: { index: number; line: ArrangedLine; margins: Margins } | null = null;
  /** The last page's margins: a page of a few lines (a report's last) shows none of its own. */
  let lastMargins: Margins | null = null;
  return ({ lines, margins, isPageStart, isPageEnd }) => {
    const texts = lines.filter((line) => line.text.trim() !== '');
    // The page's number at its head, and the line after it.
    let start = 0;
    while (start < texts.length && isPageMark(texts[start]!)) start += 1;
    const headMargins = margins ?? lastMargins;
    const first = texts[start];
    const goesOn =
      open !== null && isPageStart && headMargins !== null && first !== undefined &&
      reachesRight(open.line, open.margins, first) && goesOnFromLeft(first, headMargins);
    if (margins) lastMargins = margins;
    const joined = joinWrappedLines(texts.slice(goesOn ? start : 0), margins);
    let glued: number | null = null;
    if (goesOn) {
      glued = open!.index;
      output[glued] = glue(output[glued]!, joined.shift()!);
      for (const line of texts.slice(0, start)) output.push(line.text);
    }
    if (isPageStart || texts.length > 0) open = null;
    output.push(...joined);
    if (!isPageEnd || !margins) return;
    // The last line above the page's number at its foot; each line after it is one written line.
    let end = texts.length - 1;
    while (end >= 0 && isPageMark(texts[end]!)) end -= 1;
    if (end < 0 || texts[end]!.cellCount !== 1) return;
    const after = texts.length - 1 - end;
    // Its paragraph is the one glued above when nothing else of the page was written before the marks.
    open = { index: glued !== null && joined.length === after ? glued : output.length - 1 - after, line: texts[end]!, margins };
  };
}
