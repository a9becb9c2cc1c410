/**
 * The 年度总体目标 of a 目标表 or 批复表: the text written beside (or under) its label. Tables name it in many ways
 * (年度总体目标, 整体绩效目标, 绩效目标, 总体目标, 年度目标, 项目总体绩效目标 …) and place it three ways:
 *
 * - beside the label: "年度目标 | 完成…", "绩效目标      保障…", "年度目标：购置…" (one cell), or the next line when
 *   each cell has its own line;
 * - under a split label: "整体绩效目标 | 中期目标（2024-2026年） | | 年度目标" with the texts on the row below, each
 *   under its own heading: the year's text is the one under 年度目标;
 * - labelled twice: "总目标 | …" then "本年度目标 | …": the year's label wins over a general one.
 *
 * A label followed by a column heading ("绩效目标 | 一级指标 | …") heads the indicator table and has no text.
 */
import { matchColumnRole } from '../vocabulary/columns.ts';
import { compact } from './normalize.ts';
import type { TableRow } from './table-rows.ts';

/** Labels of the year's goal: preferred over the general ones below when a table writes both. */
const YEAR_LABELS = ['年度整体绩效目标', '年度总体绩效目标', '年度总体目标', '年度绩效目标', '项目年度绩效目标', '项目年度目标', '本年度目标', '年度目标', '当年目标'];
/** General labels of the goal (a table that writes one goal only). */
const GENERAL_LABELS = ['项目总体绩效目标', '整体绩效目标', '总体绩效目标', '项目绩效目标', '总体目标', '绩效目标'];
/** Sub-headings of a split label: the period a text below is for. */
const PERIOD_HEADING = /^(长期|中期|中长期|远期|总|本?年度|当年)(绩效)?目标([(（][^)）]*[)）])?$/;
const YEAR_HEADING = /^(调整后)?(本?年度|当年)(绩效)?目标([(（][^)）]*[)）])?$/;
/** Headings of the 预期目标 / 实际完成情况 block and of a revision's two goals (原年度目标 / 调整后年度目标). */
const OTHER_HEADING = /^(预期目标|(全年)?实际完成情况|(年度)?目标完成情况|(原|调整前|调整后)(本?年度|当年)?(绩效)?目标)$/;

interface Candidate {
  text: string;
  line: number;
  isYear: boolean;
}

/** The label a cell is, with the text written after it in the same cell (may be ''), or null. */
function labelOf(cell: string): { isYear: boolean; rest: string } | null {
  const written = cell.trim().replace(/^[*＊]\s*/, '');
  for (const [labels, isYear] of [
    [YEAR_LABELS, true],
    [GENERAL_LABELS, false],
  ] as const) {
    for (const label of labels) {
      if (!written.startsWith(label)) continue;
      const after = written.slice(label.length);
      // The label alone, or followed by a colon or a space and its text ("年度目标：…", "绩效目标    保障…").
      if (compact(after).replace(/^[:：]$/, '') === '') return { isYear, rest: '' };
      const text = /^\s*[:：]\s*|^\s+/.exec(after);
      if (text) return { isYear, rest: after.slice(text[0].length).trim() };
    }
  }
  return null;
}

/** True for a cell that is a heading, not a goal's text: a period heading, a label, a column of the indicator table. */
function isHeading(cell: string): boolean {
  const written = compact(cell);
  return PERIOD_HEADING.test(written) || OTHER_HEADING.test(written) || labelOf(cell) !== null || (written.length <= 12 && matchColumnRole(written) !== null);
}

/** The text under the year's heading of a split label, on the row below, or null. */
function readUnderSplitLabel(rows: readonly TableRow[], rowIndex: number, from: number): Candidate | null {
  const row = rows[rowIndex] as TableRow;
  const column = row.cells.findIndex((cell, index) => index >= from && YEAR_HEADING.test(compact(cell)));
  const below = rows[rowIndex + 1];
  if (column < 0 || !below || below.cells.length !== row.cells.length) return null;
  const text = below.cells[column]?.trim() ?? '';
  return text === '' || isHeading(text) ? null : { text, line: below.cellLines[column] ?? below.line, isYear: true };
}

/** The first non-empty cell after (rowIndex, cellIndex) in reading order, with its line. */
function nextCell(rows: readonly TableRow[], rowIndex: number, cellIndex: number): { text: string; line: number; rowIndex: number } | null {
  for (let r = rowIndex; r < rows.length; r += 1) {
    const row = rows[r] as TableRow;
    for (let c = r === rowIndex ? cellIndex + 1 : 0; c < row.cells.length; c += 1) {
      const text = row.cells[c]?.trim() ?? '';
      if (text !== '') return { text, line: row.cellLines[c] ?? row.line, rowIndex: r };
    }
  }
  return null;
}

/** The goal a label cell gives, or null when it heads something else. */
function readAtLabel(rows: readonly TableRow[], rowIndex: number, cellIndex: number, label: { isYear: boolean; rest: string }): Candidate | null {
  const row = rows[rowIndex] as TableRow;
  if (label.rest !== '') return isHeading(label.rest) ? null : { text: label.rest, line: row.cellLines[cellIndex] ?? row.line, isYear: label.isYear };
  const next = nextCell(rows, rowIndex, cellIndex);
  if (!next) return null;
  if ((PERIOD_HEADING.test(compact(next.text)) || OTHER_HEADING.test(compact(next.text))) && next.rowIndex === rowIndex) return readUnderSplitLabel(rows, rowIndex, cellIndex + 1);
  // The text of a label written alone on its row is on the next row only when that row is the text alone (cells one
  // per line); a row of several cells below a lone label is the table's next part.
  if (next.rowIndex !== rowIndex && (rows[next.rowIndex] as TableRow).cells.filter((cell) => cell.trim() !== '').length > 1) return null;
  if (isHeading(next.text)) return null;
  return { text: next.text, line: next.line, isYear: label.isYear };
}

/** The year's overall goal of the rows above a table's indicators, or null when none is written. */
export function readOverallGoal(rows: readonly TableRow[]): { text: string; line: number } | null {
  let general: Candidate | null = null;
  for (const [rowIndex, row] of rows.entries()) {
    for (const [cellIndex, cell] of row.cells.entries()) {
      const label = labelOf(cell);
      if (!label) continue;
      const candidate = readAtLabel(rows, rowIndex, cellIndex, label);
      if (!candidate) continue;
      if (candidate.isYear) return { text: candidate.text, line: candidate.line };
      general ??= candidate;
    }
  }
  return general && { text: general.text, line: general.line };
}
