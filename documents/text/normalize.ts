/**
 * Cleans what text extraction leaves behind (HTML tags, LaTeX debris, Kangxi radicals, full-width
 * digits and operators, >= / <= for ≥ / ≤, thousands separators, numbers split by a space,
 * traditional characters, pinyin glosses) while keeping the document's own punctuation (（）：，), so names stay as the unit
 * wrote them; label matching accepts both widths (documents/vocabulary/labels.ts).
 */
import { blankRunningHeads } from './running-heads.ts';
import { stripPinyinGlosses, toSimplified } from './traditional.ts';
import { BREADCRUMB_LINE, EMPTY_ATTACHMENT_LINE, isPageBreakLine, MAX_PAGE_CHROME_LINE_LENGTH, pageChromeMarkers } from '../vocabulary/page-chrome.ts';
import { csvToTabRows, isCsvDump } from './csv-rows.ts';
import { gridTablesToTabRows } from './grid-table.ts';
import { htmlTablesToTabRowsWithSources } from './html-table.ts';
import { markEmptyCellLines } from './empty-cell-lines.ts';
import { joinSiteChunks } from './site-chunks.ts';
import { joinSpreadWords } from './spread-words.ts';
import { wrapSeparator } from '../grid/cell-text.ts';
import { foldDashes } from './dashes.ts';
import { foldRadicals } from './radicals.ts';
import { transformKeepingColumns } from './keep-columns.ts';

const LATEX_SYMBOLS: ReadonlyArray<[RegExp, string]> = [
  [/\\geqslant|\\geq|\\ge(?![a-z])/g, '≥'],
  [/\\leqslant|\\leq|\\le(?![a-z])/g, '≤'],
  [/\\neq|\\ne(?![a-z])/g, '≠'],
  [/\\times/g, '×'],
  [/\\%/g, '%'],
  // Bounded repeats: an unclosed "{" or "<p " repeated must not make the scan quadratic.
  [/\\text\s{0,20}\{([^}]{0,200})\}/g, '$1'],
  [/\\mathrm\s{0,20}\{([^}]{0,200})\}/g, '$1'],
  [/\\[,;!]/g, ''],
];

/**
 * Full-width ASCII digits and letters (０-９, Ａ-Ｚ, ａ-ｚ), ％ and the operators ＜＝＞＋－／ to their
 * ASCII forms; a full-width point only between digits ("１２．５" → "12.5"), as "．" also numbers
 * headings.
 */
function normalizeFullWidthAlphanumerics(text: string): string {
  return text
    .replace(/[\uff10-\uff19\uff21-\uff3a\uff41-\uff5a\uff05\uff1c-\uff1e\uff0b\uff0d\uff0f]/g, (character) =>
      String.fromCharCode(character.charCodeAt(0) - 0xfee0),
    )
    .replace(/(?<=\d)\uff0e(?=\d)/g, '.');
}

/** "1,234,567.89" → "1234567.89": ASCII thousands separators inside a number (groups of three). */
const THOUSANDS = /(?<![\d.,])\d{1,3}(?:,\d{3})+(?:\.\d+)?(?![\d,])/g;
/**
 * A number that extraction split by one space in its decimals, right before a money or percent
 * unit: "968.191 8万元" → "968.1918万元". Only before a unit: elsewhere a space separates two numbers.
 * Only while the decimals stay as many as the unit is written with (money in 万元 to 元, four; a rate,
 * two): "86.40 100%" is an amount and the rate beside it (a row of single spaces), never 86.40100%.
 */
const SPLIT_DECIMALS = /(?<!\d)(\d+\.(\d+)) (\d{1,3})(?=\s?(亿元|万元|千元|元|%))/g;
const MAX_DECIMALS_BEFORE_PERCENT = 2;
const MAX_DECIMALS_BEFORE_MONEY = 4;

function joinSplitDecimals(written: string, number: string, decimals: string, rest: string, unit: string): string {
  const most = unit === '%' ? MAX_DECIMALS_BEFORE_PERCENT : MAX_DECIMALS_BEFORE_MONEY;
  return decimals.length + rest.length <= most ? `${number}${rest}` : written;
}

/**
 * A number with three decimals followed by one digit alone: its fourth decimal, wrapped by a narrow
 * cell ("612.557 6 69.9%" → "612.5576 69.9%"). Money has at most four decimals in 万元 (元
 * precision), so two digits alone after three decimals are the next cell ("89.974 10 100%": 执行数
 * then 分值, a one-line table with single spaces), never more decimals.
 */
const SPLIT_LONG_DECIMALS = /(?<![\d.])(\d+\.\d{3}) (\d)(?=\s|$)/g;

/**
 * A percent sign that extraction set apart from its number ("99.64 %", a PDF's separate text run).
 * Not after a comparison sign standing alone ("≥ 45 % 15": the sign, value and unit columns of a
 * table whose cells are single spaces apart).
 */
const SPACED_PERCENT = /(?<![≥≤=<>] )(?<![\d.])(\d+(?:\.\d+)?) %/g;
/**
 * A spaced percent sign glued to what follows it ("35.00 %845.00", a cell written "35.00 %" in a table
 * run together without separators): no unit column stands alone there, whatever comes before the
 * figure (its own glued amounts hide where the figure starts, so SPACED_PERCENT cannot see it).
 */
const GLUED_SPACED_PERCENT = /(?<=\d) %(?=[^\s%])/g;

/** Joins numbers that extraction broke: thousands separators, a space inside the decimals, a spaced %. */
export function joinNumbers(line: string): string {
  // (Cell by cell, a fixed-width line's columns kept: keep-columns.ts.)
  return transformKeepingColumns(line, joinNumbersOfCell);
}

function joinNumbersOfCell(cell: string): string {
  let result = cell;
  if (result.includes(' %')) result = result.replace(SPACED_PERCENT, '$1%').replace(GLUED_SPACED_PERCENT, '%');
  if (result.includes(',')) result = result.replace(THOUSANDS, (number) => number.replace(/,/g, ''));
  if (/\d \d/.test(result))
    result = result.replace(SPLIT_DECIMALS, joinSplitDecimals).replace(SPLIT_LONG_DECIMALS, '$1$2');
  return result;
}

/** Removes LaTeX math wrappers: `$\geq 90\%$` → `≥ 90%`. */
export function stripLatex(text: string): string {
  if (!text.includes('$') && !text.includes('\\')) return text;
  let result = text;
  for (const [pattern, replacement] of LATEX_SYMBOLS) result = result.replace(pattern, replacement);
  return result.replace(/\$/g, '');
}

/** Removes HTML tags such as `<p>` and `</p>` and decodes the common entities. */
export function stripHtml(text: string): string {
  if (!text.includes('<') && !text.includes('&')) return text;
  return text
    .replace(
      /<\/?(p|br|span|div|b|i|u|strong|em|sup|sub|td|tr|table|tbody|thead|th|html|body)(\s[^>]{0,200})?\/?>/gi,
      '',
    )
    .replace(/&nbsp;/g, ' ')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&amp;/g, '&');
}

/** Removes Word bookmarks that .docx → text converters leave inline: `[bookmark: _GoBack]` (sample 003). */
export function stripBookmarks(text: string): string {
  if (!text.includes('[bookmark')) return text;
  return text.replace(/\[bookmark:[^\]]{0,200}\]/g, '');
}

/**
 * Any character that the character mappings of normalizeLine change: one scan decides whether the
 * four replacements are needed at all (most lines have none of these characters).
 */
const MAPPED_CHARACTER =
  /[\u2010-\u2012\u2015\u2212\u2e3a\f\u2e80-\u2fdf\uff10-\uff19\uff21-\uff3a\uff41-\uff5a\uff05\uff1c-\uff1e\uff0b\uff0d\uff0f\u00a0\u3000\u200b\ufeff]/;

/**
 * Any character that some step of normalizeLine looks for: markup openers (`[bookmark`, `<`, `&`,
 * `$`, `\\`) and the mapped characters. A line with none of them only loses trailing spaces,
 * after one scan instead of six.
 */
const NEEDS_NORMALIZING =
  /[[<>&$\\≧≦⩾⩽\u2010-\u2012\u2015\u2212\u2e3a\f\u2e80-\u2fdf\uff10-\uff19\uff21-\uff3a\uff41-\uff5a\uff05\uff1c-\uff1e\uff0b\uff0d\uff0f\u00a0\u3000\u200b\ufeff]/;
/** A line where numbers may need joining: a comma, a space between digits or before a %. */
const MAY_SPLIT_NUMBERS = /,|\d \d|\d %/;

/**
 * What a spreadsheet converter writes for a cell it found empty: pandas (markitdown and other
 * Excel-to-Markdown tools) writes "NaN" for an empty cell and names a header column without text
 * "Unnamed: 3"; Python's own printing writes "None". Only a whole cell between separators (|, tab)
 * is blanked, never the words inside a cell.
 */
const CONVERTER_EMPTY_CELL = /(^|\||\t)[ ]*(?:NaN|nan|None|Unnamed[:：] ?\d{1,3})[ ]*(?=\||\t|$)/g;
// The colon as a page converted to full width writes it too ("Unnamed： 1"), as CONVERTER_EMPTY_CELL takes it.
const MAY_HOLD_CONVERTER_EMPTY = /NaN|nan|None|Unnamed[:：]/;

/** A converter's empty-cell placeholders blanked, the separators kept (documents/text/html-table.ts for HTML). */
export function blankConverterEmptyCells(line: string): string {
  if (!MAY_HOLD_CONVERTER_EMPTY.test(line) || !/[|\t]/.test(line)) return line;
  // A pipe cell keeps one space ("| |"), a tab cell becomes empty as a tab dump writes it.
  return line.replace(CONVERTER_EMPTY_CELL, (_cell, separator: string) => (separator === '|' ? '| ' : separator));
}

/**
 * An Excel cell's escaped characters as tools that read the file's XML without decoding it write
 * them: "年初_x000D_预算数" for a line break typed in the cell (ECMA-376 `_xHHHH_`). A break inside a
 * cell joins its lines (CJK runs on, Latin words keep a space); any other escape is its character.
 */
// Digits a page wrote full-width ("_x０００D_") count as hex digits.
const OOXML_ESCAPE = /_x([0-9A-Fa-f０-９Ａ-Ｆａ-ｆ]{4})_/g;

export function decodeSpreadsheetEscapes(line: string): string {
  if (!line.includes('_x')) return line;
  // (Cell by cell, a fixed-width line's columns kept: keep-columns.ts.)
  return transformKeepingColumns(line, decodeEscapesOfCell);
}

function decodeEscapesOfCell(line: string): string {
  if (!line.includes('_x')) return line;
  return line.replace(OOXML_ESCAPE, (_escape, hex: string, offset: number, text: string) => {
    const code = Number.parseInt(hex.normalize('NFKC'), 16);
    if (code !== 0x0d && code !== 0x0a) return code === 0x09 ? ' ' : String.fromCharCode(code);
    const before = text.slice(0, offset);
    const after = text.slice(offset + 7).replace(/_x[0-9A-Fa-f０-９Ａ-Ｆａ-ｆ]{4}_/g, '');
    return wrapSeparator(before, after);
  });
}

/** Normalises one line of extracted text; tabs (cell separators) are kept. */
export function normalizeLine(line: string): string {
  // After the spaces and digits are mapped, so "| NaN |" with no-break spaces is found too.
  return blankConverterEmptyCells(mapLine(decodeSpreadsheetEscapes(line)));
}

/** The character mappings and number joins of one line. */
function mapLine(line: string): string {
  if (!NEEDS_NORMALIZING.test(line)) return trimTrailingSpaces(MAY_SPLIT_NUMBERS.test(line) ? joinNumbers(line) : line);
  const stripped = stripLatex(stripHtml(stripBookmarks(line)));
  const mapped = !MAPPED_CHARACTER.test(stripped)
    ? stripped
    : // (Cell by cell: a full-width figure is half as wide once folded, and the columns after it stay put.)
      transformKeepingColumns(stripped, (cell) => foldDashes(normalizeFullWidthAlphanumerics(foldRadicals(cell))))
        .replace(/\u00a0|\u3000/g, ' ')
        // pdftotext's form feed between pages: the page break itself, no text.
        .replace(/\u200b|\ufeff|\f/g, '');
  // After the mapping, so "＞＝" is found too.
  const normalized = transformKeepingColumns(mapped, writeComparisonSigns);
  // Numbers are joined once, on the final text: joining twice is not idempotent ("876.557 6 100%"
  // → "876.5576 100%" → "876.5576100%"), and full-width digits are ASCII only now.
  return trimTrailingSpaces(MAY_SPLIT_NUMBERS.test(normalized) ? joinNumbers(normalized) : normalized);
}

/**
 * ">=" / "<=" and the other forms of ≥ / ≤ (≧ ⩾ ≦ ⩽), as tables typed in Excel or copied from
 * HTML write them, become ≥ / ≤: value grammars, unit joins and run-together rows look for those.
 */
function writeComparisonSigns(text: string): string {
  if (!/[<>≧≦⩾⩽]/.test(text)) return text;
  return text.replace(/>=|[≧⩾]/g, '≥').replace(/<=|[≦⩽]/g, '≤');
}

/** Drops trailing spaces but keeps trailing tabs (empty cells); a loop, as /[ ]+$/ is quadratic on long runs of spaces. */
function trimTrailingSpaces(line: string): string {
  let end = line.length;
  while (end > 0 && line.charCodeAt(end - 1) === 32) end -= 1;
  return end === line.length ? line : line.slice(0, end);
}

/**
 * The lines of a text dump, normalised, with `\r\n` and `\r` treated as line ends. Traditional
 * characters and pinyin glosses are handled once for the whole text.
 */
export function splitLines(text: string): string[] {
  return splitLinesWithSources(text).lines;
}

/**
 * splitLines, and the 1-based line of the text each line came from: every step keeps its lines but
 * an HTML table written on one line, which becomes a line per row (html-table.ts); and the lines a form
 * feed opened (a PDF's pages after the first, as pdftotext writes them).
 */
export function splitLinesWithSources(text: string): { lines: string[]; sourceLines: number[]; pageStarts: number[] } {
  const unified = text.includes('\r') ? text.replace(/\r\n?/g, '\n') : text;
  // A spreadsheet saved as CSV becomes tab rows before numbers are joined across its commas.
  const csv = isCsvDump(unified);
  const html = csv ? null : htmlTablesToTabRowsWithSources(unified);
  const rows = html?.text ?? csvToTabRows(unified);
  const years = rows.includes('〇') ? writeYearsInDigits(rows) : rows;
  // A converter's grid table (+---+ rules, cells wrapped over lines) becomes tab rows, line for line.
  const raw = gridTablesToTabRows(toSimplified(stripPinyinGlosses(years)).split('\n'));
  // A document site's numbered chunks ("1、…" "2、…" cut mid-row) are one text again.
  const lines = joinSiteChunks(markEmptyCellLines(raw, raw.map(normalizeLine).map(joinSpreadWords).map(blankPageChrome)));
  const sourceLines = html !== null && html.sourceLines.length === lines.length ? html.sourceLines : lines.map((_, index) => index + 1);
  // pdftotext's form feed opens each page after the first: normalising blanks it, so the pages are named here.
  const pageStarts = raw.flatMap((line, index) => (index > 0 && line.startsWith('\f') ? [index] : []));
  return { lines: blankRunningHeads(lines, pageStarts), sourceLines, pageStarts };
}

/**
 * A web page's navigation or footer line, or a printed page's number on a line of its own, becomes
 * blank (kept as a line, so line numbers hold).
 */
export function blankPageChrome(line: string): string {
  if (line.length > MAX_PAGE_CHROME_LINE_LENGTH * 2) return line;
  if (isPageBreakLine(line)) return '';
  const written = line.replace(/\s+/g, '');
  if (written.length > MAX_PAGE_CHROME_LINE_LENGTH) return line;
  return pageChromeMarkers.some((marker) => written.includes(marker)) || BREADCRUMB_LINE.test(line) || EMPTY_ATTACHMENT_LINE.test(line) ? '' : line;
}

const CHINESE_DIGITS = '〇一二三四五六七八九';
/**
 * A year written in Chinese numerals, as official documents do: "二〇二三年度", also the first year of a
 * range that writes 年 only after the last ("二〇二一至二〇二三年", "二〇二一—二〇二三年度").
 */
const CHINESE_YEAR = /(?:二〇|一九)[〇一二三四五六七八九]{2}(?=年|\s*[-—–~～至到]{1,2}\s*(?:二〇|一九)[〇一二三四五六七八九]{2}年)/g;

/** "二〇二三年" → "2023年": readers find years by their digits. */
function writeYearsInDigits(text: string): string {
  return text.replace(CHINESE_YEAR, (year) =>
    [...year].map((digit) => CHINESE_DIGITS.indexOf(digit)).join(''),
  );
}

const WHITESPACE = /\s/;
const WHITESPACE_RUNS = /\s+/g;

/** Removes every whitespace character: for matching labels written as "预 算 申 请". */
export function compact(text: string): string {
  // Readers call this for nearly every cell, most of which have no whitespace: test before replacing.
  return WHITESPACE.test(text) ? text.replace(WHITESPACE_RUNS, '') : text;
}
