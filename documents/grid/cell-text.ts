/**
 * Cell text as extraction leaves it: names broken over lines and split by spaces ("男性家族 排查系统
 * 建设"), values with a line break inside ("少于 7 个工作 日"). A table cell never separates Chinese
 * words by spaces, so a space between two ideographs is debris; spaces beside Latin text and
 * numbers stay.
 */
import { CORE_INDICATOR_MARK } from '../vocabulary/columns.ts';

const LATIN_OR_DIGIT = /[A-Za-z0-9.%+-]/;
const IDEOGRAPH = /[\u3400-\u9fff\uf900-\ufaff“”‘’（）《》、，：；]/;

/** Display width of text: CJK and full-width characters take two columns in a fixed-width dump. */
export function displayWidth(text: string): number {
  let width = 0;
  for (const character of text) width += /[\u1100-\u115f\u2e80-\ua4cf\uac00-\ud7a3\uf900-\ufaff\ufe30-\ufe4f\uff00-\uff60\uffe0-\uffe6]/.test(character) ? 2 : 1;
  return width;
}

/**
 * What stands between two pieces of one text a dump or a page broke over lines (a wrapped cell, a
 * cell's second paragraph, a line break typed in a spreadsheet, a paragraph wrapped at the margin):
 * one space only where the break stood between two Latin words, nothing everywhere else. Chinese
 * text (ideographs, full-width forms and punctuation, curly quotes) runs on, and so does everything
 * next to it; a number runs on through its point or comma ("1207." / "25", "1," / "207"); closing
 * punctuation and "%" never open a word ("95" / "%"), an opening bracket or a sign never ends one
 * ("(" / "2022)", "≥" / "95%", "2024-" / "2025年"). Between Latin words: "ISO" / "9001", "95%" / "and",
 * "done." / "Next", "GB 5749" / "(2022)".
 */
export function wrapSeparator(before: string, after: string): '' | ' ' {
  const last = before.at(-1);
  if (last === undefined || !LATIN_WORD_START.test(after)) return '';
  if (LATIN_LETTER_OR_DIGIT.test(last) || LATIN_WORD_CLOSE.test(last)) return ' ';
  if (!LATIN_PUNCTUATION.test(last)) return '';
  // A point or comma between two digits is inside a number.
  return /\d/.test(before.at(-2) ?? '') && /^\d/.test(after) ? '' : ' ';
}

const LATIN_LETTER_OR_DIGIT = /[A-Za-z0-9]/;
/** What a Latin word may open with: a letter or digit, or an opening bracket before one. */
const LATIN_WORD_START = /^[([]?[A-Za-z0-9]/;
/** What may close a Latin word: a closing bracket, a percent sign, a closing straight quote. */
const LATIN_WORD_CLOSE = /[)\]%'"]/;
/** Punctuation after a Latin word, before a space; between digits it is a number's own. */
const LATIN_PUNCTUATION = /[.,;:!?]/;

/** The pieces of one text joined with wrapSeparator between each two. */
export function joinWrappedPieces(pieces: readonly string[]): string {
  return pieces.reduce((joined, piece) => `${joined}${wrapSeparator(joined, piece)}${piece}`, '');
}

/**
 * The lines of one cell as one line (“反恐特警中队 / 人员经费”运行经费 is one name, "DNA /
 * collection" two words): each line trimmed, empty lines dropped, a tab inside a line a space, the
 * lines joined by wrapSeparator.
 */
export function joinCellLines(text: string): string {
  if (!/[\n\r]/.test(text)) return text.replace(/\t/g, ' ').trim();
  return joinWrappedPieces(
    text
      .split(/\r?\n|\r/)
      .map((part) => part.replace(/\t/g, ' ').trim())
      .filter((part) => part !== ''),
  );
}

/** Joins name fragments and removes the spaces extraction put inside them. */
export function joinName(fragments: readonly string[]): string {
  const text = fragments
    .map((fragment) => fragment.trim())
    .filter((fragment) => fragment !== '')
    .join(' ');
  if (!/\s/.test(text)) return text;
  return text.replace(/\s+/g, (space, offset: number) => {
    const before = text[offset - 1] ?? '';
    const after = text[offset + space.length] ?? '';
    return LATIN_OR_DIGIT.test(before) && LATIN_OR_DIGIT.test(after) ? ' ' : '';
  });
}

/** Joins value fragments: whitespace runs become one space, a space between ideographs goes. */
export function joinValue(fragments: readonly string[]): string {
  const text = fragments
    .map((fragment) => fragment.trim())
    .filter((fragment) => fragment !== '')
    .join(' ')
    .replace(/\s+/g, ' ');
  return text.replace(/ /g, (space, offset: number) => {
    const before = text[offset - 1] ?? '';
    const after = text[offset + 1] ?? '';
    return IDEOGRAPH.test(before) && IDEOGRAPH.test(after) ? '' : space;
  });
}

/**
 * "指标1:" / "指标 12：" written before a name in project tables, or a list number "1." / "2、" /
 * "（3）" (the older 申报表 numbers its 三级 names); never the start of a number ("1.5万亩").
 */
export const NUMBERED_NAME = /^(?:指标\s*\d{1,4}\s*[:：.、]|\d{1,2}\s*[.、．](?!\d)|[（(]\d{1,2}[)）])\s*/;

/**
 * A name without the core mark a template stars it with ("★补贴发放准确率"), and whether it had one
 * (true: a core indicator; null: the name does not say).
 */
export function withoutCoreMark(name: string): { name: string; isCore: true | null } {
  const bare = name.replace(CORE_INDICATOR_MARK, '');
  return { name: bare, isCore: bare === name ? null : true };
}

/**
 * A name cell that also writes the indicator's value after it ("缴存人数≥42人", under a 三级指标及指标值
 * heading, or in a table that has no value column): the value is what follows the last comparison sign
 * when a figure and at most a short unit follow it, and a name stands before it. Only signs: a word such
 * as 达到 or 不少于 also opens names ("达到标准的学校数"). Null when the cell is a name alone.
 */
export function splitNameAndValue(cell: string): { name: string; value: string } | null {
  const match = NAME_THEN_VALUE.exec(cell.trim());
  if (!match) return null;
  const name = (match[1] ?? '').trim();
  return name.length >= MIN_NAME_LENGTH ? { name, value: (match[2] ?? '').replace(/\s+/g, '') } : null;
}

/** A name ending in an ideograph or a closing bracket, then a sign, a figure and a unit of a few characters. */
const NAME_THEN_VALUE = /^(.*[\u4e00-\u9fff）)])\s*([≥≤=<>]\s*\d[\d.,]*\s*[^\s\d≥≤=<>]{0,8})$/;
/** The shortest name a value may be split from ("率≥90%" is no indicator). */
const MIN_NAME_LENGTH = 2;

/** The template's own numbering ("指标1："), which a row's own list number may follow. */
const TEMPLATE_NUMBER = /^指标\s*\d/;

/**
 * A name without its list number. The template's empty place "指标1：" joined to the numbered name
 * of the row under it ("指标1：" / "1.考核通过率", a table that numbers its names) carries both
 * numbers: both go.
 */
export function withoutListNumber(name: string): string {
  const once = name.replace(NUMBERED_NAME, '');
  return once !== name && TEMPLATE_NUMBER.test(name) ? once.replace(NUMBERED_NAME, '') : once;
}
