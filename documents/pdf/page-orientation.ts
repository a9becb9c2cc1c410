/**
 * A page whose text runs up, down or upside down in the PDF's own coordinates: a landscape table drawn
 * sideways on a portrait page (a virtual printer's landscape output, a page someone turned in a viewer,
 * which sets /Rotate and leaves the drawing as it was, a sheet printed across the page). The readers
 * group text into lines by y and cells by x, so such a page read as drawn gives one character a line.
 * The page is turned, by quarter turns, until most of its text runs left to right: its text items and
 * its ruling lines alike. A page whose text already runs left to right (nearly every page) is left as it is.
 */
import type { RulingLines } from './ruling-lines.ts';

/** How far a page is turned: quarter turns counter-clockwise (0 = as drawn). */
export type QuarterTurns = 0 | 1 | 2 | 3;

/** The direction a text item's baseline runs, from its transform [a, b, c, d, e, f], in quarter turns from rightwards. */
export function baselineTurns(transform: readonly number[]): QuarterTurns {
  const angle = Math.atan2(transform[1] ?? 0, transform[0] ?? 1);
  const turns = Math.round(angle / (Math.PI / 2));
  return (((turns % 4) + 4) % 4) as QuarterTurns;
}

/**
 * How many quarter turns clockwise make the page's text run left to right: the direction most of its
 * characters run (weighted by length, so a few words set sideways in a column head do not turn a page).
 * 0 when most run left to right already.
 */
export function uprightTurns(items: ReadonlyArray<{ str: string; transform: readonly number[] }>): QuarterTurns {
  const characters = [0, 0, 0, 0];
  for (const item of items) {
    const length = item.str.trim().length;
    if (length === 0) continue;
    const turns = baselineTurns(item.transform);
    characters[turns] = (characters[turns] ?? 0) + length;
  }
  let most: QuarterTurns = 0;
  for (const turns of [1, 2, 3] as const) if ((characters[turns] ?? 0) > (characters[most] ?? 0)) most = turns;
  return most;
}

/** A point turned `turns` quarter turns clockwise about the origin: text running that many turns counter-clockwise then runs rightwards. */
export function turnPoint(x: number, y: number, turns: QuarterTurns): [number, number] {
  switch (turns) {
    case 0:
      return [x, y];
    case 1:
      return [y, -x];
    case 2:
      return [-x, -y];
    case 3:
      return [-y, x];
  }
}

/**
 * Ruling lines turned as the text is: a horizontal line of a page drawn sideways is a column border
 * once the page is upright.
 */
export function turnRulingLines(rulings: RulingLines, turns: QuarterTurns): RulingLines {
  if (turns === 0) return rulings;
  const turned: RulingLines = { horizontal: [], vertical: [] };
  const segments = [
    ...rulings.horizontal.map((line) => [line.left, line.y, line.right, line.y] as const),
    ...rulings.vertical.map((line) => [line.x, line.bottom, line.x, line.top] as const),
  ];
  for (const [x1, y1, x2, y2] of segments) {
    const [ax, ay] = turnPoint(x1, y1, turns);
    const [bx, by] = turnPoint(x2, y2, turns);
    if (ay === by) turned.horizontal.push({ y: ay, left: Math.min(ax, bx), right: Math.max(ax, bx) });
    else turned.vertical.push({ x: ax, bottom: Math.min(ay, by), top: Math.max(ay, by) });
  }
  return turned;
}
