/**
 * A .pdf's grid is read up to three ways: through its tables' borders (lattice-reading.ts), from the
 * positions of its text items (position-grid.ts) and, like a text dump, from its lines through
 * recoverGrid. The same confidence scoring decides (rateGrid: rows that fit the columns their header
 * promises, then how sure). The borders' grid is taken when it reads as many rows right as the best
 * of the others: where a table is drawn, its borders say what positions only suggest. Otherwise the
 * positional grid is returned when it reads more rows right than the text, or as many more surely;
 * null keeps the text route's reading.
 */
import type { Grid } from '../grid/grid.ts';
import { recoverTextGrid } from '../grid/read-text-indicators.ts';
import { rateGrid } from '../grid/recover-grid.ts';
import { readLatticeDocument, type PdfPageContent } from './lattice-reading.ts';
import { arrangePdfGrid } from './position-grid.ts';
import { pdfPageLines, type PdfTextItem } from './read-pdf.ts';

type Rating = { fittingRows: number; confidence: number };

export interface PdfGridChoice {
  grid: Grid | null;
  lattice: Rating | null;
  positional: Rating;
  text: Rating;
}

const asContents = (pages: ReadonlyArray<readonly PdfTextItem[] | PdfPageContent>): PdfPageContent[] =>
  pages.map((page) =>
    'items' in page ? page : { items: [...page], rulings: { horizontal: [], vertical: [] } },
  );

/** Every reading of the pages with its score; `grid` is the one chosen, null for the text route's. */
export function comparePdfGrids(
  pages: ReadonlyArray<readonly PdfTextItem[] | PdfPageContent>,
): PdfGridChoice {
  const contents = asContents(pages);
  const items = contents.map((page) => page.items);
  const positionalGrid = arrangePdfGrid(items);
  const positional = rateGrid(positionalGrid);
  const text = rateGrid(recoverTextGrid(pdfPageLines(items)).grid);
  const latticeGrid = readLatticeDocument(contents)?.grid ?? null;
  const lattice = latticeGrid ? rateGrid(latticeGrid) : null;
  if (
    latticeGrid &&
    lattice &&
    lattice.fittingRows > 0 &&
    lattice.fittingRows >= Math.max(positional.fittingRows, text.fittingRows)
  ) {
    return { grid: latticeGrid, lattice, positional, text };
  }
  // Nothing rates a row anywhere (a scoring sheet with a 分值 after each level has no target column to fit): the drawn
  // borders still say where each cell is, which the text route's lines guess from gaps.
  if (latticeGrid && lattice && lattice.fittingRows === 0 && positional.fittingRows === 0 && text.fittingRows === 0) {
    return { grid: latticeGrid, lattice, positional, text };
  }
  const isBetter =
    positional.fittingRows > text.fittingRows ||
    (positional.fittingRows === text.fittingRows &&
      positional.fittingRows > 0 &&
      positional.confidence > text.confidence);
  return { grid: isBetter ? positionalGrid : null, lattice, positional, text };
}

/** The grid the indicators are read from: the borders', the positional one, or null for the text route's. */
export function choosePdfGrid(pages: ReadonlyArray<readonly PdfTextItem[] | PdfPageContent>): Grid | null {
  return comparePdfGrids(pages).grid;
}
