/**
 * A two-row header written one cell per line, its upper row first: "绩效指标 / 指标分值 / 指标解释 /
 * 计分标准 / 自评得分 / 备注" then "一级指标 / 二级指标 / 三级指标" (a Word table's text of a county
 * 部门整体 评分表, docs/layouts.md dept-self-eval-management-score-cell-lines). Read in order, the levels
 * would stand last. When the run opens with a band word and its last words are what the upper words
 * stand over (the header groups of documents/vocabulary/columns.ts: 绩效指标 over the levels, 年度指标值
 * over 指标性质 / 指标值 / 度量单位), each upper word's lower words take its place.
 */
import {
  isBandWord,
  isExplanatoryColumnWord,
  isLeadingBandHeading,
  isLeadingHeading,
  matchColumnRole,
  normalizeHeaderText,
  partWeightHeadings,
  monitoringColumnWordings,
  valueRoles,
  withPartsOverItems,
  type ColumnRole,
} from '../../vocabulary/columns.ts';
import { isTableEnd, isTotalsCell, looksLikeValue } from '../cell-kinds.ts';
import { placeLowerCells } from '../collapsed-header.ts';
import { matchGoalName } from '../goal-names.ts';
import { isLevelName } from '../levels.ts';
import { isUnitName } from '../../text/report-signature.ts';

/** A line of a text dump with one cell per line. */
export interface Line {
  text: string;
  line: number;
}

/** The fewest columns a header one word per line names. */
const MIN_HEADER_LINES = 3;
/** The most header words the vocabulary does not know in a row before one it knows. */
const MAX_UNKNOWN_WORDS = 4;
/** A header word no role names is short (a longer line is a sentence or a name). */
const MAX_UNKNOWN_WORD_LENGTH = 10;
/** The wordings of a column of measures (改进措施, 整改措施), as monitoring tables name it. */
const measureColumnWordings: readonly RegExp[] = monitoringColumnWordings.filter((wording) => wording.column === 'correctiveAction').map((wording) => wording.pattern);

/**
 * The most words a header run holds: the widest header of the fixtures written one word per line has 11,
 * a 监控表's two rows written one after the other about 20. A longer run of column words is no header,
 * and the bound keeps a reader that tries a run at every line linear (a page of "年度目标" lines was
 * quadratic without it).
 */
const MAX_HEADER_WORDS = 32;

/** The fewest lower words a second header row has. */
const MIN_LOWER_WORDS = 2;

/**
 * The header words in the order of their columns: the upper row with each word that stands over
 * lower words replaced by them, the band word gone. The longest lower row that fits wins (a shorter
 * one would leave a lower word in the upper row). Null when the words are one row. The run is two rows
 * when it opens with a band word (绩效指标), or when it names the indicator twice: "指标名称 / 上年度实际水平
 * / 本年度计划水平 / 指标内容 / 二级指标 / 三级指标" (a 申报表 whose 指标名称 stands over 二级 and 三级).
 * `isColumnWord`: a word of the upper row no role names that is still a column of its own (merged down).
 */
export function flattenHeaderRows<Word extends { text: string }>(
  words: readonly Word[],
  isColumnWord: (word: Word) => boolean = (word) => matchColumnRole(word.text) !== null,
): Word[] | null {
  if (words.length < MIN_LOWER_WORDS + 2) return null;
  const opensBand = isBandWord(words[0]?.text ?? '') && matchColumnRole(words[0]?.text ?? '') === null;
  const namesTwice = words.filter((word) => matchColumnRole(word.text) === 'name').length >= 2;
  if (!opensBand && !namesTwice) return null;
  for (let split = 1; split <= words.length - MIN_LOWER_WORDS; split += 1) {
    const upper = words.slice(0, split);
    const lower = words.slice(split);
    const lowerRoles = lower.map((word) => matchColumnRole(word.text));
    if (lowerRoles.some((role) => role === null)) continue;
    const placement = placeLowerCells(upper, lowerRoles as ColumnRole[]);
    // A band word names no column: it must stand over something.
    if (!placement || upper.some((word, position) => !isColumnWord(word) && placement.spans[position] === 0)) continue;
    const ordered: Word[] = [];
    let next = 0;
    upper.forEach((word, position) => {
      const span = placement.spans[position] ?? 0;
      if (span === 0) ordered.push(word);
      ordered.push(...lower.slice(next, next + span));
      next += span;
    });
    // The upper word naming the indicator stands over the lower row's levels and name, never beside them.
    if (ordered.filter((word) => matchColumnRole(word.text) === 'name').length > 1) continue;
    return ordered;
  }
  return null;
}

/**
 * The role of a header word, given the words before it. A column of measures after the 偏差原因 column
 * (偏差原因 / 改进措施, as two columns) is read as a text column of its own, never as the table's end
 * (改进措施 alone is also the heading of a report part under a table).
 */
function headerRoleOf(text: string, before: readonly { text: string }[]): ColumnRole | null {
  const role = matchColumnRole(text);
  if (role !== null) return role;
  const isMeasures = measureColumnWordings.some((pattern) => pattern.test(text.replace(/\s+/g, '')));
  if (isMeasures && before.some((word) => matchColumnRole(word.text) === 'deviation')) return 'remark';
  // An explanatory column after the names and values (指标值设定依据及数据来源): a text column no role names.
  const beforeRoles = before.map((word) => matchColumnRole(word.text));
  const isAfterValues = beforeRoles.includes('name') && beforeRoles.some((role) => role !== null && valueRoles.includes(role));
  return isAfterValues && isExplanatoryColumnWord(text) && !isLevelName(text) ? 'remark' : null;
}

/**
 * A short word that could name a column: no figure, band word, value, level, goal, total, table end or
 * unit's name (a 单位 label's value above the header: "单位 / 某县统计局 / 序号 / 一级指标 …").
 */
function isHeaderLikeWord(text: string): boolean {
  const written = text.replace(/\s+/g, '');
  return (
    written !== '' &&
    written.length <= MAX_UNKNOWN_WORD_LENGTH &&
    !/[\d\t|]/.test(written) &&
    !isBandWord(written) &&
    !isLevelName(written) &&
    !looksLikeValue(written) &&
    matchGoalName(written) === null &&
    !isTotalsCell(written) &&
    !isTableEnd(written) &&
    !isUnitName(written)
  );
}

/**
 * How many lines from `at` are header words the vocabulary does not know ending right before one it
 * knows (一级指标 / 二级指标 / 三级指标 / 中期指标值 / 年度指标值: 中期指标值 is a column of its own, its
 * cells a value each row); 0 when the lines there are no such run.
 */
function countUnknownWords(lines: readonly Line[], at: number, run: readonly Line[]): number {
  for (let count = 1; count <= MAX_UNKNOWN_WORDS; count += 1) {
    const line = lines[at + count - 1];
    if (line === undefined || !isHeaderLikeWord(line.text) || headerRoleOf(line.text, run) !== null) return 0;
    const next = lines[at + count];
    if (next !== undefined && matchColumnRole(next.text) !== null) return count;
  }
  return 0;
}

/** Columns that name the indicator rather than its figures: a header's unknown words stand among them. */
const indicatorColumns: ReadonlySet<ColumnRole> = new Set(['sequence', 'goal', 'level1', 'level2', 'name', 'content']);
const isIndicatorColumn = (role: ColumnRole | null): boolean => role !== null && indicatorColumns.has(role);

/** The longest first piece of a column word a cell line breaks ("年度" / "指标值", "实际" / "完成值"). */
const MAX_BROKEN_PIECE = 4;

/**
 * A column word a page broke over two lines ("年度" then "指标值", "实际" then "完成值"): a short first piece
 * with no column, band or level of its own that makes a column word with the next line. Null otherwise.
 */
function joinBrokenWord(lines: readonly Line[], index: number): Line | null {
  const [first, second] = [lines[index], lines[index + 1]];
  if (first === undefined || second === undefined || first.text.length > MAX_BROKEN_PIECE) return null;
  if (matchColumnRole(first.text) !== null || isBandWord(first.text) || isLevelName(first.text)) return null;
  const text = `${first.text}${second.text}`;
  return matchColumnRole(text) === null ? null : { text, line: first.line };
}

function isPartWeightHeading(text: string): boolean {
  return partWeightHeadings.includes(normalizeHeaderText(text));
}

/** A header run: its words in the order of their columns, each word's role, and the lines it spans. */
export interface HeaderRun {
  words: Line[];
  roles: ColumnRole[];
  length: number;
  /** The run opens with the columns of a table listing projects down its side (isLeadingHeading). */
  hasLeadingHeadings: boolean;
}

/**
 * The header run starting at `start`, or null: column words one per line after any band words, a
 * two-row header written one row after the other put in place (flattenHeaderRows). A word the
 * vocabulary does not know between two it knows is a column whose cell each row fills, read as a text
 * column (the kind of 指标内容): the reader of the header row (header-band.ts) passes it over.
 */
export function readHeaderRun(lines: readonly Line[], start: number): HeaderRun | null {
  const run: Line[] = [];
  const unknown = new Set<Line>();
  let leading = 0;
  let index = start;
  while (index < lines.length) {
    if (run.length > MAX_HEADER_WORDS) return null;
    const brokenWord = joinBrokenWord(lines, index);
    const line = brokenWord ?? (lines[index] as Line);
    if (line.text.includes('\t') || line.text.includes('|')) break;
    if (brokenWord) {
      run.push(brokenWord);
      index += 2;
      continue;
    }
    // A table listing projects down its side opens with their columns (单位名称（项目名称） / 预算金额 / 年度目标 …),
    // after a 序号 at most.
    const isSerialOnly = run.every((word) => unknown.has(word) || matchColumnRole(word.text) === 'sequence');
    if (isSerialOnly && isLeadingHeading(line.text)) {
      run.push(line);
      unknown.add(line);
      leading += 1;
      index += 1;
      continue;
    }
    // A column of bands before the levels (指标类别 over 共性指标 / 特性指标): a column whose cells open band groups. So is
    // a score sheet's 项目权重 over its parts ("项目绩效85分" over the levels; see partsOverItems for one over 评价内容).
    if (run.length === 0 && (isLeadingBandHeading(line.text) || isPartWeightHeading(line.text))) {
      run.push(line);
      unknown.add(line);
      index += 1;
      continue;
    }
    // A band word comes before the column words it stands over, after a 序号 at most (序号 / 绩效指标 / 一级指标 …).
    const isBandPlace = run.every((word) => matchColumnRole(word.text) === null || matchColumnRole(word.text) === 'sequence');
    if (headerRoleOf(line.text, run) !== null || (isBandWord(line.text) && isBandPlace)) {
      run.push(line);
      index += 1;
      continue;
    }
    // Words no role names stand between the indicator's columns: a run of value words alone (the 年度总体目标 block's
    // 实际完成情况 heading, then its texts) is no header they continue.
    const count = run.some((word) => isIndicatorColumn(matchColumnRole(word.text))) ? countUnknownWords(lines, index, run) : 0;
    if (count === 0) break;
    for (const word of lines.slice(index, index + count)) {
      run.push(word);
      unknown.add(word);
    }
    index += count;
  }
  const roleOf = (word: Line, before: readonly Line[]): ColumnRole | null => (unknown.has(word) ? 'content' : headerRoleOf(word.text, before));
  const isColumnWord = (word: Line): boolean => unknown.has(word) || matchColumnRole(word.text) !== null;
  // A band word first may also be the label of the whole block, merged down beside both rows (绩效指标 /
  // 指标名称 / … / 二级指标 / 三级指标): the rows are flattened without it.
  // A 序号 first stands beside both rows too: the rows after it are flattened, and it stays first.
  const serial = matchColumnRole(run[0]?.text ?? '') === 'sequence' ? run.slice(0, 1) : [];
  const rows = run.slice(serial.length);
  const withoutLabel = isBandWord(rows[0]?.text ?? '') ? rows.slice(1) : [];
  const flattened = flattenHeaderRows(rows, isColumnWord) ?? flattenHeaderRows(withoutLabel, isColumnWord);
  const words = flattened ? [...serial, ...flattened] : run.filter((word, position) => roleOf(word, run.slice(0, position)) !== null);
  // 项目权重 over 评价内容: the parts are the 一级 and 评价内容 the names (a score sheet).
  const roles = withPartsOverItems(
    words.map((word) => word.text),
    words.map((word, position) => roleOf(word, words.slice(0, position)) as ColumnRole),
  );
  // Without a name column, 指标内容 holds the names (as header-band.ts reads a tab header).
  const content = roles.findIndex((role, position) => role === 'content' && !unknown.has(words[position] as Line));
  if (!roles.includes('name') && content >= 0) roles[content] = 'name';
  if (roles.length < MIN_HEADER_LINES || !roles.includes('name')) return null;
  return { words, roles, length: index - start, hasLeadingHeadings: leading > 0 };
}
