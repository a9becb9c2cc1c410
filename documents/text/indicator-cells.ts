/**
 * What a single cell of an indicator table is: a goal (目标一, 职能1：安保执勤), a 一级 or 二级 name,
 * a column heading, a value, or plain text. The target-table and approval-table readers use this
 * to place rows whose cells shifted out of their columns (DOMAIN.md: tables merge cells, and
 * extraction moves cells left or right).
 */
import { impliedLevel1, matchLevel1, matchLevel2 } from './levels.ts';
import { compact } from './normalize.ts';

/** Level names are short; longer cells skip the matching (readers call this for every cell). */
const MAX_LEVEL_LENGTH = 40;
/** Every level name has one of these words; a cheap test before the full matching. */
const LEVEL_HINT = /指\s*标|满\s*意\s*度|效\s*益|影\s*响/;

function mayBeLevel(text: string): boolean {
  return text.length <= MAX_LEVEL_LENGTH && LEVEL_HINT.test(text);
}

/** The 一级 name when `text` is one (see levels.ts), with a cheap pre-test. */
export function matchLevel1Name(text: string): string | null {
  return mayBeLevel(text) ? matchLevel1(text) : null;
}

/**
 * The 二级 name when `text` is one, as written without spaces. Also accepts the 满意度 heading
 * written without "指标" ("社会公众或服务对象满意度", as in sample 000), which levels.ts does not.
 */
export function matchLevel2Name(text: string): string | null {
  if (!mayBeLevel(text)) return null;
  const direct = matchLevel2(text);
  if (direct) return direct;
  const written = compact(text);
  return written !== '' && !written.endsWith('指标') && matchLevel2(`${written}指标`) ? written : null;
}

/** The 二级 name of a cell that is not also a 一级 name ("满意度指标" is read as 一级). */
export function matchLevel2Only(text: string): string | null {
  if (!mayBeLevel(text)) return null;
  return matchLevel1(text) ? null : matchLevel2Name(text);
}

/** The 一级 that a 二级 implies, also for the forms `matchLevel2Name` accepts. */
export function impliedLevel1Of(level2: string): string | null {
  return impliedLevel1(level2) ?? impliedLevel1(`${compact(level2)}指标`);
}

/** True when the cell is a 一级 or 二级 name. */
export function isLevelName(text: string): boolean {
  if (!mayBeLevel(text)) return false;
  return matchLevel1(text) !== null || matchLevel2Name(text) !== null;
}

const GOAL_START = /^\s*(目|职|核)/;
const CHINESE_NUMERALS = '一二三四五六七八九十百零〇';
/** Compiled once: readers ask this of nearly every cell. */
const GOAL_NAME = new RegExp(`^(目标|职能|核心职能)([${CHINESE_NUMERALS}\\d]+)(?:[:：.、](.*))?$`);

/**
 * The goal a cell names, in one form for every document: "目标一" (sample 000 writes "目   标   一"),
 * "职能1：安保执勤" (sample 002 writes "职能1: 安保执勤" and "职能3：道路…": the colon becomes the
 * full-width "：" used by most rows, spaces go, the name text after it is kept as written).
 * Null when the cell is not a goal.
 */
export function matchGoalName(text: string): string | null {
  if (!GOAL_START.test(text)) return null;
  const written = compact(text);
  const match = GOAL_NAME.exec(written);
  if (!match) return null;
  const [, word = '', number = '', rest = ''] = match;
  const prefix = word === '核心职能' ? '职能' : word;
  return rest === '' ? `${prefix}${number}` : `${prefix}${number}：${rest}`;
}

/** Column headings and table titles that are not data ("一级指标", "指标值及单位", "年度绩效指标"). */
export function isTableHeading(text: string): boolean {
  if (text.length > MAX_LEVEL_LENGTH || !/[指职目度权分]/.test(text)) return false;
  const written = compact(text);
  return /^(指标|一级指标|二级指标|三级指标|指标性质|度量单位|计量单位|权重|指标权重|分值|指标值(及单位)?|年度指标值|指标值[（(].*[）)]|绩效指标|年度绩效指标|核心职能|目标|绩效目标|指标名称)$/.test(
    written,
  );
}

/**
 * True when a cell reads like a 指标值 rather than a name: an operator or comparison word first
 * ("≥90%", "不少于2次"), or a short number with a unit ("1套", "30分钟", "1000元/月人", "0起").
 * Long sentences that merely contain numbers are names.
 */
export function looksLikeValue(text: string): boolean {
  if (text.length > MAX_LEVEL_LENGTH) return false;
  const written = compact(text);
  if (written === '') return false;
  if (/^[≥≤><=＞＜≧≦]/.test(written)) return true;
  if (/^(不少于|不低于|不超过|不高于|大于|小于|少于|多于|达到|控制在|至少|低于|高于)\d/.test(written)) return true;
  return /^\d+(\.\d+)?[%‰]?[^\d，。,；;]{0,5}(以上|以内|以下)?$/.test(written) && written.length <= 12;
}
