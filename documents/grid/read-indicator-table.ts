/**
 * The one indicator-table reader: any grid (from text through recoverGrid, from .xlsx/.docx/.pdf
 * directly) with a header band → goals, levels and indicators, the 总分 row and findings. One
 * reading for target tables, approval tables, self-evaluations, project tables and monitoring
 * tables: the header's columns say which fields a row has. Goals (目标一, 职能1：…, 年度绩效目标1)
 * and 一级/二级 carry down over blank or merged cells; rows whose cells shifted are placed by what
 * each cell is and reported; nothing is invented, and what cannot be placed becomes a finding.
 */
import type { Finding, Goal } from '../../core/model.ts';
import { sumDecimals, toDecimal } from '../../core/decimal.ts';
import { isExecutionRateCell, isNumberCell, isSubtotalCell, isTableEnd, isTotalsCell, parseNumberCell } from './cell-kinds.ts';
import { matchGoalName, readGoalRow } from './goal-names.ts';
import { rowTexts, type Grid, type GridRow } from './grid.ts';
import { nextTableRowFinding, selectGridTable, type GridTableChoice } from './next-table-row.ts';
import { findHeaderBands, type HeaderBand, type HeaderBandOptions } from './header-band.ts';
import { indicatorValueRoles, leadingAmountHeadings, leadingProjectHeadings, leadingUnitHeadings, longTermTableWords, tableEndDate } from '../vocabulary/columns.ts';
import { isLevelName } from './levels.ts';
import { finishDraft, isUnfilledPlace, type IndicatorDraft } from './indicator-draft.ts';
import { createTableState, startGoal, type TableState } from './indicator-state.ts';
import { isGoalDescription, readRow } from './read-row.ts';
import { alignLeftShiftedRow } from './align-left-row.ts';

export interface TotalsRead {
  weight: string | null;
  score: string | null;
  line?: number;
}

export interface IndicatorTableRead {
  /** False when the grid has no indicator header at all. */
  hasTable: boolean;
  goals: Goal[];
  totals: TotalsRead | null;
  /** The 预算执行率 row written among the indicators: its 分值/得分 are the budget's. */
  executionRow?: TotalsRead | null;
  findings: Finding[];
  /** 1-based source line of the first header, when known. */
  headerLine?: number;
  /** The project and its amount from the leading 项目名称 / 预算金额 columns of a table listing projects. */
  leading?: { project: string | null; amount: string | null; unit?: string | null };
}

/**
 * The 总分 row: 分值 and 得分 under their columns, else the row's last two numbers; a lone number not under
 * either column is the 得分, or the 分值 where the rows above carry 分值 and no 得分 (`isUnscored`: a
 * self-evaluation whose 得分 column was left unfilled, "合计 | 100", a Sichuan county's 自评表).
 */
function readTotals(texts: readonly string[], band: HeaderBand, line: number | undefined, isUnscored = false): TotalsRead {
  const at = (column: number | undefined) => (column === undefined ? null : parseNumberCell(texts[column]));
  // A scoring sheet with a 分值 per level may write the total 分值 under the 一级's.
  const weight = at(band.columns.weight) ?? at(band.levelWeights?.level1);
  const score = at(band.columns.score);
  const numbers = texts.slice(1).filter(isNumberCell).map((text) => parseNumberCell(text) as string);
  // A row written without its empty cells ("总分 / 100 / 98.8", one cell per line): its two numbers, in order, whichever
  // of them the 分值 column's place fell on (a 序号 column before the levels moves the places by one).
  if (weight !== null && score === null && numbers.length === 2 && numbers.includes(weight)) return { weight: numbers[0] ?? null, score: numbers[1] ?? null, line };
  // A row whose figures run on past the 得分 column, the header's last, was placed too far right ("总分 100 100 100 91"
  // under 一级 | 分值 | 二级 | 分值 | 三级 | 分值 | 得分, a fixed-width line cut at its runs of spaces, its empty cells
  // dropped): its last two numbers.
  const scoreColumn = band.columns.score;
  if (scoreColumn !== undefined && scoreColumn === band.lastHeaderColumn && numbers.length >= 2 && texts.slice(scoreColumn + 1).some(isNumberCell)) {
    return { weight: numbers.at(-2) ?? null, score: numbers.at(-1) ?? null, line };
  }
  // A row written without its empty cells that stops before the 得分 column ("总分 / 100 / 100 / 100 / 91.1" under
  // 一级 | 分值 | 二级 | 分值 | 三级 | 分值 | 具体指标 | 评价标准 | 得分, one cell per line): its figures in order, the 得分 last.
  if (score === null && !isUnscored && scoreColumn !== undefined && texts.length <= scoreColumn && numbers.length >= 2) {
    return { weight: weight ?? numbers[0] ?? null, score: numbers.at(-1) ?? null, line };
  }
  if (weight !== null || score !== null) return { weight, score, line };
  if (numbers.length >= 2) return { weight: numbers.at(-2) ?? null, score: numbers.at(-1) ?? null, line };
  if (isUnscored) return { weight: numbers[0] ?? null, score: null, line };
  return { weight: null, score: numbers[0] ?? null, line };
}

/** Whether the indicators read so far carry a 分值 and none a 得分. */
function isUnscoredTable(state: TableState): boolean {
  const drafts = state.goals.flatMap((goal) => goal.drafts);
  return drafts.some((draft) => draft.weight.trim() !== '') && drafts.every((draft) => draft.score.trim() === '');
}

/** Reads the rows of one band until its table ends; returns the totals row when met, and whether the document's indicator part ended. */
function readBand(
  state: TableState,
  rows: readonly GridRow[],
  band: HeaderBand,
  end: number,
  found: { executionRow: TotalsRead | null },
): { totals: TotalsRead | null; ended: boolean } {
  const above = band.firstRow > 0 ? rowTexts(rows[band.firstRow - 1] as GridRow).map((text) => text.trim()).filter((text) => text !== '') : [];
  const goalAbove = band.goal ? null : readGoalRow(above, isGoalDescription);
  if (goalAbove !== null && state.goals.every((goal) => goal.name !== goalAbove)) startGoal(state, goalAbove);
  if (band.goal) {
    state.pendingName = null;
    readRow(state, { texts: [band.goal], band: { ...band, columns: {} }, line: rows[band.firstRow]?.source.line ?? 1, goalOnly: true });
  }
  for (let index = band.lastRow + 1; index < end; index += 1) {
    const row = rows[index] as GridRow;
    const texts = alignLeftShiftedRow(rowTexts(row), band);
    // A 序号 cell is no part of what the row says: "1 | 预算执行率 | …" is still the budget's row.
    const filled = texts.filter((text, column) => text.trim() !== '' && !isSerialCell(text, column, band));
    if (filled.length === 0) continue;
    const line = row.source.line ?? index + 1;
    if (isTotalsCell(filled[0] as string)) return { totals: readTotals(texts, band, line, isUnscoredTable(state)), ended: true };
    if (isExecutionRateCell(filled[0] as string) && !isRateIndicatorRow(state, texts, band)) {
      found.executionRow ??= readTotals(texts, band, line);
      continue;
    }
    if (isTableEndRow(texts, band)) return { totals: null, ended: true };
    // A level's 小计 sums rows already read; it is neither an indicator nor a shifted row.
    if (isSubtotalCell(filled[0] as string)) continue;
    if (isLeadingHeadingRow(texts, band)) continue;
    readRow(state, { texts, band, line, cellLines: row.cells.map((cell) => ({ column: cell.column, line: cell.source.line })) });
  }
  return { totals: null, ended: false };
}

/**
 * Whether a row's first two cells end the indicator part (审核意见, the signatures, the form's date). A date in a
 * value column after the row's name is the value of a 时效 indicator ("设备安装时间 | 2024年12月", its levels
 * merged above), not the date the form was signed.
 */
function isTableEndRow(texts: readonly string[], band: HeaderBand): boolean {
  const opening = texts.flatMap((text, column) => (text.trim() === '' || isSerialCell(text, column, band) ? [] : [{ text, column }])).slice(0, 2);
  return opening.some(({ text, column }, position) => isTableEnd(text) && !(position > 0 && isDateValue(text, column, band)));
}

function isDateValue(text: string, column: number, band: HeaderBand): boolean {
  const role = band.roles.get(column);
  return role !== undefined && indicatorValueRoles.has(role) && tableEndDate.test(text.replace(/\s+/g, ''));
}

/** A row's number in the 序号 column (a 总分 written across that column is no number). */
function isSerialCell(text: string, column: number, band: HeaderBand): boolean {
  return column === band.columns.sequence && /^\s*\d{1,3}\s*$/.test(text);
}

/**
 * 预算执行率 written in the 三级 column under a 一级 carried down from above is an indicator of its
 * group (the national framework scores it under 过程 / 资金管理, 财预〔2020〕10号 附件); written in the
 * first column before any level, it is the budget's row (its 分值/得分 are the budget's).
 */
function isRateIndicatorRow(state: TableState, texts: readonly string[], band: HeaderBand): boolean {
  const firstFilled = texts.findIndex((text, column) => text.trim() !== '' && !isSerialCell(text, column, band));
  return state.level1 !== '' && firstFilled === band.columns.name && band.columns.level1 !== undefined && band.columns.level1 < firstFilled;
}

/**
 * A row written only in columns left of the indicator columns that no role names ("松阳县图书馆 | 58.00"
 * above its projects in a published 项目支出绩效目标表 whose first columns are 单位名称（项目名称）|
 * 预算金额): a heading of the table's own, no indicator and no shifted row. A goal label is no heading.
 */
function isLeadingHeadingRow(texts: readonly string[], band: HeaderBand): boolean {
  const indicatorColumns = (['level1', 'level2', 'name'] as const).map((role) => band.columns[role]).filter((column) => column !== undefined);
  if (indicatorColumns.length === 0) return false;
  const firstIndicatorColumn = Math.min(...indicatorColumns);
  const filledColumns = texts.flatMap((text, column) => (text.trim() === '' ? [] : [column]));
  // A goal label there opens the goal's rows (a goal column the header names no role for).
  if (texts.some((text) => matchGoalName(text.trim()) !== null)) return false;
  return filledColumns.every((column) => column < firstIndicatorColumn && !band.roles.has(column));
}

interface LeadingColumns {
  project: number;
  amount: number;
  unit: number;
}

/** The leading 单位名称 / 项目名称 / 预算金额 columns of a table listing projects down its side. */
function findLeadingColumns(rows: readonly GridRow[], band: HeaderBand | undefined): LeadingColumns | undefined {
  if (!band || band.columns.name === undefined) return undefined;
  const header = rowTexts(rows[band.firstRow] as GridRow).map((text) => text.replace(/\s+/g, '').replace(/（/g, '(').replace(/）/g, ')'));
  const leadingIndex = (headings: readonly string[]): number =>
    header.findIndex((text, column) => column < (band.columns.name as number) && headings.includes(text));
  const project = leadingIndex(leadingProjectHeadings);
  if (project < 0) return undefined;
  return { project, amount: leadingIndex(leadingAmountHeadings), unit: leadingIndex(leadingUnitHeadings) };
}

/** The first indicator row's cells under the leading 单位名称 / 项目名称 / 预算金额 headings of the first band. */
function readLeadingColumns(rows: readonly GridRow[], band: HeaderBand | undefined): IndicatorTableRead['leading'] {
  const columns = findLeadingColumns(rows, band);
  if (!band || !columns) return undefined;
  for (let index = band.lastRow + 1; index < rows.length; index += 1) {
    const texts = rowTexts(rows[index] as GridRow);
    if ((texts[band.columns.name as number] ?? '').trim() === '' || isLeadingHeadingRow(texts, band)) continue;
    const project = (texts[columns.project] ?? '').trim();
    const unit = columns.unit < 0 ? '' : (texts[columns.unit] ?? '').trim();
    const amount = columns.amount < 0 ? null : parseNumberCell(texts[columns.amount]);
    return { project: project === '' ? null : project, amount, unit: unit === '' ? null : unit };
  }
  return undefined;
}

/**
 * In a table listing projects down its side, the row opening the second project: after the first
 * project's rows, a row writing text and an amount before its first level cell (where the merged
 * 单位名称 of the same unit left no trace, the project's name stands in the first column). The
 * first project is the document, as with several tables on one page (documents/text/several-documents.ts).
 */
function findNextProjectRow(rows: readonly GridRow[], band: HeaderBand | undefined, end: number): number {
  if (!band || !findLeadingColumns(rows, band)) return -1;
  let projectsSeen = 0;
  for (let index = band.lastRow + 1; index < end; index += 1) {
    const texts = rowTexts(rows[index] as GridRow).map((text) => text.trim());
    const firstLevel = texts.findIndex((text) => text !== '' && isLevelName(text));
    if (firstLevel <= 0) continue;
    const before = texts.slice(0, firstLevel).filter((text) => text !== '');
    const opensProject = before.some((text) => parseNumberCell(text) !== null) && before.some((text) => parseNumberCell(text) === null);
    if (!opensProject) continue;
    projectsSeen += 1;
    if (projectsSeen === 2) return index;
  }
  return -1;
}

/** A header labelled as the long-term table (长期绩效指标) beside its header words or on a row of its own above. */
function isLongTermBand(rows: readonly GridRow[], band: HeaderBand): boolean {
  const isLabel = (text: string): boolean => longTermTableWords.includes(text.replace(/\s+/g, ''));
  const above = band.firstRow > 0 ? rowTexts(rows[band.firstRow - 1] as GridRow).filter((text) => text.trim() !== '') : [];
  return rowTexts(rows[band.firstRow] as GridRow).some(isLabel) || (above.length === 1 && isLabel(above[0] as string));
}

/** A 一级 heading's stated weight must match the sum of its rows' 分值 (heading-weight-mismatch). */
function checkHeadingWeights(state: TableState, goals: readonly Goal[]): void {
  for (const heading of state.headingWeights) {
    const indicators = goals[heading.goalIndex]?.indicators.filter((indicator) => indicator.level1 === heading.level1) ?? [];
    if (indicators.every((indicator) => indicator.weight === undefined || indicator.weight === null)) continue;
    const sum = sumDecimals(indicators.map((indicator) => indicator.weight));
    if (sum.equals(toDecimal(heading.weight) ?? sum)) continue;
    state.findings.push({
      severity: 'warning',
      code: 'heading-weight-mismatch',
      message: `${heading.level1}标注${heading.weight}分，但其下各指标分值合计${sum.toFixed()}分，请核对分值。`,
      path: `goals.${heading.goalIndex}`,
      line: heading.line,
    });
  }
}

/**
 * Reads every indicator table of the grid into goals (of one table of a file of several: the first, or
 * the chosen one); never throws on content. `options.columnRoles`
 * is an explicit column-role mapping (header-band.ts) that replaces the vocabulary's reading;
 * `options.table` the table of a file of several that the text reader read (next-table-row.ts).
 */
export function readIndicatorGrid(wholeGrid: Grid, options: HeaderBandOptions & { table?: GridTableChoice } = {}): IndicatorTableRead {
  // Several tables one after another: the chosen one's rows only, the first by default (next-table-row.ts).
  const { grid, nextRow: nextTable } = selectGridTable(wholeGrid, options.table);
  const bands = findHeaderBands(grid, options);
  if (bands.length === 0) return { hasTable: false, goals: [], totals: null, findings: [] };
  const state = createTableState();
  let totals: TotalsRead | null = null;
  const found: { executionRow: TotalsRead | null } = { executionRow: null };
  const isLongTerm = bands.map((band) => isLongTermBand(grid.rows, band));
  const hasYearTable = isLongTerm.includes(false);
  const nextProject = findNextProjectRow(grid.rows, bands[0], bands[1]?.firstRow ?? grid.rows.length);
  for (const [index, band] of bands.entries()) {
    if (hasYearTable && isLongTerm[index]) continue;
    const end = nextProject >= 0 ? nextProject : (bands[index + 1]?.firstRow ?? grid.rows.length);
    const read = readBand(state, grid.rows, band, end, found);
    totals = read.totals ?? totals;
    if (nextProject >= 0 || (read.ended && index === bands.length - 1)) break;
  }
  if (nextProject >= 0) {
    const line = grid.rows[nextProject]?.source.line;
    state.findings.push({
      severity: 'warning',
      code: 'several-documents',
      message: `表中列有不止一个项目（${line === undefined ? '下一项目' : `第${line}行起是下一个项目`}），只读入了第一个：其余项目请分别上传。`,
      path: '',
      ...(line === undefined ? {} : { line }),
    });
  }
  if (nextTable >= 0 && nextProject < 0) state.findings.push(nextTableRowFinding(wholeGrid, nextTable));
  if (state.pendingName) {
    state.findings.push({
      severity: 'warning',
      code: 'unparsed-line',
      message: `第${state.pendingName.line}行的“${state.pendingName.text}”像是指标名称，但没有找到它的指标值和分值，请核对原表。`,
      path: 'goals',
      line: state.pendingName.line,
    });
  }
  const findings: Finding[] = [];
  const kept = state.goals.map((goal) => goal.drafts.filter((draft) => !isUnfilledPlace(draft)));
  const goals: Goal[] = state.goals.map((goal, goalIndex) => ({
    name: goal.name,
    indicators: (kept[goalIndex] ?? []).map((draft, indicatorIndex) =>
      finishDraft(draft, `goals.${goalIndex}.indicators.${indicatorIndex}`, findings),
    ),
  }));
  checkHeadingWeights(state, goals);
  return {
    hasTable: true,
    goals,
    totals,
    executionRow: found.executionRow,
    findings: [...withKeptPaths(state.findings, state.goals, kept), ...findings],
    headerLine: grid.rows[bands[0]?.firstRow ?? 0]?.source.line,
    leading: readLeadingColumns(grid.rows, bands[0]),
  };
}

export { matchGoalName };

/** Findings made while reading rows point at drafts by place; with a template's empty places left out, the places after them move up. */
function withKeptPaths(findings: readonly Finding[], goals: ReadonlyArray<{ drafts: readonly IndicatorDraft[] }>, kept: ReadonlyArray<readonly IndicatorDraft[]>): Finding[] {
  if (goals.every((goal, index) => goal.drafts.length === kept[index]?.length)) return [...findings];
  return findings.map((finding) => {
    const match = /^goals\.(\d+)\.indicators\.(\d+)/.exec(finding.path);
    const draft = match ? goals[Number(match[1])]?.drafts[Number(match[2])] : undefined;
    const place = draft ? (kept[Number(match![1])]?.indexOf(draft) ?? -1) : -1;
    return match && place >= 0 ? { ...finding, path: `goals.${match[1]}.indicators.${place}${finding.path.slice(match[0].length)}` } : finding;
  });
}
