/**
 * An OFD PathObject's AbbreviatedData (GB/T 33190-2016 9.3.2) as subpaths of straight pieces: S/M
 * start a subpath, L draws a line, C closes; a curve (Q, B, A) ends the straight run, as a curved
 * shape is no table border (the PDF reader's ruling-lines.ts does the same).
 */

export interface Subpath {
  points: Array<[number, number]>;
  closed: boolean;
}

/** How many numbers each command takes. */
const operandCounts: Record<string, number> = { S: 2, M: 2, L: 2, Q: 4, B: 6, A: 7, C: 0 };

/** The subpaths of an AbbreviatedData, in the path's own coordinates; `transform` maps each point. */
export function readAbbreviatedData(
  data: string,
  transform: (x: number, y: number) => [number, number] = (x, y) => [x, y],
): Subpath[] {
  const tokens = data.split(/[\s,]+/).filter((token) => token !== '');
  const subpaths: Subpath[] = [];
  let current: Subpath | null = null;
  let end: [number, number] | null = null;
  for (let index = 0; index < tokens.length; ) {
    const command = tokens[index]!.toUpperCase();
    const count = operandCounts[command];
    if (count === undefined) {
      index++;
      continue;
    }
    const operands = tokens.slice(index + 1, index + 1 + count).map(Number);
    index += 1 + count;
    if (operands.length < count || operands.some((each) => !Number.isFinite(each))) break;
    if (command === 'C') {
      // Closing returns to the subpath's start: a line after it starts there.
      if (current) {
        current.closed = true;
        end = current.points[0] ?? end;
      }
      current = null;
      continue;
    }
    const point = transform(operands[count - 2]!, operands[count - 1]!);
    if (command === 'S' || command === 'M') {
      current = { points: [point], closed: false };
      subpaths.push(current);
    } else if (command === 'L') {
      if (!current) {
        current = { points: end ? [end, point] : [point], closed: false };
        subpaths.push(current);
      } else current.points.push(point);
    } else {
      // A curve: the straight run ends, the next line starts where the curve ends.
      current = null;
    }
    end = point;
  }
  return subpaths;
}
