/**
 * What a single cell of an indicator table reads as: a value (≥90%, 不少于2次, 30分钟), a plain
 * number (分值, 得分), a table end (总分, 审核意见) or text. Detectors score their rows with these
 * questions and the reader places shifted cells with them.
 */
import { trimTrailing } from '../../core/trim-characters.ts';
import { UNITS_BY_FIRST_CHARACTER } from '../../core/indicator-value/vocabulary.ts';
import { parseAmount } from '../text/amounts.ts';
import { executionRateRowWords, subtotalWords, tableEndDate, tableEndEndings, tableEndLabels, tableEndOutlineNumber, tableEndWords, totalsWords } from '../vocabulary/columns.ts';
import { LEVEL_WEIGHT_NOTE } from '../vocabulary/levels.ts';

/** Values are short; longer cells are names or sentences. */
const MAX_VALUE_LENGTH = 40;
export const OPERATOR_START = /^([≥≤><=＞＜≧≦]|不少于|不低于|不超过|不高于|大于|小于|少于|多于|达到|控制在|至少|低于|高于|下降|上升|增长|减少|提高|降低)/;

/** A list number and a name of two ideographs at least: a numbered name, never a value ("1.5万元" has a digit after its point). */
const LISTED_NAME = /^\d{1,2}[.、．]\p{Script=Han}{2}/u;

/** True when a cell reads like a 指标值 rather than a name. */
export function looksLikeValue(text: string): boolean {
  if (text.length > MAX_VALUE_LENGTH) return false;
  const written = text.replace(/\s+/g, '');
  if (written === '') return false;
  if (OPERATOR_START.test(written) && /\d/.test(written)) return true;
  if (/^[≥≤><=＞＜≧≦]/.test(written)) return true;
  // A list number before a name ("1.执行规范性", "2、预算执行率") is no figure with a unit.
  if (LISTED_NAME.test(written)) return false;
  return /^\d+(\.\d+)?[%‰]?[^\d，。,；;]{0,6}(以上|以内|以下)?$/.test(written) && written.length <= 14;
}

/** A 时效 indicator's date or deadline: "2024年9月", "2024年10月前", "2024年底前", "2025年3月15日". */
const DATE_VALUE = /^\d{4}年(?:\d{1,2}月(?:\d{1,2}日)?|底|末)[^\d，。,；;]{0,4}$/;
/**
 * A 时效 indicator's period in dotted dates ("2024.03-2024.12", "2023.7—2024.1", "2024/03/01-2024/12/31": a Hunan city's 申报表,
 * twenty-second study): from one month to another.
 */
const PERIOD_VALUE = /^(?:19|20)\d{2}[./]\d{1,2}(?:[./]\d{1,2})?[-—–~～至](?:19|20)\d{2}[./]\d{1,2}(?:[./]\d{1,2})?$/;

/**
 * True when a cell is a date or a deadline, the value of a 时效 indicator. A date alone may also be the day the
 * form was signed (isTableEnd): readers that meet one where a row's value could stand decide by what follows.
 */
export function isDateValue(text: string): boolean {
  const written = text.replace(/\s+/g, '');
  return DATE_VALUE.test(written) || PERIOD_VALUE.test(written);
}

/**
 * The common wordings of a qualitative 指标值 or 完成值 (健全, 达到预期, 持续提升, 按时完成, 满意):
 * short, and never an indicator's name, which says what is measured (…率, …数量, …满意度).
 * Placing the cells of a row whose blank cells left no trace uses it (typed-fit.ts).
 */
const QUALITATIVE_VALUE =
  /^(?:(?:基本|全部|已|均已|按时|按期|如期|及时|顺利)?(?:完成|达标|合格|满意|健全|完善|到位)|(?:达到|符合|满足|实现)(?:预期|要求|标准|规定|目标|预期目标)|(?:持续|明显|显著|有效|逐步|进一步|不断|稳步|大幅)?(?:提升|提高|改善|增强|加强|优化|完善|增长|增加|下降|降低|减少)|长远|长期|良好|较好|优良|优秀|好|优|良|是|否|有效|稳定|正常|及时|显著)$/;

/** True when the cell is one of the common qualitative value wordings. */
export function isQualitativeValue(text: string): boolean {
  const written = text.replace(/\s+/g, '');
  return written.length <= 8 && QUALITATIVE_VALUE.test(written);
}

/** `text` without one trailing 分, % or ％ and the spaces around it (not a regex: see core/trim-characters.ts). */
function withoutTrailingUnit(text: string): string {
  const trimmed = trimTrailing(text, '', { isWhitespaceTrimmed: true });
  const last = trimmed.at(-1);
  if (last !== '分' && last !== '%' && last !== '％') return text;
  return trimTrailing(trimmed.slice(0, -1), '', { isWhitespaceTrimmed: true });
}

/** The number of a 分值/得分 cell ("10 分", "100 %", "8016.0 9"), or null. */
export function parseNumberCell(text: string | undefined): string | null {
  if (text === undefined || text.trim() === '') return null;
  return parseAmount(withoutTrailingUnit(text));
}

/** True when the cell is only a number (a 分值 or 得分). */
export function isNumberCell(text: string | undefined): boolean {
  return parseNumberCell(text) !== null;
}

/** True when the cell opens the 总分 row. */
export function isTotalsCell(text: string): boolean {
  const written = text.replace(/\s+/g, '').replace(/[:：]$/, '');
  return totalsWords.includes(written);
}

/** True when the cell opens a 小计 row. */
export function isSubtotalCell(text: string): boolean {
  return subtotalWords.includes(text.replace(/\s+/g, '').replace(/[:：]$/, ''));
}

/** True when the cell names the execution-rate row ("预算执行率", "预算执行率（10分）"). */
export function isExecutionRateCell(text: string): boolean {
  const written = text.replace(/\s+/g, '').replace(LEVEL_WEIGHT_NOTE, '');
  return executionRateRowWords.includes(written);
}

/** A cell's label before its first colon ("备注：无" → 备注), or the whole cell. */
function labelBeforeColon(written: string): string {
  const colon = written.search(/[:：]/);
  return colon < 0 ? written : written.slice(0, colon);
}

/** True when the cell ends the indicator part (审核意见, signatures). */
export function isTableEnd(text: string): boolean {
  const written = text.replace(/\s+/g, '').replace(tableEndOutlineNumber, '');
  if (tableEndDate.test(written) || tableEndLabels.includes(labelBeforeColon(written))) return true;
  return written.length <= 60 && (tableEndWords.some((word) => written.startsWith(word)) || tableEndEndings.some((word) => written.replace(/[:：]$/, '').endsWith(word)));
}

/** A measure unit on its own ("场", "%", "人次", "个工作日"): core's unit vocabulary decides. */
export function isUnitWord(text: string): boolean {
  const isKnown = (part: string): boolean => UNITS_BY_FIRST_CHARACTER.get(part.charAt(0))?.includes(part) ?? false;
  // A rate unit "万元/个", "元/平方米": each side a known unit.
  const parts = text.split('/');
  return parts.length <= 2 && parts.every(isKnown);
}

/** A figure's value whose unit is not yet written or was cut ("≥120 万", "≥5600", "不少于30", "=80 元/人·"). */
const FIGURE_VALUE = /^(?:[≥≤=<>]|[\u4e00-\u9fff]{1,3}[≥≤=<>]?)?\s*\d[\d.,]*\s*(?:[\u4e00-\u9fff]|[\u4e00-\u9fff/·]{1,6}[/·])?$/;
/** A compound unit's rest after its cut ("=80 元/人·" / "月"). */
const UNIT_REST = /^[\u4e00-\u9fff]{1,3}$/;

/**
 * Whether `unit` is the unit a cell's `value` wrapped onto its next line ("≥120 万" / "亩", "≥5600" / "户"): a unit
 * alone opens no cell. A PDF's proportional font sets figures narrower than display columns count them, so such a
 * value fills its column long before its text is the column's widest.
 */
export function isWrappedUnit(value: string, unit: string): boolean {
  const written = value.trim();
  const rest = unit.trim();
  return FIGURE_VALUE.test(written) && (isUnitWord(rest) || (/[/·]$/.test(written) && UNIT_REST.test(rest)));
}
