/**
 * A .pdf's grid is read up to three ways: through its tables' borders (lattice-reading.ts), from the
 * positions of its text items (position-grid.ts) and, like a text dump, from its lines through
 * recoverGrid. The same confidence scoring decides (rateGrid: rows that fit the columns their header
 * promises, then how sure), each reading's rows counted whole against the other's (countWholeRows: a
 * row one reading cuts in two, whose halves' names make one name of the other's, counts once). The
 * borders' grid is taken when it reads as many rows right as the best of the others: where a table is
 * drawn, its borders say what positions only suggest. Otherwise the positional grid is returned when
 * it reads more rows right than the text, or as many more surely; null keeps the text route's reading.
 */
import type { Grid } from '../grid/grid.ts';
import { recoverTextGrid } from '../grid/read-text-indicators.ts';
import { rateGrid, type GridRating } from '../grid/recover-grid.ts';
import { readLatticeDocument, type PdfPageContent } from './lattice-reading.ts';
import { arrangePdfGrid } from './position-grid.ts';
import { pdfPageLines, type PdfTextItem } from './read-pdf.ts';

type Rating = GridRating;

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

const compact = (text: string): string => text.replace(/\s+/g, '');

/**
 * The fitting rows of `rating` with a row it cut in two counted once: a run of consecutive fitting rows,
 * none of whose names is a name of `other`'s fitting rows, whose names together are one (a cell of two
 * lines centred in a row whose other cells are one line: "县乡公路日常 | ≥420公" and "养护里程 | 里 | 428公里"
 * where the borders read "县乡公路日常养护里程 | ≥420公里 | 428公里"). Counting the halves as two rows made
 * the reading that cut the row outnumber the one that read it whole.
 */
export function countWholeRows(rating: Rating, other: Rating): number {
  const names = rating.fittingNames.map(compact);
  const whole = new Set(other.fittingNames.map(compact).filter((name) => name !== ''));
  const isStartOfWhole = (text: string): boolean => [...whole].some((name) => name.startsWith(text));
  let count = rating.fittingRows - names.length;
  for (let index = 0; index < names.length; index += 1) {
    count += 1;
    let joined = names[index] as string;
    if (joined === '' || whole.has(joined) || !isStartOfWhole(joined)) continue;
    for (let next = index + 1; next < names.length; next += 1) {
      const name = names[next] as string;
      if (name === '' || whole.has(name) || !isStartOfWhole(`${joined}${name}`)) break;
      joined += name;
      if (whole.has(joined)) {
        index = next;
        break;
      }
    }
  }
  return count;
}

/** A reading that fits no row, or whose rows misfit its header more often than they fit it. */
const isUnsure = (rating: Rating): boolean => rating.fittingRows === 0 || rating.confidence < 0.5;

/** Which of the readings, rated, the indicators are read from. */
export function pickReading(ratings: { lattice: Rating | null; positional: Rating; text: Rating }): 'lattice' | 'positional' | 'text' {
  const { lattice, positional, text } = ratings;
  if (lattice && lattice.fittingRows > 0 && [positional, text].every((other) => countWholeRows(lattice, other) >= countWholeRows(other, lattice))) {
    return 'lattice';
  }
  // Nothing rates a row surely anywhere (a scoring sheet with a 分值 after each level has no target column to fit; a
  // reading whose rows mostly misfit their header fits a few by chance): the drawn borders still say where each cell is,
  // which the other readings guess from gaps.
  if (lattice && lattice.fittingRows === 0 && isUnsure(positional) && isUnsure(text)) return 'lattice';
  const [positionalRows, textRows] = [countWholeRows(positional, text), countWholeRows(text, positional)];
  const isBetter =
    positionalRows > textRows ||
    (positionalRows === textRows && positional.fittingRows > 0 && positional.confidence > text.confidence);
  return isBetter ? 'positional' : 'text';
}

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
  const grids = { lattice: latticeGrid, positional: positionalGrid, text: null };
  return { grid: grids[pickReading({ lattice, positional, text })], lattice, positional, text };
}

/** The grid the indicators are read from: the borders', the positional one, or null for the text route's. */
export function choosePdfGrid(pages: ReadonlyArray<readonly PdfTextItem[] | PdfPageContent>): Grid | null {
  return comparePdfGrids(pages).grid;
}
