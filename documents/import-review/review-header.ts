/**
 * The header band the reader chose, as the review screen shows it: each column's header words,
 * the role the vocabulary gives it and the role in force (after a mapping), and the band's
 * header signature (the key of a saved named layout).
 */
import type { ColumnRole } from '../vocabulary/columns.ts';
import { mapCoverage, type Grid } from '../grid/grid.ts';
import { findHeaderBands, type ColumnRoleOverride } from '../grid/header-band.ts';
import { describeHeaderColumns, describeHeaderSignature } from '../grid/header-signature.ts';

export interface ReviewHeaderColumn {
  column: number;
  /** The header words over this column, top to bottom ("绩效指标/一级指标"). */
  text: string;
  /** The role the vocabulary reads (null: ignored). */
  defaultRole: ColumnRole | null;
  /** The role the read used (the mapping's where it gave one). */
  role: ColumnRole | null;
}

export interface ReviewHeader {
  /** Grid rows of the first header band. */
  firstRow: number;
  lastRow: number;
  headerSignature: string;
  columns: ReviewHeaderColumn[];
}

/** The first header band of the grid with its signature, or null when the reader finds none. */
export function describeReviewHeader(grid: Grid, columnRoles?: ColumnRoleOverride): ReviewHeader | null {
  const band = findHeaderBands(grid)[0];
  if (!band) return null;
  const coverage = mapCoverage(grid);
  const headerSignature = describeHeaderSignature(coverage, band.firstRow, band.lastRow);
  const mapped = findHeaderBands(grid, { columnRoles }).find((candidate) => candidate.firstRow === band.firstRow);
  const texts = describeHeaderColumns(coverage, band.firstRow, band.lastRow);
  return {
    firstRow: band.firstRow,
    lastRow: band.lastRow,
    headerSignature,
    columns: texts.map((text, column) => ({
      column,
      text,
      defaultRole: band.roles.get(column) ?? null,
      role: (mapped ?? band).roles.get(column) ?? null,
    })),
  };
}
