/**
 * The header facts of a performance table: 年度, 单位名称, 主管部门, 项目名称, 实施单位. Headers come
 * as "label：value" on one line, as "label⇥⇥value" cells, or as the label on one line and the value
 * on the next (block layout of sample 000); the year also comes from the title ("2023年部门整体…",
 * "（2022 年度）", "2024年度").
 */
import { compact } from './normalize.ts';
import { splitCells } from './table-rows.ts';
import { trimBoth } from '../../core/trim-characters.ts';

export interface Header {
  unit: string | null;
  year: number | null;
  supervisor: string | null;
  project: string | null;
  /** 实施单位 (project tables). */
  implementer: string | null;
}

/** Labels of the unit's name, most specific first. */
const unitLabels = ['部门(单位)名称', '部门（单位）名称', '预算部门名称', '部门名称', '单位名称', '预算单位', '填报单位'];
const supervisorLabels = ['主管部门'];
const projectLabels = ['项目名称'];
const implementerLabels = ['实施单位'];
const allLabels = [...unitLabels, ...supervisorLabels, ...projectLabels, ...implementerLabels, '年度'];
const writtenLabels = allLabels.map(compact);

/** How far into the text header labels are looked for: tables put them in the first rows. */
const HEADER_LINES = 40;

/** A value that only says a seal goes here, or is empty: not a name. */
function isPlaceholder(value: string): boolean {
  const text = compact(value).replace(/[（(]盖章[）)]/g, '').replace(/[（(]\d{4}年度?[）)]/g, '');
  return text === '' || /^[:：]$/.test(text);
}

/** Cleans a found value: drops a seal note, a trailing year note and surrounding punctuation. */
function cleanValue(value: string): string {
  const cleaned = value.replace(/[（(]盖章[）)]/g, '').replace(/[（(]\s*\d{4}\s*年度?\s*[）)]/g, '');
  return trimBoth(cleaned, ':：', { isWhitespaceTrimmed: true });
}

/** One cell of a header line (trimmed); its text without whitespace is computed when first needed. */
interface HeaderCell {
  text: string;
  written: string | null;
}

/**
 * The cells of the header lines, split once per document: readHeader looks for four groups of
 * labels in the same lines, and splitting them again per group was most of its time.
 */
function readHeaderCells(lines: readonly string[]): HeaderCell[][] {
  return lines.slice(0, HEADER_LINES).map((line) => splitCells(line).map((text) => ({ text, written: null })));
}

/**
 * True when the cell, without whitespace, starts with `wanted`. Cells are trimmed, so only a cell
 * whose first character is the label's can: the others are never compacted (long report lines).
 */
function startsWithWritten(cell: HeaderCell, wanted: string): boolean {
  if (wanted !== '' && cell.text[0] !== wanted[0]) return false;
  cell.written ??= compact(cell.text);
  return cell.written.startsWith(wanted);
}

/**
 * The value given for one of `labels` in the header lines: after a colon on the same line, in a
 * later cell of the same line, or on the next non-blank line. Null when absent or a placeholder.
 */
export function findHeaderValue(lines: readonly string[], labels: readonly string[]): string | null {
  return findInHeaderCells(readHeaderCells(lines), labels);
}

function findInHeaderCells(header: readonly HeaderCell[][], labels: readonly string[]): string | null {
  // Labels are tried in order across all header lines, so "预算部门名称：…" wins over an earlier
  // "预算单位：（盖章）" that names no one.
  for (const label of labels) {
    const wanted = compact(label);
    for (const [index, cells] of header.entries()) {
      const cellIndex = cells.findIndex((cell) => startsWithWritten(cell, wanted));
      if (cellIndex < 0) continue;
      const rest = (cells[cellIndex]?.written ?? '').slice(wanted.length);
      if (!isPlaceholder(rest)) return cleanValue(rest);
      const laterCell = cells.slice(cellIndex + 1).find((later) => !isPlaceholder(later.text));
      if (laterCell !== undefined) return cleanValue(laterCell.text);
      const nextCells = header.slice(index + 1).find((next) => next.some((cell) => cell.text !== ''));
      const value = nextCells?.find((next) => !isPlaceholder(next.text));
      if (value !== undefined && !isLabel(value.text)) return cleanValue(value.text);
    }
  }
  return null;
}

/** True when a cell is itself a header label (so it is not the value of the label above it). */
function isLabel(cell: string): boolean {
  const text = compact(cell);
  return writtenLabels.some((label) => text.startsWith(label)) || /[:：]$/.test(text);
}

/** The year a document is for: "2023年…", "（2022 年度）", "2024年度"; null when none is written. */
export function findYear(lines: readonly string[]): number | null {
  const limit = Math.min(lines.length, HEADER_LINES);
  for (let index = 0; index < limit; index += 1) {
    const match = /((?:19|20)\d{2})\s*年/.exec(lines[index] ?? '');
    if (match?.[1]) return Number(match[1]);
  }
  return null;
}

/**
 * The unit named in a title such as "道县公安局2023年度整体支出绩效评价报告": the text before the
 * year, when the title has one. Null otherwise.
 */
export function findUnitInTitle(lines: readonly string[]): string | null {
  const title = lines.find((line) => line.trim() !== '');
  if (!title) return null;
  const match = /^(.+?)(?:19|20)\d{2}年/.exec(compact(title));
  return match?.[1] ?? null;
}

/** All header facts of a table-like document; each null when the text does not give it. */
export function readHeader(lines: readonly string[]): Header {
  const header = readHeaderCells(lines);
  return {
    unit: findInHeaderCells(header, unitLabels) ?? findUnitInTitle(lines),
    year: findYear(lines),
    supervisor: findInHeaderCells(header, supervisorLabels),
    project: findInHeaderCells(header, projectLabels),
    implementer: findInHeaderCells(header, implementerLabels),
  };
}
