/**
 * One data row of an indicator table, read by the header's columns: goal and level cells set the
 * place, the name and value cells make an indicator. Self-evaluation shapes (分值/得分 columns)
 * have names broken over rows: a name without values is the start of the next row's name or the
 * end of the one above. Rows whose cells are not what their columns hold are placed by content
 * (read-shifted-row.ts) and reported.
 */
import { reportValuePlaceholder } from '../vocabulary/report-words.ts';
import { matchColumnRole } from '../vocabulary/columns.ts';
import { isNumberCell, isQualitativeValue, looksLikeValue } from './cell-kinds.ts';
import { matchGoalName, readGoalRow } from './goal-names.ts';
import type { HeaderBand } from './header-band.ts';
import { pickOperator, type IndicatorDraft } from './indicator-draft.ts';
import { applyLevelCells, applyUnlistedLevel1, applyUnlistedLevel2, currentGoal, startGoal, type TableState } from './indicator-state.ts';
import { isLevelName, matchLevel1, matchLevel2, matchLevel2InGroup } from './levels.ts';
import { MAX_LEVEL_LENGTH, level1KeyOf, normalizeLevelText, readHeadingWeight } from '../../core/levels/index.ts';
import { LEVEL_WEIGHT_NOTE } from '../vocabulary/levels.ts';
import { placeShiftedRow } from './read-shifted-row.ts';

/** A weight written after an indicator's name, with 分: "相关性（5分）". */
const NAME_WEIGHT_NOTE = /[（(]\s*(\d+(?:\.\d+)?)\s*分\s*[）)]$/;

export interface RowInput {
  texts: readonly string[];
  band: HeaderBand;
  line: number;
  cellLines?: ReadonlyArray<{ column: number; line: number | undefined }>;
  /** The row only names a goal (a goal beside the header). */
  goalOnly?: boolean;
}

/**
 * The target of a row giving each place its own value (HeaderBand.placeValues): the value once when every place that
 * writes one writes the same ("1 | 1 | 1", "≥90%" in each), else each place with its value ("石门镇上坂村：≥800；龙岩乡后洋村：≥500").
 */
export function targetByPlace(places: NonNullable<HeaderBand['placeValues']>, at: (column: number | undefined) => string): string {
  const written = places.map(({ column, place }) => ({ place, value: at(column) })).filter(({ value }) => value !== '');
  if (written.length === 0) return '';
  const values = new Set(written.map(({ value }) => value));
  if (values.size === 1) return written[0]?.value ?? '';
  return written.map(({ place, value }) => `${place}：${value}`).join('；');
}

function lineOfColumn(input: RowInput, column: number | undefined): number {
  if (column === undefined) return input.line;
  return input.cellLines?.find((cell) => cell.column === column)?.line ?? input.line;
}

/** True when every filled cell is a header word or a goal: a header repeated after a page break. */
function isRepeatedHeader(filled: readonly string[]): boolean {
  return filled.length >= 2 && filled.every((text) => matchColumnRole(text) !== null || matchGoalName(text) !== null) && filled.some((text) => matchColumnRole(text) !== null);
}

/** A description beside a goal label: prose, neither a level, a value nor a header word. */
export function isGoalDescription(text: string): boolean {
  return text.length >= 4 && !isLevelName(text) && !looksLikeValue(text) && !isNumberCell(text) && matchColumnRole(text) === null;
}

function reportUnparsedLine(state: TableState, text: string, line: number): void {
  state.findings.push({
    severity: 'warning',
    code: 'unparsed-line',
    message: `第${line}行的内容无法归入任何指标：“${text}”，请核对原表。`,
    path: 'goals',
    line,
  });
}

/**
 * True when the 二级 cell holds a level the vocabulary does not know on an otherwise sound row: the
 * 一级 cell is blank or a known 一级 (with a group to stand in), the 二级 is a short word (no digits,
 * no value, no header word), the name cell is a name (not a value: cells did not shift right) and
 * the row carries a value or a score. A bare unknown word elsewhere stays a shifted cell.
 */
function isUnlistedLevel2(state: TableState, input: RowInput, isLevel1Unlisted: boolean): boolean {
  const { columns } = input.band;
  if (columns.level2 === undefined || columns.name === undefined) return false;
  const at = (column: number | undefined): string => (column === undefined ? '' : (input.texts[column] ?? '').trim());
  const level2 = at(columns.level2).replace(/\s+/g, '');
  if (level2 === '' || level2.length > MAX_LEVEL_LENGTH || /\d/.test(level2)) return false;
  // A header word (重点工作 heads a goal column elsewhere) is a level beside a 一级 read as written.
  if (looksLikeValue(level2) || isQualitativeValue(level2) || (!isLevel1Unlisted && matchColumnRole(level2) !== null) || matchGoalName(level2) !== null) return false;
  const level1 = at(columns.level1);
  const level1Match = level1 === '' ? null : matchLevel1(level1);
  if (level1 !== '' && level1Match === null && !isLevel1Unlisted) return false;
  const group = level1Match?.name ?? (isLevel1Unlisted ? normalizeLevelText(level1) : state.level1);
  if (matchLevel2InGroup(level2, group) !== null) return false;
  // A 一级 name in the 二级 column is a cell shifted right, unless it repeats its own 一级 ("满意度 | 满意度").
  const level2AsLevel1 = matchLevel1(level2);
  if (level2AsLevel1 !== null && (level1Match === null || level2AsLevel1.key !== level1Match.key)) return false;
  if (level1 === '' && state.level1 === '' && level1KeyOf(level2) === null) return false;
  const name = at(columns.name);
  if (name === '' || looksLikeValue(name) || isNumberCell(name) || isLevelName(name)) return false;
  const value = at(columns.target) || at(columns.initialTarget) || at(columns.actual);
  return value !== '' || isNumberCell(at(columns.weight)) || isNumberCell(at(columns.score));
}

/**
 * A short word (no digits once its weight note goes) that is no value and no goal. A header word may
 * be one (重点工作 heads a goal column elsewhere): a row of header words only is a repeated header,
 * taken before (isRepeatedHeader), and the name cell must still be a name.
 */
function isLevelLikeWord(text: string): boolean {
  const word = normalizeLevelText(text);
  if (word === '' || word.length > MAX_LEVEL_LENGTH || /\d/.test(word)) return false;
  return !looksLikeValue(word) && !isQualitativeValue(word) && matchGoalName(word) === null;
}

/**
 * True when the 一级 cell holds a level the vocabulary does not know on a row that writes its 二级
 * beside it: the 一级 cell is a short word and no 一级 name, stating its weight or a 二级 word of the
 * vocabulary (a bare unknown word stays a shifted cell), the 二级 cell a short word and no 一级
 * name (else the cells shifted right), the name cell a name and the row carries a value or a score.
 * A 二级 name in the 一级 column beside a filled 二级 is then the document's 一级 (预算编制 over
 * 预算编制质量), not a 二级 that implies its group.
 */
function isUnlistedLevel1(input: RowInput): boolean {
  const { columns } = input.band;
  if (columns.level1 === undefined || columns.level2 === undefined || columns.name === undefined) return false;
  const at = (column: number | undefined): string => (column === undefined ? '' : (input.texts[column] ?? '').trim());
  const level1 = at(columns.level1);
  const level2 = at(columns.level2);
  if (level1 === '' || level2 === '' || matchLevel1(level1) !== null || matchLevel1(level2) !== null) return false;
  if (!isLevelLikeWord(level1) || !isLevelLikeWord(level2)) return false;
  // A heading by its weight note, or a level word of the other rank; a bare unknown word stays a shifted cell.
  if (readHeadingWeight(level1) === null && matchLevel2(level1) === null) return false;
  const name = at(columns.name);
  if (name === '' || looksLikeValue(name) || isNumberCell(name) || isLevelName(name) || matchColumnRole(name) !== null) return false;
  const value = at(columns.target) || at(columns.initialTarget) || at(columns.actual);
  return value !== '' || isNumberCell(at(columns.weight)) || isNumberCell(at(columns.score));
}

function withLevelWeight(level: string, weight: string): string {
  return level === '' || !isNumberCell(weight) || LEVEL_WEIGHT_NOTE.test(level) ? level : `${level}（${weight}分）`;
}

export function readRow(state: TableState, input: RowInput): void {
  const { texts, band } = input;
  const { columns } = band;
  const at = (column: number | undefined): string => (column === undefined ? '' : (texts[column] ?? '').trim());
  const filled = texts.map((text) => text.trim()).filter((text) => text !== '');
  if (isRepeatedHeader(filled)) {
    const goal = filled.map(matchGoalName).find((name) => name !== null);
    if (goal) startGoal(state, goal);
    return;
  }
  // A goal: in the goal column, or in the first filled cell left of the levels, or alone on its row.
  const firstIndicatorColumn = Math.min(...[columns.level1, columns.level2, columns.name].filter((column): column is number => column !== undefined));
  const goalColumn = columns.goal ?? texts.findIndex((text, column) => column < firstIndicatorColumn && matchGoalName(text.trim()) !== null);
  // Free text in a goal column is a goal only on a row that is otherwise a sound indicator row;
  // elsewhere it is a cell that shifted left (a level or a name).
  const goalWritten = goalColumn >= 0 ? at(goalColumn) : '';
  const isSoundRow = at(columns.name) !== '' && !isLevelName(goalWritten) && !looksLikeValue(goalWritten) && [columns.level1, columns.level2].every((column) => at(column) === '' || isLevelName(at(column)));
  const goalText = goalWritten !== '' && (matchGoalName(goalWritten) !== null || isSoundRow) ? goalWritten : '';
  const aloneGoal = filled.length === 1 && matchGoalName(filled[0] as string) !== null ? (filled[0] as string) : '';
  // A goal label and its description alone on a row, the label in a column left of the levels (序号 of a table one
  // cell per line: "目标二 / 推进…" read into 序号 and 一级): the goal, not a goal and a shifted indicator.
  const isLabelAndText = goalText !== '' && filled.length === 2 && filled[0] === goalText;
  const describedGoal = goalText === '' || isLabelAndText ? readGoalRow(filled, isGoalDescription) : null;
  if (describedGoal !== null) {
    state.pendingName = null;
    startGoal(state, describedGoal);
    return;
  }
  const goalCell = goalText || aloneGoal;
  if (goalCell !== '') {
    state.pendingName = null;
    startGoal(state, matchGoalName(goalCell) ?? goalCell.replace(/\s+/g, ''));
    if (input.goalOnly || filled.length === 1) return;
  }
  const used = new Set<number>([goalText === '' ? -1 : goalColumn, columns.sequence ?? -1]);
  const hasResults = columns.weight !== undefined || columns.score !== undefined || columns.actual !== undefined;
  // A line without any cell separator in a scored table: its place says nothing about its column.
  const isLoneLine = hasResults && filled.length === 1 && (texts[0] ?? '').trim() !== '' && columns.name !== 0 && !isLevelName(filled[0] as string);
  if (isLoneLine) {
    reportUnparsedLine(state, filled[0] as string, input.line);
    return;
  }
  // Cells under a header word that names no role (指标值设定依据及数据来源) are the table's, not extra.
  const lastColumn = Math.max(...band.roles.keys(), band.lastHeaderColumn ?? -1);
  const extra = texts.slice(lastColumn + 1).map((text) => text.trim()).filter((text) => text !== '');
  if (extra.length > 0) {
    state.findings.push({
      severity: 'warning',
      code: 'shifted-row',
      message: `第${input.line}行比表头多出单元格（${extra.join('、')}），可能错位，请核对原表。`,
      path: 'goals',
      line: input.line,
    });
  }
  if (goalWritten !== '' && goalText === '') {
    placeShiftedRow(state, { texts, skip: used, line: input.line });
    return;
  }
  // A level's own 分值 column reads as the weight note of its heading ("项目决策" | "20" → "项目决策（20分）").
  const levelCell = (level: 'level1' | 'level2'): string => withLevelWeight(at(columns[level]), at(band.levelWeights?.[level]));
  const isLevel1Unlisted = isUnlistedLevel1(input);
  const unlistedLevel2 = isUnlistedLevel2(state, input, isLevel1Unlisted) ? levelCell('level2') : '';
  if (isLevel1Unlisted) applyUnlistedLevel1(state, levelCell('level1'), input.line);
  if (!applyLevelCells(state, isLevel1Unlisted ? '' : levelCell('level1'), unlistedLevel2 === '' ? levelCell('level2') : '', input.line)) {
    placeShiftedRow(state, { texts, skip: used, line: input.line });
    return;
  }
  if (unlistedLevel2 !== '') applyUnlistedLevel2(state, unlistedLevel2, at(columns.level1) !== '');
  // A 评价得分表 without a 分值 column writes each weight after its name: "相关性（5分）".
  const namedWeight = columns.weight === undefined ? NAME_WEIGHT_NOTE.exec(at(columns.name)) : null;
  // A template's placeholder hint left in the name ("小区居民满意度(≥**%)", an Anhui county's 申报表): no part of it.
  const written = namedWeight ? at(columns.name).slice(0, namedWeight.index).trim() : at(columns.name);
  const name = written.includes('*') ? written.replace(reportValuePlaceholder, '').trim() || written : written;
  const target = input.band.placeValues ? targetByPlace(input.band.placeValues, at) : at(columns.target);
  const values = {
    target: target || at(columns.initialTarget),
    actual: at(columns.actual),
    weight: namedWeight?.[1] ?? at(columns.weight),
    score: at(columns.score),
    deviation: at(columns.deviation),
    scoreCoefficient: at(columns.scoreRatio),
    isCore: at(columns.isCore),
  };
  const startsGroup = at(columns.level1) !== '' || at(columns.level2) !== '';
  // A name that reads like a level ("服务对象满意度") is a name when its row writes its own 二级 and a value.
  // So is one under a 二级 carried down, on a row whose level cells are blank and whose values sit in
  // their own columns (the 2013 framework scores 产出质量, 社会效益 … as 三级 under 项目产出/项目效益).
  const isNamedUnderCarriedLevel2 =
    state.level2 !== '' && at(columns.level1) === '' && at(columns.level2) === '' && (isNumberCell(values.weight) || isNumberCell(values.score)) &&
    (values.target === '' || looksLikeValue(values.target) || isNumberCell(values.target) || isQualitativeValue(values.target));
  const isNamedLikeLevel =
    (at(columns.level2) !== '' && (values.target !== '' || values.score !== '') && ![at(columns.level1), at(columns.level2)].includes(name)) || isNamedUnderCarriedLevel2;
  if (name !== '' && !isNamedLikeLevel && (isLevelName(name) || matchGoalName(name) !== null || (looksLikeValue(name) && values.target === ''))) {
    placeShiftedRow(state, { texts, skip: used, line: input.line });
    return;
  }
  const hasValues = values.target !== '' || values.actual !== '' || values.weight !== '' || values.score !== '';
  const goal = currentGoal(state);
  const previous = goal.drafts.at(-1);
  const draftOf = (names: string[], line: number): IndicatorDraft => ({
    level1: state.level1,
    level2: state.level2,
    names,
    targets: values.target === '' ? [] : [values.target],
    actuals: values.actual === '' ? [] : [values.actual],
    weight: values.weight,
    score: values.score,
    deviations: values.deviation === '' ? [] : [values.deviation],
    // 指标性质 may say 定量 while 指标方向 says 正向: the cell that names a comparison wins.
    // A comparison ("=", "≥") wins over a word that says only which way is better (正向).
    operator: pickOperator([at(columns.operator), at(columns.direction)]),
    unit: at(columns.unit),
    line,
    hasResults,
    hasWeight: columns.weight !== undefined,
    scoreCoefficient: values.scoreCoefficient,
    isCore: values.isCore,
  });
  if (name !== '' && (hasValues || !hasResults)) {
    const pending = state.pendingName;
    state.pendingName = null;
    goal.drafts.push(draftOf(pending ? [pending.text, name] : [name], pending?.line ?? lineOfColumn(input, columns.name)));
    return;
  }
  if (name !== '') {
    // Self-evaluation shape: a name without values opens the next row's name when a group starts
    // here or no indicator is open; "指标3:" always opens its own; otherwise it ends the name above.
    if (/^指标\s*\d/.test(name) && previous && !startsGroup) goal.drafts.push(draftOf([name], input.line));
    else if (startsGroup || !previous || state.pendingName) {
      state.pendingName = state.pendingName ? { text: `${state.pendingName.text} ${name}`, line: state.pendingName.line } : { text: name, line: input.line };
    } else {
      previous.names.push(name);
      if (values.deviation !== '') previous.deviations.push(values.deviation);
    }
    return;
  }
  if (hasValues && state.pendingName) {
    goal.drafts.push(draftOf([state.pendingName.text], state.pendingName.line));
    state.pendingName = null;
    return;
  }
  if (hasValues && previous && hasResults && values.weight === '' && values.score === '') {
    // The rest of a 指标值 / 完成值 broken over lines.
    if (values.target !== '') previous.targets.push(values.target);
    if (values.actual !== '') previous.actuals.push(values.actual);
    if (values.deviation !== '') previous.deviations.push(values.deviation);
    return;
  }
  if (hasValues && hasResults && (values.weight !== '' || values.score !== '')) {
    // Scores without a name: kept (they count in the total) and reported, never given a name.
    goal.drafts.push(draftOf([], input.line));
    state.findings.push({
      severity: 'warning',
      code: 'shifted-row',
      message: `第${input.line}行有指标值或分值却没有指标名称，单元格可能错位，请核对原表并补上名称。`,
      path: `goals.${state.goals.length - 1}.indicators.${goal.drafts.length - 1}`,
      line: input.line,
    });
    return;
  }
  if (hasValues) {
    placeShiftedRow(state, { texts, skip: used, line: input.line });
    return;
  }
  if (values.deviation !== '' && previous) {
    previous.deviations.push(values.deviation);
    return;
  }
  const rest = texts.map((text, column) => (used.has(column) || column === columns.level1 || column === columns.level2 ? '' : text));
  if (!startsGroup && rest.some((text) => text.trim() !== '' && !isNumberCell(text))) placeShiftedRow(state, { texts: rest, skip: used, line: input.line });
}
