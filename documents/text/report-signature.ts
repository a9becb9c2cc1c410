/**
 * The unit that signs a report at its end ("某县农业技术推广中心" over "2024年3月15日"): many
 * published reports name the unit only there, their title being "2023年度项目支出绩效自评报告".
 */
import { unitNameEndings } from '../vocabulary/report-words.ts';
import { compact } from './normalize.ts';

/** How many non-blank lines at the end may hold the signature (name, date, page number). */
const CLOSING_LINES = 4;
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

/** The signing unit of a report, or null when its last lines hold none. */
export function findSignatureUnit(lines: readonly string[]): string | null {
  let seen = 0;
  for (let index = lines.length - 1; index >= 0 && seen < CLOSING_LINES; index--) {
    const text = compact(lines[index] ?? '').replace(STAMP, '');
    if (text === '') continue;
    seen += 1;
    if (DATE_LINE.test(text) || PAGE_LINE.test(text)) continue;
    return UNIT_NAME.test(text) ? text : null;
  }
  return null;
}
