/**
 * Tables whose rows lost their cell separators: the header on one line with single spaces
 * ("一级指标 二级指标 三级指标 年度指标值 实际完成值 分值 得分 偏差原因分析及改进措施") and the rows
 * after it with single spaces between cells, one row per line or the whole table on one line. Blank
 * merged cells leave no trace, so rows are cut at anchors the header promises: where the table has
 * 分值 and 得分, a row ends at two neighbouring numbers; otherwise at a token that reads as a value.
 * Level names are peeled off the start of a row; the value tokens are taken from its end, the rest
 * is the name. A value broken by spaces ("≥ 1 场") is put back together first.
 */
import { describeColumnRole, isBandWord, matchColumnRole, type ColumnRole } from '../../vocabulary/columns.ts';
import { isNumberCell, isTableEnd, isTotalsCell, looksLikeValue } from '../cell-kinds.ts';
import { matchGoalName } from '../goal-names.ts';
import { createTextRow, type GridRow } from '../grid.ts';
import { matchLevel1, matchLevel2 } from '../levels.ts';
import type { LayoutDetector } from './types.ts';

const MIN_HEADER_WORDS = 3;
const OPERATOR_ONLY = /^(≥|≤|>|<|=|>=|<=|不少于|不低于|不超过|不高于|大于|小于|少于|高于|低于|达到|控制在|下降|上升|增长|减少)$/;
const UNIT_ONLY = /^[^\d\s≥≤<>=]{1,4}$/;

interface Token {
  text: string;
  line: number;
}

/** The roles of a header line written with single spaces, or null. */
function readHeaderWords(line: string): { roles: ColumnRole[]; rest: string } | null {
  const words = line.trim().split(/\s+/);
  const roles: ColumnRole[] = [];
  let used = 0;
  for (const word of words) {
    const role = matchColumnRole(word);
    if (role !== null) roles.push(role);
    else if (!isBandWord(word) || roles.length > 0) break;
    used += 1;
  }
  if (roles.length < MIN_HEADER_WORDS || !roles.includes('name')) return null;
  return { roles, rest: words.slice(used).join(' ') };
}

/** Puts back together a value that spaces broke into tokens: "≥ 1 场" → "≥1场". */
function mergeValueTokens(tokens: readonly Token[]): Token[] {
  const merged: Token[] = [];
  let joinNext = false;
  for (const token of tokens) {
    const last = merged.at(-1);
    const joinsUnit = last !== undefined && /^[\d≥≤<>=.]/.test(last.text) && /[\d%]$/.test(last.text) && UNIT_ONLY.test(token.text) && !OPERATOR_ONLY.test(token.text) && matchLevel1(token.text) === null && matchLevel2(token.text) === null;
    if (last && (joinNext || joinsUnit)) last.text = `${last.text}${token.text}`;
    else merged.push({ ...token });
    joinNext = OPERATOR_ONLY.test(token.text);
  }
  return merged;
}

const trailingRoles: readonly ColumnRole[] = ['deviation', 'remark', 'likelihood'];

/** Cuts the token stream into rows by the header's anchors and places each row's cells. */
function readStream(tokens: readonly Token[], roles: readonly ColumnRole[]): GridRow[] {
  const rows: GridRow[] = [];
  const hasPair = roles.includes('weight') && roles.includes('score');
  const valueRolesInOrder = roles.filter((role) => role === 'target' || role === 'initialTarget' || role === 'actual' || role === 'actualToDate' || role === 'forecast');
  const hasTrailing = trailingRoles.some((role) => roles.includes(role));
  const place = (cells: Map<ColumnRole, string>, line: number): void => {
    rows.push(createTextRow(roles.map((role) => cells.get(role) ?? ''), { line }));
  };
  let segment: Token[] = [];
  let previous: Map<ColumnRole, string> | null = null;
  let previousLine = 0;
  const flushPrevious = (): void => {
    if (previous) place(previous, previousLine);
    previous = null;
  };
  const closeRow = (values: Token[]): void => {
    const cells = new Map<ColumnRole, string>();
    let rest = [...segment];
    // Leading words before a level name belong to the previous row's trailing column.
    const levelAt = rest.findIndex((token) => matchLevel1(token.text) !== null || matchLevel2(token.text) !== null || matchGoalName(token.text) !== null);
    if (previous && hasTrailing && levelAt > 0) {
      previous.set(trailingRoles.find((role) => roles.includes(role)) as ColumnRole, rest.slice(0, levelAt).map((token) => token.text).join(''));
      rest = rest.slice(levelAt);
    } else if (previous && hasTrailing && levelAt < 0 && rest.length >= 2 + valueRolesInOrder.length) {
      previous.set(trailingRoles.find((role) => roles.includes(role)) as ColumnRole, (rest[0] as Token).text);
      rest = rest.slice(1);
    }
    flushPrevious();
    const goal = rest[0] && matchGoalName(rest[0].text);
    if (goal) {
      rows.push(createTextRow([(rest[0] as Token).text], { line: (rest[0] as Token).line }));
      rest = rest.slice(1);
    }
    if (rest[0] && roles.includes('level1') && matchLevel1(rest[0].text)) cells.set('level1', (rest.shift() as Token).text);
    if (rest[0] && roles.includes('level2') && matchLevel2(rest[0].text) && !matchLevel1(rest[0].text)) cells.set('level2', (rest.shift() as Token).text);
    const valueCount = Math.min(valueRolesInOrder.length, Math.max(0, rest.length - 1));
    const valueTokens = rest.splice(rest.length - valueCount, valueCount);
    valueRolesInOrder.slice(valueRolesInOrder.length - valueCount).forEach((role, index) => cells.set(role, valueTokens[index]?.text ?? ''));
    cells.set('name', rest.map((token) => token.text).join(' '));
    if (hasPair) {
      cells.set('weight', values[0]?.text ?? '');
      cells.set('score', values[1]?.text ?? '');
    }
    const line = (segment[0] ?? values[0])?.line ?? 0;
    segment = [];
    previous = cells;
    previousLine = line;
  };
  for (let index = 0; index < tokens.length; index += 1) {
    const token = tokens[index] as Token;
    if (isTotalsCell(token.text) || isTableEnd(token.text)) {
      if (segment.length > 0 && previous && hasTrailing) (previous as Map<ColumnRole, string>).set('deviation', segment.map((t) => t.text).join(''));
      flushPrevious();
      rows.push(createTextRow(tokens.slice(index).map((t) => t.text), { line: token.line }));
      return rows;
    }
    if (hasPair) {
      const next = tokens[index + 1];
      const isPair = isNumberCell(token.text) && next !== undefined && isNumberCell(next.text) && segment.length >= 2;
      if (isPair) {
        closeRow([token, next]);
        index += 1;
        continue;
      }
      segment.push(token);
    } else {
      segment.push(token);
      const rest = segment.filter((item) => matchLevel1(item.text) === null && matchLevel2(item.text) === null && matchGoalName(item.text) === null);
      if (looksLikeValue(token.text) && rest.length >= 1 + valueRolesInOrder.length) closeRow([]);
    }
  }
  if (segment.length > 0 && previous && hasTrailing) (previous as Map<ColumnRole, string>).set('deviation', segment.map((t) => t.text).join(''));
  flushPrevious();
  return rows;
}

function readRunTogether(lines: readonly string[]): GridRow[] {
  const rows: GridRow[] = [];
  let found = false;
  for (let index = 0; index < lines.length; index += 1) {
    const line = lines[index] as string;
    const header = line.includes('\t') || line.includes('|') ? null : readHeaderWords(line);
    if (!header) {
      if (line.trim() !== '') rows.push(createTextRow([line], { line: index + 1 }));
      continue;
    }
    found = true;
    rows.push(createTextRow(header.roles.map(describeColumnRole), { line: index + 1 }));
    const tokens: Token[] = [];
    const push = (text: string, lineNumber: number): void => {
      for (const word of text.trim().split(/\s+/)) if (word !== '') tokens.push({ text: word, line: lineNumber });
    };
    push(header.rest, index + 1);
    let end = index + 1;
    while (end < lines.length && !(lines[end] ?? '').includes('\t') && readHeaderWords(lines[end] ?? '') === null) {
      push(lines[end] ?? '', end + 1);
      end += 1;
    }
    rows.push(...readStream(mergeValueTokens(tokens), header.roles));
    index = end - 1;
  }
  return found ? rows : [];
}

export const runTogetherDetector: LayoutDetector = { name: 'run-together', readRows: readRunTogether };
