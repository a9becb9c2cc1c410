/**
 * Finds the header band of an indicator table in a grid: 1–3 consecutive rows whose cells are all
 * column words (documents/vocabulary/columns.ts), band words standing over several columns
 * ("绩效指标" over 一级/二级/三级), or a goal name sharing the header row (sample 000:
 * "目标一 | 一级指标 | …"). The band is flattened column by column: the lowest cell that names a
 * role decides, an upper band word may turn it into another role ("指标值" over "年初"), and a column
 * whose words name no role is ignored on purpose.
 */
import {
  MAX_HEADER_CELL_LENGTH,
  NUMBERED_DATA_ITEM,
  achievedValueAfterTarget,
  bandCompositions,
  explanatoryColumnWords,
  isBandWord,
  isCompositionWord,
  matchColumnRole,
  planYearOfColumn,
  normalizeHeaderText,
  valueRoles,
  withPartsOverItems,
  type ColumnRole,
} from '../vocabulary/columns.ts';
import { isTableEnd, looksLikeValue } from './cell-kinds.ts';
import { matchGoalName } from './goal-names.ts';
import { isLevelName, matchLevel1, matchLevel2 } from './levels.ts';
import { mapCoverage, type Grid, type GridCell } from './grid.ts';
import { describeHeaderSignature } from './header-signature.ts';

/** How many rows a header band may span (official templates use one to three). */
export const MAX_HEADER_ROWS = 3;

export interface HeaderBand {
  /** Index of the band's first and last row in the grid. */
  firstRow: number;
  lastRow: number;
  /** The role of each column that names one; other columns are ignored. */
  roles: Map<number, ColumnRole>;
  /** The column of each role (for a role named twice: the first, except target, the last). */
  columns: Partial<Record<ColumnRole, number>>;
  /** A goal written in the header row itself ("目标一" beside 一级指标). */
  goal: string | null;
  /** The last column with a header word, named by a role or not ("指标值设定依据及数据来源"). */
  lastHeaderColumn?: number;
  /** The 分值 column a level writes its own weight in ("一级指标 | 分值 | 二级指标 | 分值 | …"). */
  levelWeights?: { level1?: number; level2?: number };
  /**
   * One target column per place ("… | 指标解释 | 石门镇上坂村 | 龙岩乡后洋村 | …" of a fund shared among townships' projects,
   * with no 指标值 column of its own): each column's place and the value it holds make the indicator's target.
   */
  placeValues?: ReadonlyArray<{ column: number; place: string }>;
}

/**
 * A header cell naming a place (a village, township, street office, county …): the column of that place's value in a
 * table that gives each of a fund's places its own target ("西坪镇尧山村", "笏石街道办"). Two characters at least before the
 * place word; no figures, no role word.
 */
const PLACE_HEADING = /^[\u4e00-\u9fa5]{2,12}(?:村|镇|乡|街道|街道办|街道办事处|社区|县|旗|苏木|嘎查)$/;

/** True when a header cell names a place and no column role. */
export function isPlaceHeading(text: string): boolean {
  const written = normalizeHeaderText(text);
  return PLACE_HEADING.test(written) && matchColumnRole(written) === null && !isBandWord(written) && !isLevelName(written);
}

/** The fewest place columns that make a table of values by place (one place alone is an unknown column). */
const MIN_PLACE_COLUMNS = 2;

/**
 * An explicit column-role mapping for the bands of one layout (the import review screen, a saved
 * named layout): each listed column takes the role given, or none (null: ignored on purpose),
 * before the band is checked. Applies to bands whose header signature matches, or to every band
 * when no signature is given.
 */
export interface ColumnRoleOverride {
  headerSignature?: string;
  roles: ReadonlyArray<{ column: number; role: ColumnRole | null }>;
}

export interface HeaderBandOptions {
  columnRoles?: ColumnRoleOverride;
}

/** Puts the override's roles in place; `columns` is rebuilt from the roles (first, except target, the last). */
function applyOverride(override: ColumnRoleOverride, roles: Map<number, ColumnRole>, columns: Partial<Record<ColumnRole, number>>): void {
  for (const { column, role } of override.roles) {
    if (role === null) roles.delete(column);
    else roles.set(column, role);
  }
  for (const role of Object.keys(columns) as ColumnRole[]) delete columns[role];
  for (const [column, role] of [...roles.entries()].sort(([left], [right]) => left - right)) {
    if (columns[role] === undefined || role === 'target') columns[role] = column;
  }
}

type CellKind = 'role' | 'band' | 'goal' | 'place' | 'other';

function classifyHeaderCell(text: string): CellKind {
  if (matchColumnRole(text) !== null) return 'role';
  if (isBandWord(text) || isCompositionWord(text)) return 'band';
  if (matchGoalName(text) !== null) return 'goal';
  if (isPlaceHeading(text)) return 'place';
  return 'other';
}

/** Unknown header cells are short words ("填报说明"); longer cells are data. */
const MAX_UNKNOWN_HEADER_LENGTH = 10;

/** A short unknown header word, or a longer one naming an explanatory column (依据, 来源 …). */
function isUnknownHeaderLength(written: string): boolean {
  if (written.length <= MAX_UNKNOWN_HEADER_LENGTH) return true;
  return written.length <= MAX_HEADER_CELL_LENGTH && explanatoryColumnWords.some((word) => written.includes(word));
}

/**
 * True when the row is header words: at least one names a role, and any cell that is no header
 * word is a short unknown column name (ignored on purpose), no more of them than role words.
 */
function isHeaderRow(cells: readonly GridCell[], isContinuation = false): boolean {
  let roles = 0;
  let bands = 0;
  let unknown = 0;
  let places = 0;
  for (const cell of cells) {
    const kind = classifyHeaderCell(cell.text);
    if (kind === 'role') roles += 1;
    if (kind === 'band') bands += 1;
    if (kind === 'place') places += 1;
    if (kind !== 'other') continue;
    const written = cell.text.replace(/\s+/g, '');
    if (!isUnknownHeaderLength(written) || isLevelName(written) || looksLikeValue(written) || /\d/.test(written)) return false;
    unknown += 1;
  }
  // A lower row of composed words ("年初 | 调整后" under "指标值") continues a band.
  // Places name value columns when there are two or more ("石门镇上坂村 | 龙岩乡后洋村"); one alone is an unknown word.
  if (places < MIN_PLACE_COLUMNS) unknown += places;
  if (isContinuation && roles === 0) return bands > 0 && unknown === 0;
  return roles > 0 && unknown <= Math.max(0, roles - 2);
}

/** The role of one column, reading the band's cells top to bottom. */
function flattenColumn(cells: ReadonlyArray<GridCell | undefined>): ColumnRole | null {
  let role: ColumnRole | null = null;
  let upper = '';
  let previous: GridCell | undefined;
  for (const cell of cells) {
    if (!cell || cell === previous) continue;
    previous = cell;
    const written = normalizeHeaderText(cell.text);
    const composed = upper === '' ? undefined : bandCompositions.find((rule) => rule.upper.test(upper) && rule.lower.test(written));
    const own = matchColumnRole(cell.text);
    if (composed) role = composed.role;
    else if (own) role = own;
    upper = written;
  }
  return role;
}

/**
 * A band word standing over nothing right after the 二级 column ("一级指标 | 二级指标 | 绩效指标 |
 * 绩效标准 | 当年预期实现值", Hubei) is the indicator-name column.
 */
function nameBandWordColumn(
  coverage: ReadonlyArray<ReadonlyArray<GridCell | undefined>>,
  first: number,
  last: number,
  column: number,
  roles: Map<number, ColumnRole>,
  columns: Partial<Record<ColumnRole, number>>,
): void {
  if (roles.has(column)) return;
  const cell = coverage[last]?.[column];
  if (!cell || cell.column !== column || cell.colSpan > 1 || !isBandWord(cell.text)) return;
  for (let row = first; row < last; row += 1) if (coverage[row]?.[column] !== cell && coverage[row]?.[column] !== undefined) return;
  roles.set(column, 'name');
  columns.name = column;
}

/** Rows under a header looked at to tell what its level columns hold. */
const LEVEL_ROWS_LOOKED_AT = 12;
/** The fewest names a 二级指标 column must hold to be read as the name column. */
const FEWEST_NAMES_UNDER_LEVEL2 = 2;

/** The text of the cell starting at `column` in a row, "" when none. */
function cellTextAt(grid: Grid, row: number, column: number): string {
  return (grid.rows[row]?.cells.find((cell) => cell.column === column)?.text ?? '').trim();
}

/**
 * Level columns headed one rank above what they hold ("一级指标 | 二级指标 | 绩效标准 | 当年预期实现值" over "数量指标 |
 * 大楼维修次数 | 反映… | 1800次", a Hubei city's 市直部门 目标表, twenty-second study): when the 一级 column's rows all write
 * 二级 words (数量指标, 社会效益指标 — 成本指标 counts, being both) and the 二级 column's rows write names, no level,
 * they are the 二级 and the name columns, and the 一级 is implied by each 二级. Only in a band naming no name column.
 */
function takeLevelsOneRankDown(grid: Grid, last: number, roles: Map<number, ColumnRole>, columns: Partial<Record<ColumnRole, number>>): void {
  const { level1, level2 } = columns;
  if (level1 === undefined || level2 === undefined || level2 !== level1 + 1) return;
  let names = 0;
  for (let row = last + 1; row < Math.min(grid.rows.length, last + 1 + LEVEL_ROWS_LOOKED_AT); row += 1) {
    const upper = cellTextAt(grid, row, level1);
    const lower = cellTextAt(grid, row, level2);
    // The table ends at its opinions or signatures (主管部门审核意见).
    if (isTableEnd(upper)) break;
    if (upper !== '' && (matchLevel2(upper) === null || (matchLevel1(upper) !== null && upper.replace(/\s/g, '') !== '成本指标'))) return;
    if (lower === '') continue;
    if (isLevelName(lower)) return;
    names += 1;
  }
  if (names < FEWEST_NAMES_UNDER_LEVEL2) return;
  roles.set(level1, 'level2');
  roles.set(level2, 'name');
  delete columns.level1;
  columns.level2 = level1;
  columns.name = level2;
}

/**
 * Scoring sheets of the evaluation framework give each level its own 分值 ("一级指标 | 分值 | 二级指标 |
 * 分值 | 三级指标 | 分值 | 得分", Hainan 自评表 and many 评价报告 score tables): a 分值 right after a
 * level column is that level's weight, not the indicator's. It is ignored when a later 分值 remains.
 */
function takeLevelWeightColumns(roles: Map<number, ColumnRole>, columns: Partial<Record<ColumnRole, number>>): HeaderBand['levelWeights'] {
  const weights = [...roles.entries()].filter(([, role]) => role === 'weight').map(([column]) => column);
  if (weights.length < 2) return undefined;
  const levelWeights: NonNullable<HeaderBand['levelWeights']> = {};
  for (const column of weights) {
    // The header cell to its left: a PDF's grid may leave columns between (its borders are the page's, every table's).
    const left = [...roles.keys()].filter((other) => other < column);
    const before = left.length > 0 ? roles.get(Math.max(...left)) : undefined;
    if (before === 'level1' || before === 'level2') levelWeights[before] = column;
  }
  const taken = Object.values(levelWeights);
  const remaining = weights.filter((column) => !taken.includes(column));
  if (taken.length === 0 || remaining.length === 0) return undefined;
  for (const column of taken) roles.delete(column);
  columns.weight = Math.min(...remaining);
  return levelWeights;
}

/**
 * A medium-term table's target per year ("2025年指标值 | 2026年指标值 | 2027年指标值"): the earliest
 * year's column is the budget year's, the document's target; the later years' are the plan's and
 * read as nothing (a role named twice otherwise takes target's last column).
 */
function keepBudgetYearTarget(planYears: ReadonlyMap<number, number>, roles: Map<number, ColumnRole>, columns: Partial<Record<ColumnRole, number>>): void {
  if (planYears.size < 2) return;
  const [budgetYearColumn] = [...planYears.entries()].sort(([leftColumn, left], [rightColumn, right]) => left - right || leftColumn - rightColumn)[0] as [number, number];
  for (const column of planYears.keys()) if (column !== budgetYearColumn) roles.delete(column);
  columns.target = budgetYearColumn;
}

/** A band's header rows (first to last) and the roles and columns read from them so far. */
interface BandDraft {
  coverage: ReadonlyArray<ReadonlyArray<GridCell | undefined>>;
  first: number;
  last: number;
  roles: Map<number, ColumnRole>;
  columns: Partial<Record<ColumnRole, number>>;
}

/** The header words of one column of the band, top to bottom, normalised (empty cells left out). */
function columnWords(draft: BandDraft, column: number): string[] {
  return draft.coverage
    .slice(draft.first, draft.last + 1)
    .map((row) => normalizeHeaderText(row[column]?.text ?? ''))
    .filter((text) => text !== '');
}

/**
 * "目标值（标准） | 分值 | 采集数据项 | 指标值" (a 专项经费绩效评价表): with no column naming the actual, a bare 指标值 after a
 * 目标值 column is the value achieved (worked out from the data items), not a second target; the 目标值 stays the target.
 * A block of that form without 指标值, whose one data item stands beside a 理由, has the answer in the data item.
 */
function takeAchievedValueColumn(draft: BandDraft): void {
  const { roles, columns } = draft;
  if (columns.actual !== undefined) return;
  // "目标值 | 分值 | 采集数据项 (数据项1 | 理由)": with no 指标值, the one data item is the answer itself (是/否, 93%), the 理由 beside it.
  const dataItems = [...roles.entries()]
    .filter(([column, role]) => role === 'dataItem' && columnWords(draft, column).some((word) => NUMBERED_DATA_ITEM.test(word)))
    .map(([column]) => column);
  const [onlyItem] = dataItems;
  const hasReason = [...roles.values()].includes('remark');
  if (dataItems.length === 1 && onlyItem !== undefined && hasReason && columns.target !== undefined && onlyItem > columns.target) {
    roles.set(onlyItem, 'actual');
    columns.actual = onlyItem;
    return;
  }
  const targets = [...roles.entries()].filter(([, role]) => role === 'target').map(([column]) => column);
  const [first] = targets;
  if (first === undefined || !columnWords(draft, first).some((word) => achievedValueAfterTarget.target.test(word))) return;
  const achieved = targets.find((column) => column > first && columnWords(draft, column).some((word) => achievedValueAfterTarget.achieved.includes(word)));
  if (achieved === undefined) return;
  roles.set(achieved, 'actual');
  columns.actual = achieved;
  columns.target = Math.max(...targets.filter((column) => column !== achieved));
}

/**
 * A 部门预算管理考评表 heads its 一级 column 项目 ("项目 | 考核内容 | 考核指标 | 指标说明 | 年度工作目标 | 评分标准 | 权数 |
 * 考评得分"): right before the 二级, with no 一级 column named, 项目 is the 一级's header, not a word of no column.
 */
function nameProjectColumnLevel1(draft: BandDraft): void {
  const { coverage, first, last, roles, columns } = draft;
  const column = (columns.level2 ?? 0) - 1;
  if (columns.level1 !== undefined || column < 0 || roles.has(column)) return;
  const texts = coverage.slice(first, last + 1).map((row) => row[column]?.text.replace(/\s+/g, '') ?? '');
  if (!texts.includes('项目') || texts.some((text) => text !== '' && text !== '项目')) return;
  roles.set(column, 'level1');
  columns.level1 = column;
}

/** The header of a fourth level under the 三级 (部门整体 evaluation score sheets: "一级指标 | 二级指标 | 三级指标 | 四级指标 | 评分标准 | …"). */
const FOURTH_LEVEL = /^四级(?:指标)?(?:名称)?$/;

/** True when a header word heads a fourth level under the 三级 (四级指标, 四级). */
export function isFourthLevelHeading(word: string): boolean {
  return FOURTH_LEVEL.test(word.replace(/\s+/g, ''));
}

/**
 * A 部门整体 evaluation score sheet of four levels (a Hubei county's 部门整体支出绩效评价指标体系评分表, twenty-fifth study): the
 * 四级 right after the 三级 is what is scored, each with its own 分值 ("目标依据充分性（2分）" under "目标设定（4分）"), so it
 * holds the names; the 三级 over it groups them and is read as nothing (the model keeps two levels above a name).
 */
function nameFourthLevelColumn(draft: BandDraft): void {
  const { roles, columns } = draft;
  const names = columns.name;
  if (names === undefined || roles.has(names + 1) || !columnWords(draft, names + 1).some((word) => FOURTH_LEVEL.test(word))) return;
  roles.delete(names);
  roles.set(names + 1, 'name');
  columns.name = names + 1;
}

/**
 * A score sheet heads its parts "项目权重" and its items "评价内容" ("项目权重 | 评价内容 | 分值 | 自评分 | 复核分 |
 * 评价标准及依据", rows "项目决策2分 | 决策依据 | 2 | 2"): with no name and no 二级 column named, 评价内容 (read as
 * the 一级 by its wording elsewhere) holds the names, and the part column right before it the 一级.
 */
function namePartWeightColumnLevel1(draft: BandDraft): void {
  const { roles, columns } = draft;
  const items = columns.level1;
  if (items === undefined || columns.name !== undefined || columns.level2 !== undefined || items === 0 || roles.has(items - 1)) return;
  const [itemWord = ''] = columnWords(draft, items);
  const [partWord = ''] = columnWords(draft, items - 1);
  if (withPartsOverItems([partWord, itemWord], [null, 'level1'])[0] !== 'level1') return;
  roles.set(items - 1, 'level1');
  roles.set(items, 'name');
  columns.level1 = items - 1;
  columns.name = items;
}

function describeBand(
  grid: Grid,
  coverage: ReadonlyArray<ReadonlyArray<GridCell | undefined>>,
  first: number,
  last: number,
  options: HeaderBandOptions = {},
): HeaderBand | null {
  const width = coverage[first]?.length ?? 0;
  const roles = new Map<number, ColumnRole>();
  const columns: Partial<Record<ColumnRole, number>> = {};
  /** Target columns named by a year ("2026年指标值"), by column. */
  const planYears = new Map<number, number>();
  for (let column = 0; column < width; column += 1) {
    const stack: Array<GridCell | undefined> = [];
    for (let row = first; row <= last; row += 1) stack.push(coverage[row]?.[column]);
    // A cell merged across from the left names its own first column only, unless it is a band
    // word or stands over other cells (the upper half of a composed header).
    const own = stack.map((cell, row) =>
      cell && (cell.column === column || isBandWord(cell.text) || stack.slice(row + 1).some((lower) => lower !== undefined && lower !== cell))
        ? cell
        : undefined,
    );
    const role = flattenColumn(own);
    if (role === null) continue;
    roles.set(column, role);
    if (columns[role] === undefined || role === 'target') columns[role] = column;
    const planYear = own.map((cell) => (cell ? planYearOfColumn(cell.text) : null)).find((year) => year !== null);
    if (role === 'target' && planYear != null) planYears.set(column, planYear);
  }
  keepBudgetYearTarget(planYears, roles, columns);
  const placeValues = takePlaceValueColumns(coverage, first, last, width, roles, columns);
  const override = options.columnRoles;
  if (override && (override.headerSignature === undefined || override.headerSignature === describeHeaderSignature(coverage, first, last))) {
    applyOverride(override, roles, columns);
  }
  const levelWeights = takeLevelWeightColumns(roles, columns);
  const draft: BandDraft = { coverage, first, last, roles, columns };
  takeAchievedValueColumn(draft);
  nameProjectColumnLevel1(draft);
  namePartWeightColumnLevel1(draft);
  nameFourthLevelColumn(draft);
  if (columns.name === undefined && columns.level2 !== undefined) nameBandWordColumn(coverage, first, last, columns.level2 + 1, roles, columns);
  if (columns.name === undefined) takeLevelsOneRankDown(grid, last, roles, columns);
  // Without a name column, 指标内容 holds the names (Hubei declarations).
  if (columns.name === undefined && columns.content !== undefined) {
    roles.set(columns.content, 'name');
    columns.name = columns.content;
    delete columns.content;
  }
  const hasIndicator = columns.name !== undefined || (columns.level2 !== undefined && columns.target !== undefined);
  const hasValue = valueRoles.some((role) => columns[role] !== undefined);
  if (!hasIndicator || !hasValue || roles.size < 2) return null;
  const goal =
    grid.rows
      .slice(first, last + 1)
      .flatMap((row) => row.cells)
      .map((cell) => matchGoalName(cell.text))
      .find((name) => name !== null) ?? null;
  let lastHeaderColumn = -1;
  for (let column = 0; column < width; column += 1) {
    for (let row = first; row <= last; row += 1) if ((coverage[row]?.[column]?.text ?? '').trim() !== '') lastHeaderColumn = column;
  }
  return {
    firstRow: first,
    lastRow: last,
    roles,
    columns,
    goal,
    lastHeaderColumn,
    ...(levelWeights ? { levelWeights } : {}),
    ...(placeValues.length > 0 ? { placeValues } : {}),
  };
}

/**
 * Columns named by places after the indicator's name, in a band naming no value of its own (no 指标值, 完成值): each holds
 * that place's target. They become the band's target columns (the first is `columns.target`); fewer than two: none.
 */
function takePlaceValueColumns(
  coverage: ReadonlyArray<ReadonlyArray<GridCell | undefined>>,
  first: number,
  last: number,
  width: number,
  roles: Map<number, ColumnRole>,
  columns: Partial<Record<ColumnRole, number>>,
): Array<{ column: number; place: string }> {
  if (columns.name === undefined || valueRoles.some((role) => columns[role] !== undefined)) return [];
  const places: Array<{ column: number; place: string }> = [];
  for (let column = columns.name + 1; column < width; column += 1) {
    if (roles.has(column)) continue;
    const cell = coverage[last]?.[column] ?? coverage[first]?.[column];
    if (cell && cell.column === column && isPlaceHeading(cell.text)) places.push({ column, place: normalizeHeaderText(cell.text) });
  }
  if (places.length < MIN_PLACE_COLUMNS) return [];
  for (const { column } of places) roles.set(column, 'target');
  columns.target = places[0]?.column;
  return places;
}

/** Every header band of the grid, top to bottom (a document may hold several tables). */
export function findHeaderBands(grid: Grid, options: HeaderBandOptions = {}): HeaderBand[] {
  const coverage = mapCoverage(grid);
  const bands: HeaderBand[] = [];
  let index = 0;
  while (index < grid.rows.length) {
    if (!isHeaderRow(grid.rows[index]?.cells ?? [])) {
      index += 1;
      continue;
    }
    let end = index;
    while (end + 1 < grid.rows.length && end - index + 1 < MAX_HEADER_ROWS && isHeaderRow(grid.rows[end + 1]?.cells ?? [], true))
      end += 1;
    const band = describeBand(grid, coverage, index, end, options);
    if (band) {
      bands.push(band);
      index = end + 1;
    } else index += 1;
  }
  return bands;
}

/** True when the texts of one row form an indicator header by themselves. */
export function isHeaderTexts(texts: readonly string[]): boolean {
  const filled = texts.filter((text) => text.trim() !== '');
  if (filled.length < 3) return false;
  const grid: Grid = {
    rows: [{ cells: filled.map((text, column) => ({ column, text, rowSpan: 1, colSpan: 1, source: {} })), source: {} }],
  };
  return findHeaderBands(grid).length > 0;
}
