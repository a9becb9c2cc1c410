/**
 * The goal → indicator tree while a table is read: the current goal and levels, carried down over
 * blank or merged cells (a blank level means "same as above"; a 二级 without its 一级 implies it,
 * DOMAIN.md "The indicator tree"), the drafts, the weights stated in 一级 headings and findings.
 */
import type { Finding } from '../../core/model.ts';
import type { IndicatorDraft } from './indicator-draft.ts';
import { level1KeyOf, mayStandUnder } from '../../core/levels/index.ts';
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
}

export function createTableState(): TableState {
  return { goals: [], level1: '', level2: '', isLevel1Written: false, findings: [], headingWeights: [], pendingName: null };
}

/** Opens a new goal; levels do not carry from one goal to the next. */
export function startGoal(state: TableState, name: string): void {
  const current = state.goals.at(-1);
  // A goal named on its own row and again beside the header (sample 000) is one goal.
  if (current && current.name === name && current.drafts.length === 0) return;
  if (current && current.name === '' && current.drafts.length === 0) current.name = name;
  else state.goals.push({ name, drafts: [] });
  state.level1 = '';
  state.level2 = '';
  state.isLevel1Written = false;
}

export function currentGoal(state: TableState): GoalDraft {
  if (state.goals.length === 0) state.goals.push({ name: '', drafts: [] });
  return state.goals.at(-1) as GoalDraft;
}

/**
 * Applies the level cells of a row. Returns false when a filled level cell is no level name (the
 * row's cells shifted). A 二级 in the 一级 column is read as 二级 with its implied 一级.
 */
export function applyLevelCells(state: TableState, level1Text: string, level2Text: string, line: number): boolean {
  const level1 = level1Text === '' ? null : matchLevel1(level1Text);
  const level1AsLevel2 = level1Text !== '' && !level1 ? matchLevel2(level1Text) : null;
  if (level1Text !== '' && !level1 && !level1AsLevel2) return false;
  const level2 = level2Text === '' ? null : matchLevel2InGroup(level2Text, level1?.name ?? state.level1);
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
    const implied = level1NameOf(second.parent);
    // Older templates put 成本指标 under 产出指标 (DOMAIN.md), evaluation frameworks 满意度 under 效益:
    // a blank 一级 keeps the one above whenever the 二级 can belong to it.
    const fitsCurrent = implied === state.level1 || mayStandUnder({ own: second.parent, group: level1KeyOf(state.level1), isGroupWritten: state.isLevel1Written });
    if (!level1 && !fitsCurrent) {
      state.level1 = implied;
      state.isLevel1Written = false;
    }
    state.level2 = second.name;
  }
  return true;
}
