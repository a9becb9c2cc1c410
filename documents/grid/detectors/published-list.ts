/**
 * Published target lists, as government sites print approved targets: `【产出指标-数量指标】
 * 指标1:雷达购置数量(≥13台) 指标2:…`, one or many items per line, goals ("职能1：安保执勤") standing
 * alone or before the list. They become rows under a synthesised header 一级指标 / 二级指标 /
 * 三级指标 / 指标值, so the one indicator reader reads them like any table.
 */
import { trimTrailing } from '../../../core/trim-characters.ts';
import { describeColumnRole } from '../../vocabulary/columns.ts';
import { looksLikeValue } from '../cell-kinds.ts';
import { matchGoalName } from '../goal-names.ts';
import { createTextRow, type GridRow } from '../grid.ts';
import { matchLevel1, matchLevel2 } from '../levels.ts';
import type { LayoutDetector } from './types.ts';

// Bounded repeats: an unclosed 【 repeated along a long line must not make the scan quadratic.
const PUBLISHED_HEADING = /【[^】]{0,40}指标[^】]{0,40}】/;
const LIST_TOKEN = /【([^】]{0,80})】|指标\s{0,5}\d{1,4}\s{0,5}[:：]/g;

/** Splits "名称(≥77台)" into name and value: the last bracketed group is the value. */
export function splitListItem(item: string): { name: string; target: string } {
  const text = trimTrailing(item.trim(), '；;，,、。', { isWhitespaceTrimmed: true });
  const closing = text.at(-1);
  if (closing === ')' || closing === '）') {
    let depth = 0;
    for (let index = text.length - 1; index >= 0; index -= 1) {
      const character = text[index];
      if (character === ')' || character === '）') depth += 1;
      if (character === '(' || character === '（') depth -= 1;
      if (depth === 0) return { name: text.slice(0, index).trim(), target: text.slice(index + 1, -1).trim() };
    }
  }
  const spaced = /^(.*\S)\s+(\S+)$/.exec(text);
  if (spaced?.[1] && spaced[2] && looksLikeValue(spaced[2])) return { name: spaced[1], target: spaced[2] };
  return { name: text, target: '' };
}

/** The 一级 and 二级 of a `【产出指标-数量指标】` heading (either may be missing). */
function readHeading(heading: string): [string, string] {
  const parts = heading.split(/[-－—–·/、|]/).map((part) => part.trim());
  const level1 = parts.find((part) => matchLevel1(part) !== null) ?? '';
  const level2 = parts.find((part) => matchLevel1(part) === null && matchLevel2(part) !== null) ?? '';
  return [level1, level2];
}

function readPublishedList(lines: readonly string[]): GridRow[] {
  if (!lines.some((line) => line.includes('【') && PUBLISHED_HEADING.test(line))) return [];
  const header = ['level1', 'level2', 'name', 'target'] as const;
  const rows: GridRow[] = [];
  let headerWritten = false;
  let levels: [string, string] = ['', ''];
  for (const [index, line] of lines.entries()) {
    const tokens = Array.from(line.matchAll(LIST_TOKEN));
    const lead = line.slice(0, tokens[0]?.index ?? line.length);
    const goal = matchGoalName(lead.trim());
    if (tokens.length === 0 && !goal) {
      if (line.trim() !== '' && !headerWritten) rows.push(createTextRow([line], { line: index + 1 }));
      continue;
    }
    if (!headerWritten) {
      rows.push(createTextRow(header.map(describeColumnRole), { line: index + 1 }));
      headerWritten = true;
    }
    if (goal) rows.push(createTextRow([lead.trim()], { line: index + 1 }));
    for (const [tokenIndex, token] of tokens.entries()) {
      if (token[1] !== undefined) {
        levels = readHeading(token[1]);
        continue;
      }
      const start = (token.index ?? 0) + token[0].length;
      const end = tokens[tokenIndex + 1]?.index ?? line.length;
      const { name, target } = splitListItem(line.slice(start, end));
      if (name === '') continue;
      rows.push(createTextRow([levels[0], levels[1], name, target], { line: index + 1 }));
      levels = ['', ''];
    }
  }
  return rows;
}

export const publishedListDetector: LayoutDetector = { name: 'published-list', readRows: readPublishedList };
