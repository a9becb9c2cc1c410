/**
 * The number forms of OFD (GB/T 33190-2016): ST_Array lists of numbers separated by spaces, the
 * "g" repeat of DeltaX/DeltaY ("g 3 2.5" is 2.5 three times), ST_Box "x y width height" and the
 * matrix CTM "a b c d e f" (x' = a·x + c·y + e, y' = b·x + d·y + f), all in millimetres.
 */

export type Matrix = [number, number, number, number, number, number];

export interface Box {
  x: number;
  y: number;
  width: number;
  height: number;
}

/** Most values one "g" repeat may stand for: a TextCode's characters, far below this in any real file. */
const MAX_REPEAT = 100_000;

/** The numbers of an ST_Array ("1 2.5 -3", commas tolerated); what is not a number is left out. */
export function readNumbers(text: string | undefined): number[] {
  if (!text) return [];
  const numbers: number[] = [];
  for (const token of text.split(/[\s,]+/)) {
    if (token === '') continue;
    const number = Number(token);
    if (Number.isFinite(number)) numbers.push(number);
  }
  return numbers;
}

/**
 * A DeltaX/DeltaY list with its "g" repeats expanded: "1 g 3 2.5 4" → [1, 2.5, 2.5, 2.5, 4].
 * `at most` caps the list (a TextCode needs one value fewer than its characters), so "g 1000000000 1"
 * costs nothing.
 */
export function expandDeltas(text: string | undefined, atMost = MAX_REPEAT): number[] {
  if (!text) return [];
  const tokens = text.split(/[\s,]+/).filter((token) => token !== '');
  const deltas: number[] = [];
  for (let index = 0; index < tokens.length && deltas.length < atMost; index++) {
    const token = tokens[index]!;
    if (token === 'g' || token === 'G') {
      const count = Number(tokens[index + 1]);
      const value = Number(tokens[index + 2]);
      index += 2;
      if (!Number.isInteger(count) || count < 0 || !Number.isFinite(value)) continue;
      const times = Math.min(count, atMost - deltas.length);
      for (let each = 0; each < times; each++) deltas.push(value);
      continue;
    }
    const value = Number(token);
    if (Number.isFinite(value)) deltas.push(value);
  }
  return deltas;
}

/** An ST_Box, or null when it has not four numbers. */
export function readBox(text: string | undefined): Box | null {
  const numbers = readNumbers(text);
  if (numbers.length !== 4) return null;
  const [x, y, width, height] = numbers as [number, number, number, number];
  return { x, y, width, height };
}

/** A CTM, or null when absent or not six numbers. */
export function readMatrix(text: string | undefined): Matrix | null {
  const numbers = readNumbers(text);
  return numbers.length === 6 ? (numbers as Matrix) : null;
}

export const applyMatrix = (matrix: Matrix, x: number, y: number): [number, number] => [
  matrix[0] * x + matrix[2] * y + matrix[4],
  matrix[1] * x + matrix[3] * y + matrix[5],
];

/** How much a matrix scales lengths (the square root of its area scale): a font size under a CTM. */
export const matrixScale = (matrix: Matrix): number => Math.sqrt(Math.abs(matrix[0] * matrix[3] - matrix[1] * matrix[2]));
