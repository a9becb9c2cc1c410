/**
 * The unit that signs a report at its end ("某县农业技术推广中心" over "2024年3月15日"): many
 * published reports name the unit only there, their title being "2023年度项目支出绩效自评报告".
 * Lines may follow the signature (an attachment list "附件：…", a page footer, a site's footer):
 * a unit's name directly over a date is a signature wherever it stands among the last lines.
 */
import { unitNameEndings } from '../vocabulary/report-words.ts';
import { compact } from './normalize.ts';

/** How many non-blank lines at the end may hold the signature (name, date, page number). */
const CLOSING_LINES = 4;
/** How many non-blank lines at the end may hold a dated signature with other lines below it. */
const DATED_SIGNATURE_REACH = 12;
const LONGEST_NAME = 30;

const DATE_LINE = /^(?:(?:19|20)\d{2}年\d{1,2}月(?:\d{1,2}日)?|(?:19|20)\d{2}[-./]\d{1,2}[-./]\d{1,2})$/;
const PAGE_LINE = /^(?:[-—]*\d{1,3}[-—]*|第\d+页.{0,10})$/;
const STAMP = /[(（]盖章[)）]$/;
const UNIT_NAME = new RegExp(
  `^[^\\d、，。；：,;:《》“”"]{2,${LONGEST_NAME}}(?:${unitNameEndings.join('|')})$`,
);

/** Whether a compacted line is just a unit's name ("某县农业技术推广中心"). */
export function isUnitName(text: string): boolean {
  return UNIT_NAME.test(text);
}

/** The last non-blank lines, compacted and without a 盖章 note, in their order. */
function closingTexts(lines: readonly string[], count: number): string[] {
  const texts: string[] = [];
  for (let index = lines.length - 1; index >= 0 && texts.length < count; index--) {
    const text = compact(lines[index] ?? '').replace(STAMP, '');
    if (text !== '') texts.unshift(text);
  }
  return texts;
}

/** The unit as the last line but dates and page numbers. */
function unitAtTheEnd(texts: readonly string[]): string | null {
  for (let index = texts.length - 1; index >= 0 && index >= texts.length - CLOSING_LINES; index--) {
    const text = texts[index] ?? '';
    if (DATE_LINE.test(text) || PAGE_LINE.test(text)) continue;
    return UNIT_NAME.test(text) ? text : null;
  }
  return null;
}

/** The last unit's name written directly over a date, whatever lines follow the date. */
function unitOverDate(texts: readonly string[]): string | null {
  for (let index = texts.length - 1; index >= 1; index--) {
    const above = texts[index - 1] ?? '';
    if (DATE_LINE.test(texts[index] ?? '') && UNIT_NAME.test(above)) return above;
  }
  return null;
}

/** The signing unit of a report, or null when its last lines hold none. */
export function findSignatureUnit(lines: readonly string[]): string | null {
  const texts = closingTexts(lines, DATED_SIGNATURE_REACH);
  return unitAtTheEnd(texts) ?? unitOverDate(texts);
}

/**
 * How many of a section's last lines are the report's signature: a date, and the unit's name (with or
 * without its 盖章 note) over it; 0 when the section does not end with a date.
 */
export function countSignatureLines(lines: readonly string[]): number {
  const last = compact(lines.at(-1) ?? '');
  if (!DATE_LINE.test(last)) return 0;
  const above = compact(lines.at(-2) ?? '').replace(STAMP, '');
  return UNIT_NAME.test(above) ? 2 : 1;
}
