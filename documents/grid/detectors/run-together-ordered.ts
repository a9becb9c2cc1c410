/**
 * Rows of a table written with single spaces whose 分值 and 得分 are not neighbours: the 2016 Beijing
 * 自评表 writes 分值 before the values and a 得分计算方法 text between the values and the 得分
 * ("… 三级指标 分值 年度指标值 全年实际值 得分计算方法 得分 未完成原因分析"). A row can then not be ended at
 * two neighbouring numbers (run-together.ts): it is read in the header's order, each word a cell (a
 * name, a rule or a reason may take a few), an empty cell leaving no word. Of the readings of the whole
 * stream the one whose cells look most like their columns wins; it is worked out from the end, each row
 * over a bounded window, so the cost stays linear in the words.
 */
import { scoringRuleEndings, scoringRuleOpenings, type ColumnRole } from '../../vocabulary/columns.ts';
import { isDateValue, isQualitativeValue, isTableEnd, isTotalsCell, looksLikeValue } from '../cell-kinds.ts';
import { matchGoalName } from '../goal-names.ts';
import { createTextRow, type GridRow } from '../grid.ts';
import { matchLevel1, matchLevel2 } from '../levels.ts';

export interface OrderedToken {
  text: string;
  line: number;
}

/** Takes the 一级/二级 words opening a row off `rest` (run-together.ts peelLevels). */
export type PeelLevels = (rest: OrderedToken[]) => Map<ColumnRole, string>;

const VALUE_ROLES: ReadonlySet<ColumnRole> = new Set(['priorValue', 'initialTarget', 'target', 'actualToDate', 'actual', 'forecast']);
const TEXT_ROLES: ReadonlySet<ColumnRole> = new Set(['deviation', 'remark', 'likelihood', 'content']);
const POINT_ROLES: ReadonlySet<ColumnRole> = new Set(['weight', 'score']);

/** Whether the header's 分值 and 得分 stand apart, so rows are read in its order here. */
export function isScoredApart(roles: readonly ColumnRole[]): boolean {
  const weight = roles.indexOf('weight');
  const score = roles.indexOf('score');
  return weight >= 0 && score > weight + 1 && roles.indexOf('name') >= 0 && roles.indexOf('name') < weight;
}

/** 分值 and 得分 are plain numbers ("10", "9.58", "10分"). */
const PLAIN_NUMBER = /^\d{1,4}(\.\d{1,3})?分?$/;
const isPlainNumber = (text: string): boolean => PLAIN_NUMBER.test(text);
const pointsOf = (text: string): number => Number(text.replace('分', ''));

const isLevelWord = (text: string): boolean => matchLevel1(text) !== null || matchLevel2(text) !== null;
/** A word that opens a row or closes the table: never inside a row's cells. */
const isRowOpening = (text: string): boolean => isLevelWord(text) || matchGoalName(text) !== null || isTotalsCell(text) || isTableEnd(text);
const isValueWord = (text: string): boolean => looksLikeValue(text) || isQualitativeValue(text) || isDateValue(text);
const isRuleText = (text: string): boolean => scoringRuleEndings.test(text) || scoringRuleOpenings.some((opening) => text.startsWith(opening));

/** Words a name, a rule or a reason may take; the most words a row may take. */
const MAX_NAME_WORDS = 3;
const MAX_RULE_WORDS = 3;
const MAX_TEXT_WORDS = 8;
const MAX_ROW_WORDS = 32;

// What a reading is worth: a row whose cells look like their columns earns, an empty cell or a word
// that fits its column badly costs, a word no row explains costs most.
const ROW_POINTS = 4;
const TYPED_POINTS = 2;
const RULE_ENDING_POINTS = 2;
const RULE_OPENING_POINTS = 1;
const UNTYPED_TEXT_POINTS = -1;
const EMPTY_CELL_POINTS = -1;
const EXTRA_WORD_POINTS = -2;
/** A reason after a row scored in full: nothing to explain, so more likely the next row's name. */
const UNNEEDED_REASON_POINTS = -3;
const UNEXPLAINED_WORD_POINTS = -3;

interface CellsSoFar {
  points: number;
  cells: Map<ColumnRole, string>;
}

/** A twin of the value before it: the same words, or them marked as met ("健全" / "已健全"). */
function isTwinOf(text: string, before: string | undefined): boolean {
  return before !== undefined && before !== '' && (text === before || text === `已${before}` || text === `均已${before}`);
}

/**
 * The ways one cell of `role` may be written from `at` on: each as where it ends and what it is worth
 * (an empty cell ends where it starts). `cells` holds the row's cells so far.
 */
function cellOptions(tokens: readonly OrderedToken[], at: number, role: ColumnRole, cells: ReadonlyMap<ColumnRole, string>): Array<{ end: number; points: number; text: string }> {
  const text = tokens[at]?.text;
  const options: Array<{ end: number; points: number; text: string }> = [];
  if (POINT_ROLES.has(role)) {
    const weight = cells.get('weight');
    const fits = text !== undefined && isPlainNumber(text) && pointsOf(text) <= 100 && (role !== 'score' || weight === undefined || pointsOf(text) <= pointsOf(weight));
    if (fits) options.push({ end: at + 1, points: TYPED_POINTS, text });
    return options;
  }
  // An empty cell leaves no word; a reason is mostly empty, so that costs nothing.
  options.push({ end: at, points: TEXT_ROLES.has(role) ? 0 : EMPTY_CELL_POINTS, text: '' });
  if (text === undefined || isRowOpening(text)) return options;
  if (VALUE_ROLES.has(role)) {
    if (isRuleText(text) && !isValueWord(text)) return options;
    const before = [...VALUE_ROLES].map((valueRole) => cells.get(valueRole)).filter((value) => value !== undefined && value !== '').at(-1);
    options.push({ end: at + 1, points: isValueWord(text) || isTwinOf(text, before) ? TYPED_POINTS : UNTYPED_TEXT_POINTS, text });
    return options;
  }
  if (role === 'scoringRule') {
    let joined = '';
    for (let end = at; end < Math.min(tokens.length, at + MAX_RULE_WORDS); end += 1) {
      const word = (tokens[end] as OrderedToken).text;
      if (isPlainNumber(word) || isRowOpening(word)) break;
      joined += word;
      const evidence = (scoringRuleEndings.test(joined) ? RULE_ENDING_POINTS : 0) + (scoringRuleOpenings.some((opening) => joined.startsWith(opening)) ? RULE_OPENING_POINTS : 0);
      // A rule may open with a value's words ("达到目标 记满分。"), but such words alone are a value.
      if (isValueWord(text) && !scoringRuleEndings.test(joined)) continue;
      options.push({ end: end + 1, points: (evidence > 0 ? evidence : UNTYPED_TEXT_POINTS) + EXTRA_WORD_POINTS * (end - at), text: joined });
    }
    return options;
  }
  if (TEXT_ROLES.has(role)) {
    const weight = cells.get('weight');
    const isFullScore = weight !== undefined && cells.get('score') === weight;
    let joined = '';
    for (let end = at; end < Math.min(tokens.length, at + MAX_TEXT_WORDS); end += 1) {
      const word = (tokens[end] as OrderedToken).text;
      if (isPlainNumber(word) || isRowOpening(word)) break;
      joined += word;
      options.push({ end: end + 1, points: isFullScore ? UNNEEDED_REASON_POINTS : 0, text: joined });
    }
    return options;
  }
  // Any other column (指标性质, 计量单位 …): one word or none.
  options.push({ end: at + 1, points: 0, text });
  return options;
}

/**
 * The readings of one row's cells after its name, from `at`: by where the row ends, the best. The
 * cells go in the header's order; the frontier holds, per position, the best cells so far.
 */
function readCells(tokens: readonly OrderedToken[], at: number, cellRoles: readonly ColumnRole[], start: CellsSoFar): Map<number, CellsSoFar> {
  let frontier = new Map<number, CellsSoFar>([[at, start]]);
  for (const role of cellRoles) {
    const next = new Map<number, CellsSoFar>();
    for (const [position, partial] of frontier) {
      for (const option of cellOptions(tokens, position, role, partial.cells)) {
        const points = partial.points + option.points;
        if ((next.get(option.end)?.points ?? -Infinity) >= points) continue;
        const cells = new Map(partial.cells);
        if (option.text !== '') cells.set(role, option.text);
        next.set(option.end, { points, cells });
      }
    }
    frontier = next;
  }
  return frontier;
}

interface Reading {
  points: number;
  /** The rows from here on, and where the next reading starts (tokens.length at the end). */
  rows: readonly GridRow[];
  next: number;
}

/** The rows of `tokens` read in the header's order (`roles`, 分值 and 得分 apart). */
export function readRowsInHeaderOrder(tokens: readonly OrderedToken[], roles: readonly ColumnRole[], peelLevels: PeelLevels): GridRow[] {
  const nameIndex = roles.indexOf('name');
  const cellRoles = roles.slice(nameIndex + 1);
  const best: Array<Reading | undefined> = [];
  best[tokens.length] = { points: 0, rows: [], next: tokens.length };
  const rowOf = (cells: ReadonlyMap<ColumnRole, string>, line: number): GridRow => createTextRow(roles.map((role) => cells.get(role) ?? ''), { line });
  for (let at = tokens.length - 1; at >= 0; at -= 1) {
    const first = tokens[at] as OrderedToken;
    // The totals row or the table's end: the rest is one row, as run-together.ts keeps it.
    if (isTotalsCell(first.text) || isTableEnd(first.text)) {
      best[at] = { points: 0, rows: [createTextRow(tokens.slice(at).map((token) => token.text), { line: first.line })], next: tokens.length };
      continue;
    }
    const following = best[at + 1] as Reading;
    // A word no row explains: its own text row.
    let reading: Reading = { points: following.points + UNEXPLAINED_WORD_POINTS, rows: [createTextRow([first.text], { line: first.line })], next: at + 1 };
    const window = tokens.slice(at, at + MAX_ROW_WORDS);
    const rest = [...window];
    const goal = matchGoalName(first.text) === null ? [] : [createTextRow([(rest.shift() as OrderedToken).text], { line: first.line })];
    const levels = peelLevels(rest);
    const nameStart = at + window.length - rest.length;
    let name = '';
    for (let nameEnd = nameStart; nameEnd < Math.min(tokens.length, nameStart + MAX_NAME_WORDS); nameEnd += 1) {
      const word = (tokens[nameEnd] as OrderedToken).text;
      if (isPlainNumber(word) || isRowOpening(word)) break;
      name += (name === '' ? '' : ' ') + word;
      const start: CellsSoFar = { points: ROW_POINTS + EXTRA_WORD_POINTS * (nameEnd - nameStart), cells: new Map([...levels, ['name', name]]) };
      for (const [end, partial] of readCells(tokens, nameEnd + 1, cellRoles, start)) {
        if (!partial.cells.has('weight') || !partial.cells.has('score')) continue;
        const after = best[end] as Reading;
        const points = partial.points + after.points;
        if (points > reading.points) reading = { points, rows: [...goal, rowOf(partial.cells, first.line)], next: end };
      }
    }
    best[at] = reading;
  }
  const rows: GridRow[] = [];
  for (let at = 0; at < tokens.length; at = (best[at] as Reading).next) rows.push(...(best[at] as Reading).rows);
  return rows;
}
