/**
 * A scanned table's borders, found in its page picture: long thin dark runs, horizontal and vertical,
 * become the ruling lines the PDF lattice reader reads a bordered table by (documents/pdf/ruling-lines.ts),
 * in page points with y up from the page's foot as the text items. The same runs are wiped from the
 * picture tesseract reads: a border read as text gives 丨, 一 or | in the cells beside it.
 *
 * A run is dark pixels along a row (or a column), bridging gaps of a pixel or two (a scanner's broken
 * line); runs on neighbouring rows that overlap are one line, kept while it is thin (a filled area,
 * a seal or a picture is thick). Characters' strokes are shorter than the shortest line kept: at
 * 10.5 pt a 一 is 10 pt long, a title's at 18 pt about 17 pt. One pass over the pixels: linear.
 */
import { joinRulingLines, MAX_SEGMENTS, type RulingLines } from '../pdf/ruling-lines.ts';
import { INK, type GrayImage } from './gray-image.ts';
/** Shortest horizontal border kept (points): the narrowest column of a table (a 分值 column is ≈ 40 pt). */
const MIN_HORIZONTAL = 25;
/** Shortest vertical border kept (points): a table row of one line (≈ 18 pt) keeps its column borders. */
const MIN_VERTICAL = 16;
/** Thickest line kept (points): a border is 0.5–1.5 pt; thicker is a filled area. */
const MAX_THICKNESS = 3;
/** Light pixels a run bridges (points): a scanned border breaks here and there. */
const GAP = 0.7;
/** Most runs followed on one page before it is given up as no table (a picture full of texture). */
const MAX_RUNS = 200_000;

/** A run of ink along one row (or column): `at` is the row, `from`–`to` the pixels it covers. */
interface Run {
  at: number;
  from: number;
  to: number;
}

/** Runs on neighbouring rows that overlap: one line, `first`–`last` rows thick. */
interface Band {
  first: number;
  last: number;
  from: number;
  to: number;
}

/** A line found in the picture, in pixels: its box (inclusive). */
export interface PixelLine {
  orientation: 'horizontal' | 'vertical';
  left: number;
  top: number;
  right: number;
  bottom: number;
}

export interface BitmapLines {
  /** The borders in page points (y up from the page's foot), joined as the PDF reader's are. */
  rulings: RulingLines;
  /** The same lines in pixels, to wipe from the picture. */
  lines: PixelLine[];
}

/** Runs (sorted by `at`) grouped into bands: each run joins a band that ended on the row before and overlaps it by half. */
function groupBands(runs: readonly Run[]): Band[] {
  const closed: Band[] = [];
  let open: Band[] = [];
  let index = 0;
  while (index < runs.length) {
    const at = runs[index]!.at;
    const next: Band[] = [];
    for (; index < runs.length && runs[index]!.at === at; index++) {
      const run = runs[index]!;
      const band = open.find((each) => each.last === at - 1 && Math.min(each.to, run.to) - Math.max(each.from, run.from) >= 0.5 * Math.min(each.to - each.from, run.to - run.from));
      if (band) {
        band.last = at;
        band.from = Math.min(band.from, run.from);
        band.to = Math.max(band.to, run.to);
        open = open.filter((each) => each !== band);
        next.push(band);
      } else next.push({ first: at, last: at, from: run.from, to: run.to });
    }
    closed.push(...open);
    open = next;
  }
  closed.push(...open);
  return closed;
}

/** Long thin dark lines of a page picture at `dpi`, as ruling lines in points and as pixel boxes. */
export function findBitmapLines(image: GrayImage, dpi: number): BitmapLines {
  const { width, height, pixels } = image;
  const perPoint = dpi / 72;
  const minHorizontal = Math.round(MIN_HORIZONTAL * perPoint);
  const minVertical = Math.round(MIN_VERTICAL * perPoint);
  const maxThickness = Math.max(2, Math.round(MAX_THICKNESS * perPoint));
  const gap = Math.max(1, Math.round(GAP * perPoint));
  const horizontalRuns: Run[] = [];
  const verticalRuns: Run[] = [];
  // Per column: where the current vertical run began and its last ink row (-1: none).
  const columnStart = new Int32Array(width).fill(-1);
  const columnLast = new Int32Array(width).fill(-1);
  const closeColumn = (x: number) => {
    if (columnLast[x]! - columnStart[x]! + 1 >= minVertical) verticalRuns.push({ at: x, from: columnStart[x]!, to: columnLast[x]! });
    columnStart[x] = -1;
  };
  for (let y = 0; y < height && horizontalRuns.length + verticalRuns.length <= MAX_RUNS; y++) {
    const row = y * width;
    let start = -1;
    let last = -1;
    for (let x = 0; x < width; x++) {
      if (pixels[row + x]! < INK) {
        if (start < 0 || x - last > gap + 1) {
          if (start >= 0 && last - start + 1 >= minHorizontal) horizontalRuns.push({ at: y, from: start, to: last });
          start = x;
        }
        last = x;
        if (columnStart[x]! >= 0 && y - columnLast[x]! > gap + 1) closeColumn(x);
        if (columnStart[x]! < 0) columnStart[x] = y;
        columnLast[x] = y;
      }
    }
    if (start >= 0 && last - start + 1 >= minHorizontal) horizontalRuns.push({ at: y, from: start, to: last });
  }
  for (let x = 0; x < width; x++) if (columnStart[x]! >= 0) closeColumn(x);
  if (horizontalRuns.length + verticalRuns.length > MAX_RUNS) return { rulings: { horizontal: [], vertical: [] }, lines: [] };
  verticalRuns.sort((a, b) => a.at - b.at || a.from - b.from);
  const isThin = (band: Band) => band.last - band.first + 1 <= maxThickness;
  const horizontal = groupBands(horizontalRuns).filter(isThin);
  const vertical = groupBands(verticalRuns).filter(isThin);
  const toPoints = (pixel: number) => pixel / perPoint;
  const rulings: RulingLines = {
    horizontal: horizontal.map((band) => ({ y: toPoints(height - (band.first + band.last + 1) / 2), left: toPoints(band.from), right: toPoints(band.to + 1) })),
    vertical: vertical.map((band) => ({ x: toPoints((band.first + band.last + 1) / 2), bottom: toPoints(height - band.to - 1), top: toPoints(height - band.from) })),
  };
  const lines: PixelLine[] = [
    ...horizontal.map((band): PixelLine => ({ orientation: 'horizontal', left: band.from, right: band.to, top: band.first, bottom: band.last })),
    ...vertical.map((band): PixelLine => ({ orientation: 'vertical', left: band.first, right: band.last, top: band.from, bottom: band.to })),
  ];
  const isTooMany = rulings.horizontal.length + rulings.vertical.length > MAX_SEGMENTS;
  return isTooMany ? { rulings: { horizontal: [], vertical: [] }, lines: [] } : { rulings: joinRulingLines(rulings), lines };
}

/** The picture with `lines` wiped white (a pixel around each, where a scanned border's edge is grey). */
export function wipeLines(image: GrayImage, lines: readonly PixelLine[]): GrayImage {
  const pixels = new Uint8Array(image.pixels);
  for (const line of lines) {
    const top = Math.max(0, line.top - 1);
    const bottom = Math.min(image.height - 1, line.bottom + 1);
    const left = Math.max(0, line.left - 1);
    const right = Math.min(image.width - 1, line.right + 1);
    for (let y = top; y <= bottom; y++) pixels.fill(255, y * image.width + left, y * image.width + right + 1);
  }
  return { width: image.width, height: image.height, pixels };
}
