/**
 * The indicator rows of a self-evaluation or project table (everything below the 一级指标 / 二级指标
 * / 三级指标 header down to 总分). Tables merge cells, so a blank 一级/二级 means "same as above"
 * and a 二级 alone implies its 一级; extraction breaks a name over lines, and the rest of a name
 * may come on the line after its row (001: "打掉电信" … "诈骗团伙 目标数") or its start on the
 * line before the values. Rows that cannot be placed become findings; no value is ever guessed.
 */
import type { Finding, Indicator } from '../../core/model.ts';
import { compact } from './normalize.ts';
import { headingWeight, impliedLevel1, matchLevel1, matchLevel2 } from './levels.ts';
import type { TableRow } from './table-rows.ts';
import {
  lastColumn,
  readIndicatorCells,
  type IndicatorCells,
  type IndicatorColumns,
} from './column-variants.ts';
import {
  cleanValueText,
  hasText,
  joinWithoutExtractionSpaces,
  parseNumberCell,
} from './self-evaluation-text.ts';
import { toIndicatorValue } from './self-evaluation-value.ts';
import { splitRunTogetherRow } from './project-run-together.ts';

/** An indicator while its row and continuation rows are read: text kept as fragments. */
interface DraftIndicator {
  level1: string;
  level2: string;
  names: string[];
  targets: string[];
  actuals: string[];
  weight: string;
  score: string;
  deviations: string[];
  line: number;
}

export interface IndicatorRowsResult {
  indicators: Indicator[];
  /** The 总分 row, when the table has one. */
  totalsRow: TableRow | null;
  /** Weights written in 一级 headings ("产出指标（50分）" → 产出指标: "50"). */
  headingWeights: Map<string, string>;
  findings: Finding[];
}

/** The 总分 / 合计 row that closes the table. */
export function isTotalsRow(row: TableRow): boolean {
  const first = row.cells.find((cell) => cell.trim() !== '');
  return first !== undefined && /^(总分|合计|总计|分值合计)$/.test(compact(first));
}

/** "指标1:" / "指标 12：" before a name in project tables. */
const NUMBERED_NAME = /^指标\d+[:：.、]/;

function hasValues(cells: IndicatorCells): boolean {
  return [cells.target, cells.actual, cells.weight, cells.score].some(hasText);
}

/** The cells of the row, a row run together on one line being split first. */
function rowCells(row: TableRow, columns: IndicatorColumns): string[] {
  const nonEmpty = row.cells.filter((cell) => cell.trim() !== '');
  if (row.cells.length === 1 && nonEmpty.length === 1)
    return splitRunTogetherRow(nonEmpty[0] ?? '', columns) ?? row.cells;
  return row.cells;
}

/** Reads the rows below the header; stops at 总分. */
export function readIndicatorRows(rows: readonly TableRow[], columns: IndicatorColumns): IndicatorRowsResult {
  const drafts: DraftIndicator[] = [];
  const findings: Finding[] = [];
  const headingWeights = new Map<string, string>();
  let level1 = '';
  let level2 = '';
  let pendingName: { text: string; line: number } | null = null;
  let totalsRow: TableRow | null = null;
  const expectedCells = lastColumn(columns) + 1;
  const splitRows = rows.map((row) => rowCells(row, columns));
  const cellsOf = splitRows.map((cells) => readIndicatorCells(cells, columns));

  for (const [index, row] of rows.entries()) {
    if (isTotalsRow(row)) {
      totalsRow = row;
      break;
    }
    const cells = cellsOf[index] as IndicatorCells;
    const previous = drafts.at(-1);
    if (isStrayLine(row, cells)) {
      findings.push(unparsedLine(row));
      continue;
    }
    if (hasText(cells.level1)) {
      const heading = matchLevel1(cells.level1);
      level1 = heading ?? compact(cells.level1);
      level2 = '';
      const weight = headingWeight(cells.level1);
      if (heading && weight) headingWeights.set(heading, weight);
    }
    if (hasText(cells.level2)) {
      level2 = matchLevel2(cells.level2) ?? compact(cells.level2);
      if (!hasText(cells.level1) && level1 === '') level1 = impliedLevel1(level2) ?? '';
    }
    const startsGroup = hasText(cells.level1) || hasText(cells.level2);
    const extra = (splitRows[index] ?? []).slice(expectedCells).filter(hasText);
    if (extra.length > 0) {
      findings.push(
        shiftedRow(
          row.line,
          `第${row.line}行比表头多出单元格（${extra.join('、')}），可能错位，请核对原表。`,
        ),
      );
    }

    if (hasText(cells.name) && hasValues(cells)) {
      const names = pendingName ? [pendingName.text, cells.name] : [cells.name];
      drafts.push(startDraft({ cells, level1, level2, names, line: pendingName?.line ?? row.line }));
      pendingName = null;
      continue;
    }
    if (hasText(cells.name)) {
      // A name without values: the start of the next row's name when that row has values but no
      // name, or when this row opens a new 一级/二级 group; otherwise the end of the name above.
      const next = findNextFilled(cellsOf, index + 1);
      const isPrefix =
        startsGroup ||
        previous === undefined ||
        (next !== undefined && !hasText(next.name) && hasValues(next));
      if (NUMBERED_NAME.test(compact(cells.name)) && !isPrefix) {
        // "指标3:名称" always opens its own row, even when the table gives it no value.
        drafts.push(startDraft({ cells, level1, level2, names: [cells.name], line: row.line }));
      } else if (isPrefix) {
        pendingName = pendingName
          ? { text: `${pendingName.text} ${cells.name}`, line: pendingName.line }
          : { text: cells.name, line: row.line };
      } else if (previous) {
        previous.names.push(cells.name);
        if (hasText(cells.deviation)) previous.deviations.push(cells.deviation);
      }
      continue;
    }
    if (hasValues(cells) && pendingName) {
      drafts.push(startDraft({ cells, level1, level2, names: [pendingName.text], line: pendingName.line }));
      pendingName = null;
      continue;
    }
    if (hasValues(cells) && previous && !hasText(cells.weight) && !hasText(cells.score)) {
      // The rest of a 指标值 / 完成值 broken over lines.
      if (hasText(cells.target)) previous.targets.push(cells.target);
      if (hasText(cells.actual)) previous.actuals.push(cells.actual);
      if (hasText(cells.deviation)) previous.deviations.push(cells.deviation);
      continue;
    }
    if (hasValues(cells)) {
      findings.push(
        shiftedRow(
          row.line,
          `第${row.line}行有指标值或分值却没有指标名称，单元格可能错位，请核对原表并补上名称。`,
        ),
      );
      drafts.push(startDraft({ cells, level1, level2, names: [], line: row.line }));
      continue;
    }
    if (hasText(cells.deviation) && previous) {
      previous.deviations.push(cells.deviation);
      continue;
    }
    if (!startsGroup && row.cells.some(hasText)) findings.push(unparsedLine(row));
  }
  if (pendingName) {
    findings.push({
      severity: 'warning',
      code: 'unparsed-line',
      message: `第${pendingName.line}行的“${pendingName.text}”像是指标名称，但没有找到它的指标值和分值，请核对原表。`,
      path: 'goals',
      line: pendingName.line,
    });
  }
  const indicators = drafts.map((draft, index) =>
    finishDraft(draft, `goals.0.indicators.${index}`, findings),
  );
  return { indicators, totalsRow, headingWeights, findings };
}

/** The next row that says anything (without copying the array: readers must stay linear). */
function findNextFilled(cellsOf: readonly IndicatorCells[], from: number): IndicatorCells | undefined {
  for (let index = from; index < cellsOf.length; index += 1) {
    const cells = cellsOf[index] as IndicatorCells;
    if (Object.values(cells).some(hasText)) return cells;
  }
  return undefined;
}

function startDraft(input: {
  cells: IndicatorCells;
  level1: string;
  level2: string;
  names: string[];
  line: number;
}): DraftIndicator {
  const { cells } = input;
  return {
    level1: input.level1,
    level2: input.level2,
    names: input.names,
    targets: hasText(cells.target) ? [cells.target] : [],
    actuals: hasText(cells.actual) ? [cells.actual] : [],
    weight: cells.weight,
    score: cells.score,
    deviations: hasText(cells.deviation) ? [cells.deviation] : [],
    line: input.line,
  };
}

/**
 * A line without cell separators that is neither a run-together row nor a level heading: its
 * position says nothing about its column, so it is reported instead of read as a 一级指标.
 */
function isStrayLine(row: TableRow, cells: IndicatorCells): boolean {
  if (row.cells.filter(hasText).length !== 1 || row.cells.length !== 1) return false;
  const text = row.cells[0] ?? '';
  if (matchLevel1(text) || matchLevel2(text)) return false;
  return !hasText(cells.name) && !hasValues(cells);
}

function unparsedLine(row: TableRow): Finding {
  return {
    severity: 'warning',
    code: 'unparsed-line',
    message: `第${row.line}行的内容无法归入任何指标：“${row.cells.filter(hasText).join(' ')}”，请核对原表。`,
    path: 'goals',
    line: row.line,
  };
}

function shiftedRow(line: number, message: string): Finding {
  return { severity: 'warning', code: 'shifted-row', message, path: 'goals', line };
}

/** A 分值 / 得分 cell as a decimal; text that is not a number is reported, never guessed. */
function readNumber(input: {
  text: string;
  label: string;
  path: string;
  line: number;
  findings: Finding[];
}): string | null {
  if (!hasText(input.text)) return null;
  const value = parseNumberCell(input.text);
  if (value === null) {
    input.findings.push({
      severity: 'warning',
      code: 'shifted-row',
      message: `第${input.line}行的${input.label}“${input.text}”不是数字，单元格可能错位，请核对原表。`,
      path: input.path,
      line: input.line,
    });
  }
  return value;
}

function finishDraft(draft: DraftIndicator, path: string, findings: Finding[]): Indicator {
  const name = joinWithoutExtractionSpaces(draft.names).replace(NUMBERED_NAME, '');
  const target = cleanValueText(draft.targets);
  const actual = cleanValueText(draft.actuals);
  const deviation = joinWithoutExtractionSpaces(draft.deviations);
  return {
    level1: draft.level1,
    level2: draft.level2,
    name,
    target: target === '' ? null : toIndicatorValue(target, name),
    actual: actual === '' ? null : toIndicatorValue(actual, name),
    weight: readNumber({
      text: draft.weight,
      label: '分值',
      path: `${path}.weight`,
      line: draft.line,
      findings,
    }),
    score: readNumber({
      text: draft.score,
      label: '得分',
      path: `${path}.score`,
      line: draft.line,
      findings,
    }),
    deviation: deviation === '' ? null : deviation,
    line: draft.line,
  };
}
