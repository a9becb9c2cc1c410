/**
 * Text dumps to a grid. Extraction writes tables in many ways (docs/layouts-reading.md); each
 * layout detector (detectors/) reads the lines its way, every header band it finds opens a table
 * region, and each region is scored by how many of its rows fit the columns the header promises.
 * Per region the best-scoring reading wins; lines outside every region keep a plain reading (tabs
 * or pipes when the line has them, else one cell) for the header facts above the table.
 */
import { splitNameAndValue } from './cell-text.ts';
import { isNumberCell, isSubtotalCell, isTableEnd, isTotalsCell, looksLikeValue } from './cell-kinds.ts';
import { blockDetector } from './detectors/block.ts';
import { columnBlocksDetector } from './detectors/column-blocks.ts';
import { brokenCellsDetector } from './detectors/broken-cells.ts';
import { onePerLineDetector } from './detectors/one-per-line.ts';
import { publishedListDetector } from './detectors/published-list.ts';
import { runTogetherDetector } from './detectors/run-together.ts';
import { isRuleLine, pipeDetector, plainCells, spaceRunDetector, tabDetector } from './detectors/separated.ts';
import { spacelessStreamDetector } from './detectors/spaceless-stream.ts';
import { wrappedTabDetector } from './detectors/wrapped-tabs.ts';
import type { LayoutDetector } from './detectors/types.ts';
import { matchGoalName } from './goal-names.ts';
import { createTextRow, rowTexts, type Grid, type GridRow } from './grid.ts';
import { EMPTY_CELL_LINE } from './stacked-lines.ts';
import { restoreCollapsedHeaders, restoreUnwrittenLevel2 } from './collapsed-header.ts';
import { joinSplitHeaderWords } from './split-header-words.ts';
import { findHeaderBands, type HeaderBand } from './header-band.ts';
import { matchLevel1, matchLevel2 } from './levels.ts';
import { isUnlistedLevel2Word } from './detectors/unlisted-level2-line.ts';

/**
 * In order of preference when two readings score the same. Joined tab rows first: that detector
 * reads nothing unless it joined a broken row, and a join the rating cannot see (a header's
 * 偏差原因 word, a last text cell) still puts the cell's halves together.
 */
export const layoutDetectors: readonly LayoutDetector[] = [
  wrappedTabDetector,
  tabDetector,
  pipeDetector,
  blockDetector,
  publishedListDetector,
  columnBlocksDetector,
  onePerLineDetector,
  spaceRunDetector,
  runTogetherDetector,
  spacelessStreamDetector,
  brokenCellsDetector,
];

export interface GridRegion {
  /** 1-based source lines the region covers (its header to its last row). */
  firstLine: number;
  lastLine: number;
  detector: string;
  /** Rows that fit the header's columns ÷ rows that hold anything, 0–1. */
  confidence: number;
  /** Rows that fit the header's columns. */
  fittingRows: number;
}

export interface RecoveredGrid {
  grid: Grid;
  regions: GridRegion[];
}

interface Candidate extends GridRegion {
  rows: GridRow[];
  order: number;
  /** The name cell of each fitting row, in order. */
  fittingNames: string[];
}

const isLevel = (text: string): boolean => matchLevel1(text) !== null || matchLevel2(text) !== null;

/**
 * A level written as a heading (with 指标 or its weight: "产出指标（50分）", "质量指标"): never a value, so a value
 * column holding one shows a header whose columns are not the rows' (a broken header's first line read as a
 * header of its own: "…⇥三级指标⇥年度" over "指标值⇥实际完成" puts 指标值 over the 一级 column). Bare words such
 * as 质量 may be qualitative values.
 */
const isWrittenLevel = (text: string): boolean => isLevel(text) && /指标|分\s*[)）]/.test(text);

/** +1 for a row that fits the header's columns, −1 for one that does not, 0 for goal/level rows. */
function rateRow(texts: readonly string[], band: HeaderBand): number {
  const { columns } = band;
  const at = (index: number | undefined): string => (index === undefined ? '' : (texts[index] ?? '').trim());
  const filled = texts.filter((text) => text.trim() !== '');
  if (filled.length === 0) return 0;
  if (filled.every((text) => isLevel(text) || matchGoalName(text) !== null)) return 0;
  const name = at(columns.name);
  if (name === '' || looksLikeValue(name) || isLevel(name) || isSubtotalCell(filled[0] as string)) return -1;
  // A 二级 the vocabulary does not know (工作质量类) may stand in the 二级 column of a sound row.
  for (const role of ['level1', 'level2'] as const) {
    const text = at(columns[role]);
    if (text !== '' && !isLevel(text) && !(role === 'level2' && isUnlistedLevel2Word(text))) return -1;
  }
  for (const role of ['weight', 'score'] as const) {
    const text = at(columns[role]);
    if (text !== '' && !isNumberCell(text)) return -1;
  }
  const value = at(columns.target) || at(columns.initialTarget) || at(columns.actual);
  if (isWrittenLevel(value)) return -1;
  // A score sheet of parts over items names no value and no 二级 column (项目权重 | 评价内容 | 分值 | 自评分): a named row
  // with its points fits it. (A table of names with their values, 三级指标及指标值, keeps its 二级 and needs the value.)
  const hasValueColumns = [columns.target, columns.initialTarget, columns.actual].some((column) => column !== undefined);
  if (!hasValueColumns && columns.level2 === undefined) return isNumberCell(at(columns.weight)) || isNumberCell(at(columns.score)) ? 1 : 0;
  // A name cell writing its value too ("缴存人数≥42人" under 三级指标及指标值) is a row with its value.
  return value === '' && splitNameAndValue(name) === null ? 0 : 1;
}

function scoreRegions(detector: LayoutDetector, order: number, lines: readonly string[]): Candidate[] {
  const rows = restoreUnwrittenLevel2(joinSplitHeaderWords(restoreCollapsedHeaders(detector.readRows(lines)), { isPiecesOnlyLeft: detector.name === 'tabs' }));
  if (rows.length === 0) return [];
  const bands = findHeaderBands({ rows });
  return bands.map((band, index) => {
    const end = bands[index + 1]?.firstRow ?? rows.length;
    let fitting = 0;
    let misfits = 0;
    const fittingNames: string[] = [];
    let last = band.lastRow;
    for (let row = band.lastRow + 1; row < end; row += 1) {
      const texts = rowTexts(rows[row] as GridRow);
      const first = texts.find((text) => text.trim() !== '') ?? '';
      last = row;
      if (isTotalsCell(first) || isTableEnd(first)) break;
      const rating = rateRow(texts, band);
      if (rating > 0) {
        fitting += 1;
        fittingNames.push(band.columns.name === undefined ? '' : (texts[band.columns.name] ?? '').trim());
      }
      if (rating < 0) misfits += 1;
    }
    const regionRows = rows.slice(band.firstRow, end);
    return {
      firstLine: rows[band.firstRow]?.source.line ?? 0,
      lastLine: Math.max(rows[last]?.source.line ?? 0, ...regionRows.map(lastLineOf)),
      detector: detector.name,
      confidence: fitting + misfits === 0 ? 0 : fitting / (fitting + misfits),
      fittingRows: fitting,
      rows: regionRows,
      order,
      fittingNames,
    };
  });
}

/** The last source line a row's cells come from (a block row's cells span several lines). */
function lastLineOf(row: GridRow): number {
  return row.cells.reduce((max, cell) => Math.max(max, cell.source.line ?? 0), row.lastLine ?? row.source.line ?? 0);
}

/**
 * How well a grid's rows fit the columns its header bands promise, by the scoring recoverGrid ranks
 * text readings with: used to choose between a grid read another way (a PDF's text positions) and
 * the text route.
 */
export function rateGrid(grid: Grid): GridRating {
  const regions = scoreRegions({ name: 'grid', readRows: () => grid.rows }, 0, []);
  const fittingRows = regions.reduce((sum, region) => sum + region.fittingRows, 0);
  const weighted = regions.reduce((sum, region) => sum + region.confidence * region.fittingRows, 0);
  return { fittingRows, confidence: fittingRows === 0 ? 0 : weighted / fittingRows, fittingNames: regions.flatMap((region) => region.fittingNames) };
}

/** rateGrid's measure of a grid: its fitting rows, how sure, and each fitting row's name (its cell in the name column). */
export interface GridRating {
  fittingRows: number;
  confidence: number;
  fittingNames: string[];
}

const overlaps = (a: GridRegion, b: GridRegion): boolean => a.firstLine <= b.lastLine && b.firstLine <= a.lastLine;

/** True when `candidate` opens with the header row `region` opens with, read by the same detector. */
function isHeaderRepeated(region: Candidate, candidate: Candidate): boolean {
  const header = (rows: readonly GridRow[]): string => (rows[0] === undefined ? '' : rowTexts(rows[0]).map((text) => text.replace(/\s+/g, '')).join('|'));
  return region.detector === candidate.detector && header(region.rows) !== '' && header(region.rows) === header(candidate.rows);
}

/** Rows of the text as a grid, each table region read by its best detector. */
export function recoverGrid(lines: readonly string[], detectors: readonly LayoutDetector[] = layoutDetectors): RecoveredGrid {
  const candidates = detectors.flatMap((detector, order) => scoreRegions(detector, order, lines));
  const ranked = [...candidates].sort(
    (a, b) => b.fittingRows - a.fittingRows || b.confidence - a.confidence || a.order - b.order,
  );
  const chosen: Candidate[] = [];
  for (const candidate of ranked) {
    // A region nothing fits is left to the others, unless it is a chosen region's table again: the same detector under
    // the same header, repeated after a page break (a scoring sheet with a 分值 after each level rates no row).
    if (candidate.fittingRows === 0 && candidate.confidence === 0 && chosen.length > 0 && !chosen.some((region) => isHeaderRepeated(region, candidate))) continue;
    if (!chosen.some((region) => overlaps(region, candidate))) chosen.push(candidate);
  }
  chosen.sort((a, b) => a.firstLine - b.firstLine);
  const rows: GridRow[] = [];
  let regionIndex = 0;
  for (let index = 0; index < lines.length; index += 1) {
    const region = chosen[regionIndex];
    if (region && index + 1 >= region.firstLine) {
      rows.push(...region.rows);
      index = region.lastLine - 1;
      regionIndex += 1;
      continue;
    }
    const line = lines[index] as string;
    // An empty cell's line outside a table (after its last row) holds nothing.
    if (line.trim() === '' || line.trim() === EMPTY_CELL_LINE || isRuleLine(line)) continue;
    rows.push(createTextRow(plainCells(line), { line: index + 1 }));
  }
  return {
    grid: { rows },
    regions: chosen.map(({ firstLine, lastLine, detector, confidence, fittingRows }) => ({
      firstLine,
      lastLine,
      detector,
      confidence,
      fittingRows,
    })),
  };
}
