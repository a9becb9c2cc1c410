/**
 * A paragraph's lines as one line again. A PDF keeps no paragraphs: Word breaks a paragraph at the
 * page's right margin, and a figure is cut from its unit ("基本支出5105.15" / "万元，其中…"), a
 * sentence from its end. A report read from a .docx has its paragraphs whole; from a PDF the text
 * readers saw the pieces. A line that reaches the right margin of the page's text goes on in the
 * next line when that one starts at the left margin (a paragraph's first line is indented, a
 * centred title starts elsewhere) and opens no heading or list item ("二、", "（三）", "2、", "附件").
 */

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

const isCjk = (character: string | undefined): boolean =>
  character !== undefined && /[\u2e80-\u9fff\uff00-\uffef\u3000-\u303f]/u.test(character);

/** The margins of a page's prose: the leftmost start and the rightmost end of its one-cell lines. */
export function findMargins(lines: readonly ArrangedLine[]): { left: number; right: number } | null {
  const prose = lines.filter((line) => line.cellCount === 1 && line.text.trim() !== '');
  if (prose.length < MIN_LINES_AT_MARGIN + 1) return null;
  const right = prose.reduce((edge, line) => Math.max(edge, line.right), -Infinity);
  const left = prose.reduce((edge, line) => Math.min(edge, line.left), Infinity);
  const atRight = prose.filter((line) => right - line.right <= line.height * MARGIN_TOLERANCE).length;
  return atRight >= MIN_LINES_AT_MARGIN ? { left, right } : null;
}

/**
 * Lines of a page with every paragraph's wrapped lines joined into one (lines of several cells stay
 * as they are); `margins` are the whole page's when the lines are a part of it (text between tables).
 */
export function joinWrappedLines(lines: readonly ArrangedLine[], margins = findMargins(lines)): string[] {
  if (!margins) return lines.map((line) => line.text);
  const joined: string[] = [];
  let previous: ArrangedLine | null = null;
  for (const line of lines) {
    const goesOn =
      previous !== null &&
      previous.cellCount === 1 &&
      line.cellCount === 1 &&
      margins.right - previous.right <= previous.height * MARGIN_TOLERANCE &&
      line.left - margins.left <= line.height * 0.5 &&
      !OPENING.test(line.text);
    if (goesOn && joined.length > 0) {
      const before = joined.at(-1)!;
      joined[joined.length - 1] =
        isCjk(before.at(-1)) || isCjk(line.text.trimStart()[0])
          ? `${before}${line.text.trimStart()}`
          : `${before} ${line.text.trimStart()}`;
    } else joined.push(line.text);
    previous = line;
  }
  return joined;
}
