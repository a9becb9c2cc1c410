/**
 * Goal cells of an indicator table, in one form for every document: "目标一" (sample 000 writes
 * "目   标   一"), "职能1：安保执勤" (colon made full-width, spaces gone, the name kept), "核心职能2",
 * "年度绩效目标1（40分）" (the weight note stays in the name as written).
 */

const GOAL_NAME =
  /^(目标|职能|核心职能|年度绩效目标|绩效目标|年度目标)([一二三四五六七八九十百零〇]{1,4}|\d{1,3})(?:[:：.、．](.*))?$/;
/** 项目 before a goal label of the year: "项目年度目标1", "项目绩效目标2". */
const PROJECT_GOAL_LABEL = /^项目(?:年度绩效目标|年度目标|绩效目标)(?:[一二三四五六七八九十]|\d)/;
const GOAL_WEIGHT = /^([（(]\s*\d+(?:\.\d+)?\s*(?:分\s*)?[）)])(.*)$/;

/** The goal a cell names, or null when the cell is not a goal. */
export function matchGoalName(text: string): string | null {
  if (text.length > 200) return null;
  // "项目年度目标1：…" (a Hubei county's 自评表 heads each goal's table so): the goal label after 项目.
  const spaced = text.replace(/\s+/g, '');
  const written = PROJECT_GOAL_LABEL.test(spaced) ? spaced.slice(2) : spaced;
  const first = written.charAt(0);
  if (first !== '目' && first !== '职' && first !== '核' && first !== '年' && first !== '绩') return null;
  const weighted = /^(目标|职能|核心职能|年度绩效目标|绩效目标|年度目标)([一二三四五六七八九十百零〇]{1,4}|\d{1,3})(.*)$/.exec(written);
  if (weighted && GOAL_WEIGHT.test(weighted[3] ?? '')) return written;
  const match = GOAL_NAME.exec(written);
  if (!match) return null;
  const [, word = '', number = '', rest = ''] = match;
  const prefix = word === '核心职能' ? '职能' : word;
  return rest === '' ? `${prefix}${number}` : `${prefix}${number}：${rest}`;
}

/** A goal label with its weight note at the very end of a run-together text: "…19.5年度绩效目标1(40分)". */
const GOAL_LABEL_AT_END = /(年度绩效目标|绩效目标|年度目标|核心职能|目标|职能)([一二三四五六七八九十百零〇]{1,4}|\d{1,3})([（(]\s*\d+(?:\.\d+)?(?:\s*分)?\s*[）)])?[:：]?$/;

/**
 * The goal label a run-together text ends with (the text right before a header that repeats for
 * each goal), as matchGoalName names it, with its written length; null when it ends otherwise.
 */
export function findGoalLabelAtEnd(text: string): { goal: string; length: number } | null {
  const match = GOAL_LABEL_AT_END.exec(text);
  const goal = match ? matchGoalName(match[0].replace(/[:：]$/, '')) : null;
  return match && goal !== null ? { goal, length: match[0].length } : null;
}

/**
 * A row holding only a bare goal label and its description, in whatever columns ("目标二 | 推进耕地
 * 保护…" written in the 一级 and 二级 columns of a Hunan 部门整体 target table): the goal as one name
 * ("目标二：推进耕地保护…"), else null. The description must be prose, not a level, value or header word.
 */
export function readGoalRow(filled: readonly string[], isProse: (text: string) => boolean): string | null {
  if (filled.length !== 2) return null;
  const [label = '', description = ''] = filled;
  const goal = matchGoalName(label);
  if (goal === null || goal.includes('：') || !isProse(description)) return null;
  return matchGoalName(`${goal}：${description}`);
}
