/**
 * An uploaded file read for the import review screen, nothing saved: the source grid (capped), the
 * model read from it, how sure the read is per field, the header band the reader chose with each
 * column's role and the band's header signature. A column-role mapping (the user's, or a saved
 * named layout's) re-reads the same grid with the same reader; a corrected kind re-shapes the read.
 */
import type { DocumentKind, PerformanceDocument } from '../../core/model.ts';
import { applyIndicatorTable } from '../grid/apply-indicator-table.ts';
import type { ColumnRoleOverride } from '../grid/header-band.ts';
import { readIndicatorGrid } from '../grid/read-indicator-table.ts';
import { readImportedFile, type ImportLimits } from '../import-file.ts';
import type { TextTable } from '../text/read-text.ts';
import { selectGridTable, type GridTableChoice } from '../grid/next-table-row.ts';
import type { Grid, GridRow } from '../grid/grid.ts';
import { capGrid, type PreviewGrid } from './review-grid.ts';
import { describeReviewHeader, type ReviewHeader } from './review-header.ts';
import { sumIndicators, type ReviewTotals } from './sum-indicators.ts';

export type { ReviewTotals } from './sum-indicators.ts';

export type FieldConfidence = 'read' | 'missing' | 'corrected';

export interface ReviewField {
  field: 'kind' | 'unit' | 'year' | 'project';
  confidence: FieldConfidence;
}


export interface ReviewRead {
  document: PerformanceDocument;
  grid: PreviewGrid | null;
  header: ReviewHeader | null;
  fields: ReviewField[];
  totals: ReviewTotals;
  /** The file's tables when it holds several (one entry otherwise), and which was read (0-based). */
  tables: TextTable[];
  table: number;
}

export interface ReviewReadInput {
  bytes: Buffer;
  fileName: string;
  limits?: Partial<ImportLimits>;
  columnRoles?: ColumnRoleOverride;
  kind?: DocumentKind;
  /** Which table of a file holding several to read (0-based). */
  table?: number;
}

/** Kinds whose indicators the grid reader places (reports and monitoring keep their own readers). */
const gridKinds: ReadonlySet<DocumentKind> = new Set(['target-table', 'approval-table', 'self-evaluation']);

/** The header band of the table read (of a file holding several: the chosen one's), its rows counted in the whole grid. */
function describeTableHeader(grid: Grid, table: GridTableChoice, columnRoles: ColumnRoleOverride | undefined): ReviewHeader | null {
  const rows = selectGridTable(grid, table).grid.rows;
  const offset = rows.length > 0 ? Math.max(grid.rows.indexOf(rows[0] as GridRow), 0) : 0;
  const header = describeReviewHeader(offset === 0 ? grid : { rows }, columnRoles);
  return header && { ...header, firstRow: header.firstRow + offset, lastRow: header.lastRow + offset };
}

export async function readForReview(input: ReviewReadInput): Promise<ReviewRead> {
  const { document, grid, tables, table } = await readImportedFile({ ...input, shouldKeepGrid: true });
  const fields: ReviewField[] = [
    { field: 'kind', confidence: 'read' },
    { field: 'unit', confidence: document.unit.trim() === '' ? 'missing' : 'read' },
    { field: 'year', confidence: document.year === null ? 'missing' : 'read' },
    { field: 'project', confidence: document.scope === 'project' && !document.project ? 'missing' : 'read' },
  ];
  if (input.kind && input.kind !== document.kind) {
    document.kind = input.kind;
    (fields[0] as ReviewField).confidence = 'corrected';
    // The kind decides which fields an indicator keeps: the grid is read again under the new kind.
    const read = grid && gridKinds.has(input.kind) ? readIndicatorGrid(grid, { columnRoles: input.columnRoles, table }) : null;
    if (read?.hasTable) applyIndicatorTable(document, read);
  }
  return {
    document,
    grid: grid ? capGrid(grid) : null,
    header: grid ? describeTableHeader(grid, table, input.columnRoles) : null,
    fields,
    totals: sumIndicators(document),
    tables,
    table: table.index,
  };
}
