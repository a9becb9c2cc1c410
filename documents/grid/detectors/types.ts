/**
 * A layout detector reads text lines as rows of cells in one way of writing a table (tabs, pipes,
 * runs of spaces, one cell per line, a table run together on one line …). recoverGrid runs them
 * all and keeps, per table region, the rows of the detector that places the most indicator rows.
 */
import type { GridRow } from '../grid.ts';

export interface LayoutDetector {
  /** Stable name, shown in docs/layouts-reading.md and in tests. */
  name: string;
  /** Rows of the lines in this detector's reading; [] when the layout is not there at all. */
  readRows: (lines: readonly string[]) => GridRow[];
}
