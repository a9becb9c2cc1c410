/**
 * One row of a table written one cell per line (one-per-line.ts): which line each column takes, from a
 * row's first line on. Merged 一级/二级 cells are simply absent, so a level column only takes a line that
 * is a level name, and numeric columns (分值, 得分) only take numbers; every other column takes the next
 * line. An optional last text column (偏差原因, 备注) takes a line only when the line after it does not
 * read as a value (which would make it the next row's name). Also the second readings a row may need: a
 * 二级 the vocabulary does not know (withUnlistedLevel2) and one it knows only inside its 一级's group.
 */
import { matchColumnRole, operatorColumnWords, tableEndDate, type ColumnRole } from '../../vocabulary/columns.ts';
import { Dec } from '../../../core/decimal.ts';
import { isDateValue, isNumberCell, isQualitativeValue, isTableEnd, isTotalsCell, looksLikeValue, parseNumberCell } from '../cell-kinds.ts';
import { matchGoalName } from '../goal-names.ts';
import { isLevelName, matchLevel1, matchLevel2, matchLevel2InGroup } from '../levels.ts';
import { isUnlistedLevel2Word, isWeightedHeading } from './unlisted-level2-line.ts';
import { readHeaderRun, type Line } from './one-per-line-header.ts';
import { EMPTY_CELL_LINE } from '../stacked-lines.ts';
import { isOuterLevelText } from '../indicator-state.ts';

const numericRoles: ReadonlySet<ColumnRole> = new Set(['weight', 'score', 'scoreRatio', 'sequence']);
const optionalTextRoles: ReadonlySet<ColumnRole> = new Set(['deviation', 'remark', 'likelihood', 'scoringRule']);
/** Columns of a few words each, left empty on many rows (a 定性 indicator's 指标方向). */
const wordColumnRoles: ReadonlySet<ColumnRole> = new Set(['operator', 'direction']);
const operatorWords: ReadonlySet<string> = new Set(operatorColumnWords.flatMap((entry) => entry.words));

function fits(role: ColumnRole, text: string): boolean {
  // A long-term column beside the year's (二级指标(长期) …) holds what the year's do: levels, names, values.
  if (role === 'longTerm') return true;
  if (role === 'level1') return matchLevel1(text) !== null;
  if (role === 'level2') return matchLevel2(text) !== null && matchLevel1(text) === null;
  if (role === 'goal') return matchGoalName(text) !== null;
  if (numericRoles.has(role)) return isNumberCell(text);
  // An operator or direction column (指标性质 / 指标方向) holds its few words (正向, ≥, 定性) or nothing.
  if (role === 'operator' || role === 'direction') return operatorWords.has(text.replace(/\s+/g, ''));
  // A 计量单位 is a unit word (个, %, 万元): a bare number there is the next row's 序号 or a slid 分值, a goal the next
  // row's goal cell (a qualitative value before it wrote no unit).
  if (role === 'unit') return !isNumberCell(text) && matchLevel1(text) === null && matchLevel2(text) === null && matchGoalName(text) === null;
  return matchLevel1(text) === null && matchLevel2(text) === null && matchGoalName(text) === null;
}

const isBothLevels = (text: string): boolean => matchLevel1(text) !== null && matchLevel2(text) !== null;

/** Whether the row so far wrote its 一级 and then long-term columns (二级指标(长期) …) right before its 二级. */
function hasLevel1BeforeLongTerm(texts: readonly string[], roles: readonly ColumnRole[]): boolean {
  const level1 = roles.indexOf('level1');
  return level1 >= 0 && (texts[level1] ?? '') !== '' && texts.length > level1 + 1 && roles.slice(level1 + 1, texts.length).every((role) => role === 'longTerm');
}

/**
 * Whether the line at `index` starts a whole row of the table: read from there, every typed cell
 * of the header (分值, 得分 …) fits. Then a line an optional last text column (偏差原因) could take
 * is the next row's name ("村道完成数量" before "持续提升 / 达成年度指标 / 1 / 1").
 */
function startsWholeRow(lines: readonly Line[], index: number, roles: readonly ColumnRole[], isUnlistedLevel2Allowed = false): boolean {
  const typed = roles.filter((role) => typedCell[role] !== undefined).length;
  if (typed === 0) return false;
  if (readSoundestRow(lines, index, roles, [], false).read.typedFits >= typed) return true;
  // A 二级 the vocabulary does not know may open it (… / 14 / 14 / 工作质量类 / name / …) when the row
  // above has no 偏差 to explain: the same lines could be its 偏差原因 followed by the next row's name.
  return isUnlistedLevel2Allowed && isUnlistedLevel2Word(lines[index]?.text ?? '') && readRowCells(lines, index, roles, [], false, true).typedFits >= typed;
}

/** A row scored in full (得分 = 分值): nothing missed, so no 偏差原因 to write. */
function isFullScore(texts: readonly string[], roles: readonly ColumnRole[]): boolean {
  const weight = parseNumberCell(texts[roles.indexOf('weight')]);
  const score = parseNumberCell(texts[roles.indexOf('score')]);
  return roles.includes('weight') && roles.includes('score') && weight !== null && score !== null && new Dec(weight).equals(score);
}

export interface RowRead {
  texts: string[];
  cellLines: number[];
  end: number;
  typedFits: number;
}

/**
 * Cells of one row taken line by line from `from`; `skipped` columns are read as empty.
 * `isLookingAhead`: an optional text column checks that its line does not start the next row.
 * `isUnlistedLevel2Taken`: the 二级 column takes a short word the vocabulary does not know.
 */
export function readRowCells(lines: readonly Line[], from: number, roles: readonly ColumnRole[], skipped: readonly ColumnRole[], isLookingAhead = true, isUnlistedLevel2Taken = false): RowRead {
  const first = lines[from] as Line;
  const texts: string[] = [];
  const cellLines: number[] = [];
  let index = from;
  let typedFits = 0;
  let isLevel2Only = false;
  let isLevelRepeated = false;
  let isOuterOpening = false;
  const firstLevelColumn = roles.findIndex(isLevelRole);
  for (const [position, role] of roles.entries()) {
    const next = lines[index];
    if (skipped.includes(role)) {
      texts.push('');
      cellLines.push(first.line);
      continue;
    }
    // A cell the table has but nobody filled (a " |" line alone): empty, in its own column.
    if (next?.text === EMPTY_CELL_LINE) {
      texts.push('');
      cellLines.push(next.line);
      index += 1;
      continue;
    }
    // A goal or task column (绩效目标 / 任务名称 before the levels) is merged down over its rows: written once. So is
    // a column no role names before the levels (指标类别 over 共性指标 / 特性指标 bands).
    const isBandColumn = role === 'content' && position < firstLevelColumn;
    const isOptional = role === 'level1' || role === 'level2' || role === 'goal' || isBandColumn || optionalTextRoles.has(role) || numericRoles.has(role) || wordColumnRoles.has(role) || role === 'unit';
    // A date alone ends the table (the form's signature date), but not as a row's value with the table going on
    // after it (a 时效 indicator's "2022年11月" before its 分值, or before its 偏差原因 and the next row).
    const isValueDate = next !== undefined && valueRoles.includes(role) && tableEndDate.test(next.text.replace(/\s+/g, '')) && isTableAhead(lines, index + 1);
    let take = next !== undefined && fits(role, next.text) && !isTotalsCell(next.text) && (isValueDate || !isTableEnd(next.text));
    if (isBandColumn) take = next !== undefined && opensTaskGroup(lines, index, roles);
    if (role === 'goal' && !take && next !== undefined) take = opensTaskGroup(lines, index, roles);
    // 成本指标 is both a 一级 and a 二级: a 一级 writes its 二级 next, so one followed by a 三级 is the 二级.
    if (take && role === 'level1' && roles.includes('level2') && isBothLevels(next!.text)) {
      const after = lines[index + 1];
      // …unless a 二级 the vocabulary does not know follows it (满意度指标 / 群众评价 / name): tried as such.
      const isUnlistedLevel2After = isUnlistedLevel2Taken && after !== undefined && isUnlistedLevel2Word(after.text);
      // …and a 一级 written again as its 二级 ("满意度指标 / 满意度指标 / name", an Anhui district's 目标表, twenty-third
      // study): the first is the 一级, the second its 二级.
      isLevelRepeated = after !== undefined && isBothLevels(after.text) && matchLevel1(after.text)?.key === matchLevel1(next!.text)?.key;
      isLevel2Only = !isLevelRepeated && (after === undefined || (!fits('level2', after.text) && !isUnlistedLevel2After));
      take = !isLevel2Only;
    } else if (role === 'level2' && (isLevel2Only || isLevelRepeated)) take = true;
    // A 一级 over the usual ones (实施效果指标 / 产出指标 / name, 中央预算内投资计划绩效目标表): the outer word is
    // the 一级 and the 一级 name after it the row's 二级 (indicator-state.ts reads the levels so).
    if (role === 'level1' && roles.includes('level2') && next !== undefined && isOuterLevelText(next.text) && matchLevel1(lines[index + 1]?.text ?? '') !== null) {
      take = true;
      isOuterOpening = true;
    } else if (role === 'level2' && isOuterOpening) take = true;
    else if (role === 'level2' && !take && isUnlistedLevel2Taken && next !== undefined) take = isUnlistedLevel2Word(next.text);
    // A 二级 named so only inside the 一级 the row writes right before it (决策（20分） / 绩效目标 / 绩效目标合理性).
    if (role === 'level2' && !take && next !== undefined && isRowGroupLevel2(texts, roles, next.text)) take = true;
    // 成本指标 (a 一级 and a 二级) after the 一级 this row wrote, a long-term column between them: the row's 二级.
    if (role === 'level2' && !take && next !== undefined && isBothLevels(next.text) && hasLevel1BeforeLongTerm(texts, roles)) take = true;
    // A 三级 named like a level of the vocabulary (目标制定, 预算执行 in a 部门整体 评分表): a line followed by
    // the number of the column after the name is the name, never a level (the name would be that number).
    const textAfter = lines[index + 1]?.text;
    const isNumberAfter = isNumberCell(textAfter) && !isNextSerial(texts, roles, textAfter ?? '');
    if (next !== undefined && isNumberAfter && isLevelName(next.text) && readsAsName(roles, position)) take = role === 'name';
    // A heading stating its weight the vocabulary does not know (部门预算管理(80分) / 预算编制(30分) / name):
    // two before a name are the 一级 and its 二级, one is the 二级 (its 一级 merged above).
    if (!take && isLevelRole(role) && next !== undefined && isWeightedHeading(next.text)) {
      take = weightedHeadingsAhead(lines, index) === (role === 'level1' && roles.includes('level2') ? 2 : 1);
    }
    // A scoring sheet with a 分值 after each level (项目绩效 / 55 / 项目产出 / 15 / 产出数量 / 5 / 5): the
    // shape of what follows tells a level from an indicator, whether the vocabulary knows the words
    // or not (产出数量, 经济效益 are indicators there).
    const pairs = hasLevelWeights(roles) ? levelPairsAhead(lines, index, roles) : -1;
    if (pairs >= 0 && isLevelRole(role) && roles[position + 1] === 'weight') {
      take = pairs === (role === 'level1' ? roles.slice(position).filter(isLevelRole).length : 1);
    } else if (pairs === 0 && role === 'name') take = true;
    const following = roles[position + 1];
    if (take && optionalTextRoles.has(role) && following !== undefined && numericRoles.has(following)) {
      // A text column inside the row (计分标准 before 得分): its line is followed by the number of the
      // next column, and a bare number is that column's, not this one's.
      take = !isNumberCell(next!.text) && isNumberCell(lines[index + 1]?.text);
    } else if (take && optionalTextRoles.has(role)) {
      const after = lines[index + 1];
      // A number after it may be the next row's 序号 ("…原因 / 3 / 质量指标"), not the value of a name.
      const isBeforeNextSerial = after !== undefined && isNextSerial(texts, roles, after.text);
      // A date or deadline after it, the table going on after that, is a 时效 row's value (水库完工时间 / 2024年11月前):
      // the line is that row's name. The form's date after the last row's reason leaves the reason its own.
      const isValueAfter = after !== undefined && (looksLikeValue(after.text) || (isDateValue(after.text) && isTableAhead(lines, index + 2)));
      take = !isValueAfter || isTotalsCell(after.text) || isBeforeNextSerial;
      // A column's own heading word alone (说明, 备注) is the label of a row under the table, never a reason; the
      // header written again after a page break (绩效指标 / 一级指标 / …) neither.
      if (matchColumnRole(next!.text) !== null || readHeaderRun(lines, index) !== null) take = false;
      // Right before the next row's 序号 the line can open no row: that row opens with its 序号.
      if (take && isLookingAhead && !isBeforeNextSerial && startsWholeRow(lines, index, roles, isFullScore(texts, roles))) take = false;
      // "1.加工页数" / "≥120万页" / "2.保存机制": the next number of the row's own numbering opens the next row.
      if (take && !isBeforeNextSerial && continuesNumbering(texts[roles.indexOf('name')] ?? '', next!.text)) take = false;
    }
    // The row's next 序号 ("…88元 / 5 / 11 / 项目效益") opens the next row: no name or reason of this one.
    if (take && (role === 'name' || optionalTextRoles.has(role)) && isNextSerial(texts, roles, next!.text)) take = false;
    if (take && typedCell[role]?.test(next!.text)) typedFits += 1;
    texts.push(take ? (next as Line).text : '');
    cellLines.push(take ? (next as Line).line : first.line);
    if (take) index += 1;
    else if (!isOptional) break;
  }
  return { texts, cellLines, end: index, typedFits };
}

/**
 * How many lines after a date a row of the table may stand when the date is a value: the row's own text after its
 * values (偏差原因), then the next row's name before its value (its levels merged above).
 */
const ROW_LINES_AFTER_DATE = 3;

/**
 * Whether the table goes on from `from` (the line after a date): within the row's text after its values and the next
 * row's name, a line a row of the table holds (a number, a value, a level, a goal, the 总分, the header again after a
 * page break) stands before any line that ends the table. A signature date is followed by nothing of a row:
 * signatures, notes, the page's end. Another date or deadline that near is the next row's value (开工时间 /
 * 完工时间): a form writes its one date after its signing words.
 */
function isTableAhead(lines: readonly Line[], from: number): boolean {
  for (let at = from; at < Math.min(lines.length, from + ROW_LINES_AFTER_DATE); at += 1) {
    const text = (lines[at] as Line).text;
    if (isTotalsCell(text) || isNumberCell(text) || isLevelName(text) || matchGoalName(text) !== null) return true;
    if (isDateValue(text)) return true;
    if (isTableEnd(text)) return false;
    // The header again after a page break: the table goes on on the next page.
    if (readHeaderRun(lines, at) !== null) return true;
    if (looksLikeValue(text) || isQualitativeValue(text)) return true;
  }
  return false;
}

/**
 * A row read from `from`, `skipped` columns empty. Columns often left empty, so absent from the dump: 调整指标值
 * beside 年初指标值, the 计量单位 of a 定性 indicator. A reading that skips them wins when more of the typed cells
 * after them fit.
 */
export function readSoundestRow(lines: readonly Line[], from: number, roles: readonly ColumnRole[], skipped: readonly ColumnRole[], isLookingAhead = true): { read: RowRead; skipped: readonly ColumnRole[] } {
  const skippable = roles.filter((role) => (role === 'target' && roles.includes('initialTarget')) || role === 'unit');
  let read = readRowCells(lines, from, roles, skipped, isLookingAhead);
  let readSkipping: readonly ColumnRole[] = [];
  for (const more of skippable.length > 0 ? [[skippable[0]!], skippable.slice(1), skippable] : []) {
    if (more.length === 0) continue;
    const skipping = readRowCells(lines, from, roles, [...skipped, ...more], isLookingAhead);
    if (skipping.typedFits > read.typedFits) [read, readSkipping] = [skipping, more];
  }
  return { read, skipped: readSkipping };
}

export const isLevelRole = (role: ColumnRole): boolean => role === 'level1' || role === 'level2';

/** Whether `text` is a 二级 only inside the group of the 一级 this row wrote (绩效目标 under 决策, 满意度 under 效果). */
function isRowGroupLevel2(texts: readonly string[], roles: readonly ColumnRole[], text: string): boolean {
  const level1 = roles.includes('level1') ? (texts[roles.indexOf('level1')] ?? '') : '';
  return level1 !== '' && matchLevel1(text) === null && matchLevel2(text) === null && matchLevel2InGroup(text, level1) !== null;
}

/**
 * A task a 部门整体 table names in its own column before the levels ("任务名称 | 一级指标 | …": 河湖长制落实 /
 * 产出指标 / 数量指标 / …): free text no vocabulary knows, merged down over the task's rows, so written on
 * its first row only; that row writes its 一级 too (a task opens its own groups), so the line is followed by one.
 */
function opensTaskGroup(lines: readonly Line[], index: number, roles: readonly ColumnRole[]): boolean {
  const text = (lines[index] as Line).text;
  const after = lines[index + 1]?.text;
  if (!roles.includes('level1') || after === undefined || matchLevel1(after) === null) return false;
  return text !== EMPTY_CELL_LINE && !isLevelName(text) && !isNumberCell(text) && !looksLikeValue(text) && !isTotalsCell(text) && !isTableEnd(text) && matchColumnRole(text) === null;
}

/** Whether the column at `position` is the name, or a level right before it, with a number column after the name. */
function readsAsName(roles: readonly ColumnRole[], position: number): boolean {
  const name = roles.indexOf('name');
  const following = roles[name + 1];
  return name >= position && roles.slice(position, name).every(isLevelRole) && following !== undefined && numericRoles.has(following);
}

/** How many headings stating their weight open the lines at `index` before a name; 0 when no name follows them. */
function weightedHeadingsAhead(lines: readonly Line[], index: number): number {
  let count = 0;
  while (lines[index + count] !== undefined && isWeightedHeading((lines[index + count] as Line).text)) count += 1;
  const name = lines[index + count]?.text;
  const isName = name !== undefined && name !== EMPTY_CELL_LINE && !isNumberCell(name) && !looksLikeValue(name) && !isTotalsCell(name) && !isTableEnd(name);
  return isName ? count : 0;
}

/** True when `text` is the 序号 after `own` (a table numbering its rows: "2" then "3"). */
export function isSerialAfter(own: string, text: string): boolean {
  return /^\d{1,3}$/.test(own.trim()) && text.trim() === String(Number(own) + 1);
}

/**
 * True when `text` is the next row's 序号: the one after the row's own, or any bare number when the row wrote none (a
 * table may number only some rows).
 */
function isNextSerial(texts: readonly string[], roles: readonly ColumnRole[], text: string): boolean {
  const serial = roles.indexOf('sequence');
  if (serial < 0) return false;
  const own = texts[serial] ?? '';
  return own.trim() === '' ? /^\d{1,3}$/.test(text.trim()) : isSerialAfter(own, text);
}

/** A template's numbering before a name: "1.", "2、", "（3）". */
const NAME_NUMBERING = /^(?:(\d{1,2})[.．、]|[（(](\d{1,2})[)）])(?!\d)/;

/** True when `text` opens with the number after the one `name` opens with ("1.名称" → "2.名称"). */
function continuesNumbering(name: string, text: string): boolean {
  const own = NAME_NUMBERING.exec(name);
  const next = NAME_NUMBERING.exec(text);
  if (!own || !next) return false;
  return Number(next[1] ?? next[2]) === Number(own[1] ?? own[2]) + 1;
}

/** A header with a 分值 right after a level column ("一级指标 / 分值 / 二级指标 / 分值 / …"). */
const hasLevelWeights = (roles: readonly ColumnRole[]): boolean => roles.some((role, position) => isLevelRole(role) && roles[position + 1] === 'weight');

/**
 * In a sheet with a 分值 after each level, how many "level / 分值" pairs open the row at `index`
 * before its indicator ("name / 分值 / 得分"): 2 when it writes its 一级 and 二级, 1 when only its
 * 二级 (the 一级 merged above), 0 for an indicator alone; -1 when the lines have another shape.
 * Where the header puts two text columns or more between the indicator's 分值 and 得分 (具体指标 / 评价标准,
 * a 项目支出绩效评价评分表), the indicator is also "name / 分值 / text / text": a level's pair is followed by a
 * name and its figure, never by two texts.
 */
function levelPairsAhead(lines: readonly Line[], index: number, roles: readonly ColumnRole[]): number {
  const isText = (at: number): boolean => {
    const text = lines[at]?.text;
    return text !== undefined && text !== EMPTY_CELL_LINE && !isNumberCell(text) && !looksLikeValue(text) && !isTotalsCell(text) && !isTableEnd(text);
  };
  const isNumber = (at: number): boolean => isNumberCell(lines[at]?.text);
  const hasTextColumns = countTextColumnsBeforeScore(roles) >= 2;
  for (let pairs = 0; pairs <= 2; pairs += 1) {
    const at = index + pairs * 2;
    if (isText(at) && isNumber(at + 1) && (isNumber(at + 2) || (hasTextColumns && isText(at + 2) && isText(at + 3)))) return pairs;
    if (!(isText(at) && isNumber(at + 1))) return -1;
  }
  return -1;
}

/** The columns between the indicator's 分值 and the 得分 (0 when the header has neither after the name). */
function countTextColumnsBeforeScore(roles: readonly ColumnRole[]): number {
  const weight = roles.indexOf('weight', roles.indexOf('name') + 1);
  const score = roles.indexOf('score', weight + 1);
  return weight < 0 || score < 0 || roles.indexOf('name') < 0 ? 0 : score - weight - 1;
}

/** What a cell of a typed column looks like, to tell which reading of a row fits. */
const typedCell: Partial<Record<ColumnRole, RegExp>> = {
  weight: /^\d{1,3}(?:\.\d{1,2})?$/,
  score: /^\d{1,3}(?:\.\d{1,2})?$/,
  scoreRatio: /^\d{1,3}(?:\.\d{1,2})?%$/,
  isCore: /^[是否]$/,
  operator: /^(?:定量|定性)(?:指标)?$|^(?:正向|反向)$/,
};

const valueRoles: readonly ColumnRole[] = ['target', 'initialTarget', 'actual'];

/**
 * How sound a reading of a row is: its typed cells that fit, a value where the first value column
 * is (≥95%, 2024年9月底前, 明显改善), less a value taken for the name or a number for the 计量单位
 * (the cells slid up a column).
 */
function soundness(read: RowRead, roles: readonly ColumnRole[]): number {
  const cell = (role: ColumnRole): string => read.texts[roles.indexOf(role)] ?? '';
  const valueColumn = roles.findIndex((role) => valueRoles.includes(role));
  const value = valueColumn < 0 ? '' : (read.texts[valueColumn] ?? '');
  // A name numbered by the template ("1.堤防日常维修养护长度") is no value, though it holds a digit.
  const hasValue = value !== '' && !NAME_NUMBERING.test(value) && (looksLikeValue(value) || isQualitativeValue(value) || /\d/.test(value));
  const unit = roles.includes('unit') ? cell('unit') : '';
  const isSlid = looksLikeValue(cell('name')) || isNumberCell(unit) || looksLikeValue(unit);
  return read.typedFits + (hasValue ? 1 : 0) - (isSlid ? 1 : 0);
}

/**
 * A 二级 the vocabulary does not know (工作质量类, 履职效能) is a line the row's name would take: it is
 * the 二级 when reading it so makes the row sounder (the name then a name, the value a value). An
 * indicator's short name keeps its place: taken for a 二级, its value would slide into the name.
 */
export function withUnlistedLevel2(lines: readonly Line[], from: number, roles: readonly ColumnRole[], skipped: readonly ColumnRole[], read: RowRead): RowRead {
  if (!roles.includes('level2')) return read;
  // A word that is both levels read as the 二级 may be the 一级 of an unknown 二级 (满意度指标 / 群众评价).
  const level2 = read.texts[roles.indexOf('level2')] ?? '';
  const level1 = roles.includes('level1') ? (read.texts[roles.indexOf('level1')] ?? '') : '';
  if (level2 !== '' && !(level1 === '' && roles.includes('level1') && isBothLevels(level2))) return read;
  const unlisted = readRowCells(lines, from, roles, skipped, true, true);
  return soundness(unlisted, roles) > soundness(read, roles) ? unlisted : read;
}

/**
 * A word that is a 二级 only inside its 一级's group (满意度 under 效果 in a 部门整体 framework), taken by
 * the 一级 column of a row that writes no 二级: with its 一级 merged above no line says which column
 * it stands in. In a table whose 一级 are a framework's (规划 / 执行 / 效果), where that word is no 一级
 * of its own, it is the row's 二级 under the 一级 carried down.
 */
export function withGroupBoundLevel2(texts: string[], roles: readonly ColumnRole[], group: { level1: string; isFramework: boolean }): string[] {
  const level1 = roles.indexOf('level1');
  const level2 = roles.indexOf('level2');
  if (!group.isFramework || level1 < 0 || level2 < 0 || texts[level2] !== '') return texts;
  const word = texts[level1] ?? '';
  if (word === '' || matchLevel2(word) !== null || matchLevel2InGroup(word, group.level1) === null) return texts;
  const moved = [...texts];
  moved[level2] = word;
  moved[level1] = '';
  return moved;
}

/** A line opening a row with a 二级 named so only under the group's 一级, in a table with both level columns. */
export function isGroupLevel2Opening(text: string, roles: readonly ColumnRole[], groupLevel1: string): boolean {
  if (groupLevel1 === '' || !roles.includes('level1') || !roles.includes('level2')) return false;
  return matchLevel2(text) === null && matchLevel1(text) === null && matchLevel2InGroup(text, groupLevel1) !== null;
}
