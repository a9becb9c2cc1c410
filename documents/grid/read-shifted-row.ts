/**
 * A row whose cells are not where the header says (extraction moved them left or right): placed
 * by what each cell is — goal, 一级/二级, name, value — and reported as `shifted-row`, or reported
 * as `unparsed-line` when it cannot be placed. A name found without a value gets target null;
 * a value without a name is never given one.
 */
import { isBandWord, matchColumnRole } from '../vocabulary/columns.ts';
import { looksLikeValue } from './cell-kinds.ts';
import { joinName } from './cell-text.ts';
import { matchGoalName } from './goal-names.ts';
import { applyLevelCells, currentGoal, startGoal, type TableState } from './indicator-state.ts';
import { matchLevel1, matchLevel2 } from './levels.ts';

function goalPath(state: TableState): string {
  return state.goals.length === 0 ? 'goals' : `goals.${state.goals.length - 1}`;
}

function reportUnparsed(state: TableState, input: { cells: readonly string[]; line: number; reason: string }): void {
  state.findings.push({
    severity: 'warning',
    code: 'unparsed-line',
    message: `第${input.line}行${input.reason}（${input.cells.join(' | ')}），未读入，请核对原表。`,
    path: goalPath(state),
    line: input.line,
  });
}

export function placeShiftedRow(state: TableState, input: { texts: readonly string[]; skip: ReadonlySet<number>; line: number }): void {
  const cells = input.texts.map((text) => text.trim()).filter((text, column) => text !== '' && !input.skip.has(column));
  if (cells.length === 0) return;
  const goal = cells.map(matchGoalName).find((name) => name !== null) ?? null;
  // Header words mixed with other text ("双项目标 | 指标") are debris, not an indicator.
  if (cells.some((text) => matchColumnRole(text) !== null || isBandWord(text))) {
    reportUnparsed(state, { cells, line: input.line, reason: '不是完整的指标行' });
    return;
  }
  const level1 = cells.find((text) => matchLevel1(text) !== null) ?? '';
  const level2 = cells.find((text) => matchLevel1(text) === null && matchLevel2(text) !== null) ?? '';
  const texts = cells.filter((text) => matchGoalName(text) === null && matchLevel1(text) === null && matchLevel2(text) === null);
  if (texts.length === 0) {
    // A 一级 heading with its weight on a row of its own, outside the level columns ("满意度指标（10分）"
    // where the header has no 一级 column), opens its group like a 一级 cell would; a bare level
    // name there is debris and is reported.
    const isHeading = level1 !== '' && matchLevel1(level1)?.weight != null;
    if (goal) startGoal(state, goal);
    if (goal || isHeading) applyLevelCells(state, level1, level2, input.line);
    else reportUnparsed(state, { cells, line: input.line, reason: '只有指标级别，没有指标名称和指标值' });
    return;
  }
  if (texts.length > 2) return reportUnparsed(state, { cells, line: input.line, reason: '的单元格过多，无法分清指标名称和指标值' });
  let [name = '', target = ''] = texts;
  if (texts.length === 1 && looksLikeValue(name)) return reportUnparsed(state, { cells, line: input.line, reason: '只有指标值，没有指标名称' });
  if (texts.length === 2 && looksLikeValue(name) && !looksLikeValue(target)) [name, target] = [target, name];
  if (goal) startGoal(state, goal);
  applyLevelCells(state, level1, level2, input.line);
  const draftGoal = currentGoal(state);
  draftGoal.drafts.push({
    level1: state.level1,
    level2: state.level2,
    names: [name],
    targets: target === '' ? [] : [target],
    actuals: [],
    weight: '',
    score: '',
    deviations: [],
    operator: '',
    unit: '',
    line: input.line,
    hasResults: false,
    hasWeight: false,
  });
  const levels = [state.level1, state.level2].filter((level) => level !== '').join('/');
  const joined = joinName([name]);
  state.findings.push({
    severity: 'warning',
    code: 'shifted-row',
    message:
      `第${input.line}行的单元格错位，已按内容读为${levels ? `“${levels}”下的` : ''}指标“${joined}”` +
      (target === '' ? '，该行没有指标值' : `，指标值“${target}”`) +
      '，请核对原表。',
    path: `${goalPath(state)}.indicators.${draftGoal.drafts.length - 1}`,
    line: input.line,
  });
}
