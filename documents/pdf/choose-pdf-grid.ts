/**
 * A .pdf is read two ways: from the positions of its text items (position-grid.ts) and, like a text
 * dump, from its lines through recoverGrid. The same confidence scoring decides (rateGrid: rows that
 * fit the columns their header promises, then how sure): the positional grid is returned when it
 * reads more rows right, or as many more surely; null keeps the text route's reading.
 */
import type { Grid } from '../grid/grid.ts';
import { recoverTextGrid } from '../grid/read-text-indicators.ts';
import { rateGrid } from '../grid/recover-grid.ts';
import { arrangePdfGrid } from './position-grid.ts';
import { pdfPageLines, type PdfTextItem } from './read-pdf.ts';

export interface PdfGridChoice {
  grid: Grid | null;
  positional: { fittingRows: number; confidence: number };
  text: { fittingRows: number; confidence: number };
}

/** Both readings of the pages with their scores; `grid` is the positional one when it wins. */
export function comparePdfGrids(pages: ReadonlyArray<readonly PdfTextItem[]>): PdfGridChoice {
  const positionalGrid = arrangePdfGrid(pages);
  const positional = rateGrid(positionalGrid);
  const text = rateGrid(recoverTextGrid(pdfPageLines(pages)).grid);
  const isBetter = positional.fittingRows > text.fittingRows || (positional.fittingRows === text.fittingRows && positional.fittingRows > 0 && positional.confidence > text.confidence);
  return { grid: isBetter ? positionalGrid : null, positional, text };
}

/** The positional grid when it reads the tables better than the text lines do, else null. */
export function choosePdfGrid(pages: ReadonlyArray<readonly PdfTextItem[]>): Grid | null {
  return comparePdfGrids(pages).grid;
}
