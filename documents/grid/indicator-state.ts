/**
 * The goal → indicator tree while a table is read: the current goal and levels, carried down over
 * blank or merged cells (a blank level means "same as above"; a 二级 without its 一级 implies it,
 * DOMAIN.md "The indicator tree"), the drafts, the weights stated in 一级 headings and findings.
 */
import type { Finding } from '../../core/model.ts';
import type { IndicatorDraft } from './indicator-draft.ts';
import { MAX_LEVEL_LENGTH, level1KeyOf, mayStandUnder, normalizeLevelText, readHeadingWeight, type Level1Key } from '../../core/levels/index.ts';
import { level1NameOf, matchLevel1, matchLevel2, matchLevel2InGroup } from './levels.ts';

export interface GoalDraft {
  name: string;
  drafts: IndicatorDraft[];
}

export interface TableState {
  goals: GoalDraft[];
  level1: string;
  level2: string;
  /** True when the document wrote the current 一级 (a 一级 cell or heading), false when a 二级 implied it. */
  isLevel1Written: boolean;
  findings: Finding[];
  /** "产出指标（50分）" → 产出指标: "50", per goal index. */
  headingWeights: Array<{ goalIndex: number; level1: string; weight: string; line: number }>;
  /** A name written on the row before its values (self-evaluations). */
  pendingName: { text: string; line: number } | null;
  /**
   * A 一级 above the usual levels ("实施效果指标" over 产出指标 / 效益指标 / 满意度指标 in the
   * 中央预算内投资计划绩效目标表): while it is open, a 一级 name is read as a 二级 under it.
   */
  outerLevel1: string;
}

export function createTableState(): TableState {
  return { goals: [], level1: '', level2: '', isLevel1Written: false, findings: [], headingWeights: [], pendingName: null, outerLevel1: '' };
}

/** Opens a new goal; levels do not carry from one goal to the next. */
export function startGoal(state: TableState, name: string): void {
  const current = state.goals.at(-1);
  // A goal named on its own row and again beside the header (sample 000) is one goal.
  if (current && current.name === name && current.drafts.length === 0) return;
  // The same goal written again beside its header repeated over a page break goes on, levels too.
  if (current && name !== '' && current.name === name) return;
  if (current && current.name === '' && current.drafts.length === 0) current.name = name;
  else state.goals.push({ name, drafts: [] });
  state.level1 = '';
  state.level2 = '';
  state.isLevel1Written = false;
  state.outerLevel1 = '';
}

export function currentGoal(state: TableState): GoalDraft {
  if (state.goals.length === 0) state.goals.push({ name: '', drafts: [] });
  return state.goals.at(-1) as GoalDraft;
}

/**
 * A level the vocabulary does not know, written with its weight in its level column ("综合管理（30分）",
 * "目标任务（15分）" in a 部门整体 评价得分表, Sichuan 2019–2023): the weight note marks it as a heading,
 * so it is read as written. Bare unknown words stay unplaced (a shifted cell).
 */
function matchWeightedHeading(text: string): { key: null; name: string; weight: string } | null {
  const weight = readHeadingWeight(text);
  const name = normalizeLevelText(text);
  if (weight === null || name === '' || name.length > MAX_LEVEL_LENGTH || /\d/.test(name)) return null;
  return { key: null, name, weight };
}

function matchWeightedLevel2(text: string, group: string): { name: string; parent: Level1Key | null } | null {
  const heading = group === '' ? null : matchWeightedHeading(text);
  return heading ? { name: heading.name, parent: level1KeyOf(group) } : null;
}

/**
 * A 一级 cell that can stand over the usual 一级 names: a short label ending in 指标 that is no 一级
 * name (the vocabulary may take it for a 二级 by a keyword: 实施效果 → 效益).
 */
export function isOuterLevelText(text: string): boolean {
  const name = text.replace(/\s+/g, '');
  return name.length >= 2 && name.length <= MAX_LEVEL_LENGTH && !/\d/.test(name) && /指标$/.test(name) && matchLevel1(name) === null;
}

/**
 * Levels one column down: a 一级 the vocabulary does not know with a 一级 name in the 二级 column
 * ("实施效果指标 | 产出指标") opens an outer 一级, read as written, with that name as its 二级; under
 * it, a 一级 name alone in the 一级 column (a row under the merged outer cell) is the next 二级.
 * Any other row leaves the ordinary reading; true when the row was read here.
 */
function applyOuterLevel(state: TableState, level1Text: string, level2Text: string): boolean {
  const level2AsLevel1 = level2Text === '' ? null : matchLevel1(level2Text);
  if (isOuterLevelText(level1Text) && level2AsLevel1 !== null) {
    state.outerLevel1 = level1Text.replace(/\s+/g, '');
    state.level1 = state.outerLevel1;
    state.level2 = level2AsLevel1.name;
    state.isLevel1Written = true;
    return true;
  }
  // Under the merged outer cell the row's 一级 name stands in either level column, the other one blank.
  const inner = level1Text === '' ? level2AsLevel1 : level2Text === '' ? matchLevel1(level1Text) : null;
  if (state.outerLevel1 === '' || inner === null) return false;
  state.level1 = state.outerLevel1;
  state.level2 = inner.name;
  return true;
}

/**
 * Applies the level cells of a row. Returns false when a filled level cell is no level name (the
 * row's cells shifted). A 二级 in the 一级 column is read as 二级 with its implied 一级.
 */
export function applyLevelCells(state: TableState, level1Text: string, level2Text: string, line: number): boolean {
  if (applyOuterLevel(state, level1Text, level2Text)) return true;
  const level1 = level1Text === '' ? null : (matchLevel1(level1Text) ?? matchWeightedHeading(level1Text));
  const level1AsLevel2 = level1Text !== '' && !level1 ? matchLevel2(level1Text) : null;
  if (level1Text !== '' && !level1 && !level1AsLevel2) return false;
  const group = level1?.name ?? state.level1;
  const level2 = level2Text === '' ? null : (matchLevel2InGroup(level2Text, group) ?? matchWeightedLevel2(level2Text, group));
  // A 一级 in the 二级 column is a cell that shifted right.
  if (level2Text !== '' && !level2) return false;
  if (level1) {
    if (level1.name !== state.level1 || level2) state.level2 = '';
    state.level1 = level1.name;
    state.isLevel1Written = true;
    if (level1.weight) {
      state.headingWeights.push({ goalIndex: Math.max(0, state.goals.length - 1), level1: level1.name, weight: level1.weight, line });
    }
  }
  const second = level2 ?? level1AsLevel2;
  if (second) {
    // A 二级 read as written (its weight marking it) belongs to the group it is written in.
    const implied = second.parent === null ? state.level1 : level1NameOf(second.parent);
    // Older templates put 成本指标 under 产出指标 (DOMAIN.md), evaluation frameworks 满意度 under 效益:
    // a blank 一级 keeps the one above whenever the 二级 can belong to it.
    // A 一级 the document wrote that the vocabulary does not know (综合管理) keeps the 二级 written under it.
    const isUnknownWrittenGroup = state.isLevel1Written && state.level1 !== '' && level1KeyOf(state.level1) === null;
    const fitsCurrent =
      implied === state.level1 ||
      isUnknownWrittenGroup ||
      (second.parent !== null && mayStandUnder({ own: second.parent, group: level1KeyOf(state.level1), isGroupWritten: state.isLevel1Written, level2Name: second.name }));
    if (!level1 && !fitsCurrent) {
      state.level1 = implied;
      state.isLevel1Written = false;
    }
    state.level2 = second.name;
  }
  return true;
}

/**
 * A 一级 the vocabulary does not know ("预算编制", "履职效果" in a 部门整体 考评表), on a row that writes a
 * 二级 beside it and is otherwise sound (read-row.ts decides): the header's 一级 column says what it
 * is, so it is read as written, with the weight it states, and the 二级 below stay under it.
 */
export function applyUnlistedLevel1(state: TableState, text: string, line: number): void {
  const name = normalizeLevelText(text);
  const weight = readHeadingWeight(text);
  state.level1 = name;
  state.level2 = '';
  state.isLevel1Written = true;
  state.outerLevel1 = '';
  if (weight !== null) state.headingWeights.push({ goalIndex: Math.max(0, state.goals.length - 1), level1: name, weight, line });
}

/**
 * A 二级 the vocabulary does not know ("群众满意度", "重点工作任务", "社会效益类指标"), on a row that is
 * otherwise sound (read-row.ts decides): it is read as written under the current 一级. When no 一级 is
 * written above it, or the one carried down cannot hold it, the keyword it contains (满意 → 满意度指标)
 * implies its 一级, as for a listed 二级.
 */
export function applyUnlistedLevel2(state: TableState, text: string, isLevel1WrittenOnRow: boolean): void {
  const name = normalizeLevelText(text);
  const implied = level1KeyOf(name);
  const group = level1KeyOf(state.level1);
  const fitsCurrent =
    state.level1 !== '' &&
    (isLevel1WrittenOnRow ||
      implied === null ||
      (state.isLevel1Written && group === null) ||
      mayStandUnder({ own: implied, group, isGroupWritten: state.isLevel1Written, level2Name: name }));
  if (!fitsCurrent && implied !== null) {
    state.level1 = level1NameOf(implied);
    state.isLevel1Written = false;
  }
  state.level2 = name;
}

