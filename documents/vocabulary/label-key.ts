/**
 * Makes a document's label comparable with the vocabulary: no whitespace ("预 算 数"), half-width
 * brackets and colons, no trailing colon. Written once here so every reader compares alike.
 */
import { trimTrailing } from '../../core/trim-characters.ts';

const FULL_WIDTH = /[（）：]/g;
const HALF_WIDTH: Record<string, string> = { '（': '(', '）': ')', '：': ':' };
const WHITESPACE = /\s+/g;

/** A required-field mark before a label ("*部门(单位)职责"): no part of the label. */
const REQUIRED_MARK = /^[*＊★☆]+/;

/** "部门（单位）名称：" → "部门(单位)名称", "*年度总体绩效目标" → "年度总体绩效目标". */
export function labelKey(text: string): string {
  const key = text.replace(WHITESPACE, '').replace(REQUIRED_MARK, '').replace(FULL_WIDTH, (character) => HALF_WIDTH[character] ?? character);
  return trimTrailing(key, ':');
}

/** A label without bracketed notes: "全年预算数(A)" → "全年预算数", "执行率(B/A)(%)" → "执行率". */
export function bareLabelKey(text: string): string {
  return labelKey(text).replace(/\([^()]{0,12}\)/g, '');
}
