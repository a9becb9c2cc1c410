/**
 * The ruling lines of a PDF page: the straight horizontal and vertical strokes a table's borders are
 * drawn with. Word, WPS and LibreOffice stroke each border as a line; Chromium and some Word versions
 * fill a thin rectangle for it. Both become segments in page coordinates (y up from the page's foot,
 * as the text items), read from pdf.js's operator list with the transformation matrix followed
 * through save/restore, cm and form XObjects.
 *
 * A page is a table's borders only up to MAX_SEGMENTS: a hostile page of a million strokes gives
 * none (the page is then read from its text alone).
 */

export interface HorizontalSegment {
  y: number;
  left: number;
  right: number;
}

export interface VerticalSegment {
  x: number;
  bottom: number;
  top: number;
}

export interface RulingLines {
  horizontal: HorizontalSegment[];
  vertical: VerticalSegment[];
}

/** More segments than an official table's borders (a 300-row table of 12 columns draws ≈ 4,000). */
export const MAX_SEGMENTS = 20_000;
/** A filled rectangle this thin (points) is a line; wider ones are shading, not borders. */
const LINE_THICKNESS = 2.5;
/** A stroke off the axis by less than this (points) is on it. */
const AXIS_TOLERANCE = 0.5;
/** Shorter strokes are glyph parts or underlines of a character, not borders. */
const MIN_LENGTH = 4;

/** The operator codes used here (pdf.js OPS), passed in so this file needs no pdf.js import. */
export interface PathOperators {
  save: number;
  restore: number;
  transform: number;
  constructPath: number;
  paintFormXObjectBegin: number;
  paintFormXObjectEnd: number;
  stroke: number;
  closeStroke: number;
  fill: number;
  eoFill: number;
  fillStroke: number;
  eoFillStroke: number;
  closeFillStroke: number;
  closeEOFillStroke: number;
}

type Matrix = [number, number, number, number, number, number];
const identity: Matrix = [1, 0, 0, 1, 0, 0];

function multiply(m: Matrix, n: Matrix): Matrix {
  // n applied first, then m (PDF's cm: new CTM = n × CTM).
  return [
    n[0] * m[0] + n[1] * m[2],
    n[0] * m[1] + n[1] * m[3],
    n[2] * m[0] + n[3] * m[2],
    n[2] * m[1] + n[3] * m[3],
    n[4] * m[0] + n[5] * m[2] + m[4],
    n[4] * m[1] + n[5] * m[3] + m[5],
  ];
}

const apply = (m: Matrix, x: number, y: number): [number, number] => [
  m[0] * x + m[2] * y + m[4],
  m[1] * x + m[3] * y + m[5],
];

const isMatrix = (value: unknown): value is Matrix =>
  (Array.isArray(value) || ArrayBuffer.isView(value)) &&
  (value as ArrayLike<unknown>).length === 6 &&
  Array.from(value as ArrayLike<unknown>).every((each) => typeof each === 'number' && Number.isFinite(each));

/** pdf.js's path encoding (DrawOPS): moveTo 0, lineTo 1, curveTo 2, quadraticCurveTo 3, closePath 4. */
const DRAW = { moveTo: 0, lineTo: 1, curveTo: 2, quadraticCurveTo: 3, closePath: 4 } as const;

/** The subpaths of a path as point lists (curves end a subpath: a curved shape is no border). */
function readSubpaths(
  data: ArrayLike<number>,
  matrix: Matrix,
): Array<{ points: Array<[number, number]>; closed: boolean }> {
  const subpaths: Array<{ points: Array<[number, number]>; closed: boolean }> = [];
  let current: { points: Array<[number, number]>; closed: boolean } | null = null;
  for (let index = 0; index < data.length;) {
    const op = data[index++];
    if (op === DRAW.moveTo) {
      current = { points: [apply(matrix, data[index]!, data[index + 1]!)], closed: false };
      subpaths.push(current);
      index += 2;
    } else if (op === DRAW.lineTo) {
      const point = apply(matrix, data[index]!, data[index + 1]!);
      if (current) current.points.push(point);
      else subpaths.push((current = { points: [point], closed: false }));
      index += 2;
    } else if (op === DRAW.curveTo) {
      current = null;
      index += 6;
    } else if (op === DRAW.quadraticCurveTo) {
      current = null;
      index += 4;
    } else if (op === DRAW.closePath) {
      if (current) current.closed = true;
    } else {
      break;
    }
  }
  return subpaths;
}

/** Adds the axis-aligned edges of a stroked subpath. */
function addStrokes(points: ReadonlyArray<[number, number]>, closed: boolean, lines: RulingLines): void {
  const count = closed ? points.length : points.length - 1;
  for (let index = 0; index < count; index++) {
    const [x1, y1] = points[index]!;
    const [x2, y2] = points[(index + 1) % points.length]!;
    if (Math.abs(y1 - y2) <= AXIS_TOLERANCE && Math.abs(x1 - x2) >= MIN_LENGTH) {
      lines.horizontal.push({ y: (y1 + y2) / 2, left: Math.min(x1, x2), right: Math.max(x1, x2) });
    } else if (Math.abs(x1 - x2) <= AXIS_TOLERANCE && Math.abs(y1 - y2) >= MIN_LENGTH) {
      lines.vertical.push({ x: (x1 + x2) / 2, bottom: Math.min(y1, y2), top: Math.max(y1, y2) });
    }
  }
}

/** A filled subpath that is a thin axis-aligned rectangle is a line along its length. */
function addFilledLine(points: ReadonlyArray<[number, number]>, lines: RulingLines): void {
  if (points.length < 3 || points.length > 5) return;
  const xs = points.map((point) => point[0]);
  const ys = points.map((point) => point[1]);
  const left = Math.min(...xs);
  const right = Math.max(...xs);
  const bottom = Math.min(...ys);
  const top = Math.max(...ys);
  const isRectangle = points.every(
    ([x, y]) =>
      (Math.abs(x - left) <= AXIS_TOLERANCE || Math.abs(x - right) <= AXIS_TOLERANCE) &&
      (Math.abs(y - bottom) <= AXIS_TOLERANCE || Math.abs(y - top) <= AXIS_TOLERANCE),
  );
  if (!isRectangle) return;
  const width = right - left;
  const height = top - bottom;
  if (height <= LINE_THICKNESS && width >= MIN_LENGTH)
    lines.horizontal.push({ y: (top + bottom) / 2, left, right });
  else if (width <= LINE_THICKNESS && height >= MIN_LENGTH)
    lines.vertical.push({ x: (left + right) / 2, bottom, top });
}

/**
 * The borders one subpath draws, added to `lines`: a stroked subpath's axis-aligned edges, a filled
 * one when it is a thin rectangle. Points in page coordinates (points, y up); shared with the OFD
 * reader (documents/ofd), whose paths are read into the same coordinates.
 */
export function addSubpathRulings(
  subpath: { points: ReadonlyArray<[number, number]>; closed: boolean },
  isStroke: boolean,
  lines: RulingLines,
): void {
  if (isStroke) addStrokes(subpath.points, subpath.closed, lines);
  else addFilledLine(subpath.points, lines);
}

/** Positions this close (points) are one line; pieces of a line this close end to end are one piece. */
const JOIN_TOLERANCE = 1;

/** Pieces of one line drawn end to end (Word strokes each cell's side apart) joined into one segment. */
function joinPieces<T>(
  segments: readonly T[],
  position: (segment: T) => number,
  start: (segment: T) => number,
  end: (segment: T) => number,
  make: (position: number, start: number, end: number) => T,
): T[] {
  const sorted = [...segments].sort((a, b) => position(a) - position(b) || start(a) - start(b));
  const joined: T[] = [];
  // Lines by position first (within the tolerance), then pieces along each line in order.
  let lineStart = 0;
  while (lineStart < sorted.length) {
    let lineEnd = lineStart + 1;
    while (
      lineEnd < sorted.length &&
      position(sorted[lineEnd]!) - position(sorted[lineEnd - 1]!) <= JOIN_TOLERANCE
    )
      lineEnd++;
    const line = sorted.slice(lineStart, lineEnd).sort((a, b) => start(a) - start(b));
    const at = line.reduce((sum, segment) => sum + position(segment), 0) / line.length;
    let from = start(line[0]!);
    let to = end(line[0]!);
    for (const segment of line.slice(1)) {
      if (start(segment) <= to + JOIN_TOLERANCE) to = Math.max(to, end(segment));
      else {
        joined.push(make(at, from, to));
        from = start(segment);
        to = end(segment);
      }
    }
    joined.push(make(at, from, to));
    lineStart = lineEnd;
  }
  return joined;
}

/** The lines with every line's touching pieces joined. */
export function joinRulingLines(lines: RulingLines): RulingLines {
  return {
    horizontal: joinPieces(
      lines.horizontal,
      (each) => each.y,
      (each) => each.left,
      (each) => each.right,
      (y, left, right) => ({ y, left, right }),
    ),
    vertical: joinPieces(
      lines.vertical,
      (each) => each.x,
      (each) => each.bottom,
      (each) => each.top,
      (x, bottom, top) => ({ x, bottom, top }),
    ),
  };
}

/**
 * The ruling lines of one page from its operator list (`fnArray` / `argsArray` of pdf.js's
 * getOperatorList), touching pieces joined. Empty when the page draws none, or more than MAX_SEGMENTS.
 */
export function readRulingLines(
  operators: { fnArray: ArrayLike<number>; argsArray: ArrayLike<unknown> },
  OPS: PathOperators,
): RulingLines {
  const lines: RulingLines = { horizontal: [], vertical: [] };
  const strokeOps = new Set([
    OPS.stroke,
    OPS.closeStroke,
    OPS.fillStroke,
    OPS.eoFillStroke,
    OPS.closeFillStroke,
    OPS.closeEOFillStroke,
  ]);
  const fillOps = new Set([OPS.fill, OPS.eoFill]);
  const stack: Matrix[] = [];
  let matrix: Matrix = identity;
  for (let index = 0; index < operators.fnArray.length; index++) {
    const fn = operators.fnArray[index];
    const args = operators.argsArray[index] as unknown[] | null | undefined;
    if (fn === OPS.save) stack.push(matrix);
    else if (fn === OPS.restore) matrix = stack.pop() ?? identity;
    else if (fn === OPS.transform && args && args.length === 6 && isMatrix(args))
      matrix = multiply(matrix, args);
    else if (fn === OPS.paintFormXObjectBegin) {
      stack.push(matrix);
      if (args && isMatrix(args[0])) matrix = multiply(matrix, Array.from(args[0]) as Matrix);
    } else if (fn === OPS.paintFormXObjectEnd) matrix = stack.pop() ?? identity;
    else if (fn === OPS.constructPath && args) {
      const op = args[0] as number;
      const isStroke = strokeOps.has(op);
      if (!isStroke && !fillOps.has(op)) continue;
      const data = (args[1] as unknown[] | undefined)?.[0];
      if (!data || !(ArrayBuffer.isView(data) || Array.isArray(data))) continue;
      const isClosing = op === OPS.closeStroke || op === OPS.closeFillStroke || op === OPS.closeEOFillStroke;
      for (const subpath of readSubpaths(data as ArrayLike<number>, matrix))
        addSubpathRulings({ ...subpath, closed: subpath.closed || isClosing }, isStroke, lines);
      if (lines.horizontal.length + lines.vertical.length > MAX_SEGMENTS)
        return { horizontal: [], vertical: [] };
    }
  }
  return joinRulingLines(lines);
}
