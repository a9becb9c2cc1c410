/**
 * A label followed by a run of numbers ("年度资金总额 100 20 120"), read in linear time. It reads
 * exactly what /^(.*?[^\d\s.,%-])\s+((?:-?[\d,]+(?:\.\d+)?%?\s*)+)$/ read, but that pattern
 * backtracks exponentially on a long run of digits that ends badly (issue 9): the label ends at the
 * last character that cannot be in a number, and the numbers are checked by a small state machine.
 */

const NUMBER_CHARACTER = /[\d\s.,%-]/;
const LINE_TERMINATOR = /[\n\r\u2028\u2029]/;
const DIGIT = /\d/;
const SPACE = /\s/;

// States of the machine for (?:-?[\d,]+(?:\.\d+)?%?\s*)+, one bit each.
const START = 1;
const MINUS = 2;
const WHOLE = 4;
const POINT = 8;
const FRACTION = 16;
const PERCENT = 32;
const SPACES = 64;
const ACCEPTING = WHOLE | FRACTION | PERCENT | SPACES;
/** States where a new number may start. */
const BETWEEN = START | WHOLE | FRACTION | PERCENT | SPACES;

function step(states: number, character: string): number {
  const isDigit = DIGIT.test(character);
  let next = 0;
  if (isDigit || character === ',') {
    if (states & (BETWEEN | MINUS)) next |= WHOLE;
  }
  if (isDigit && states & (POINT | FRACTION)) next |= FRACTION;
  if (character === '-' && states & BETWEEN) next |= MINUS;
  if (character === '.' && states & WHOLE) next |= POINT;
  if (character === '%' && states & (WHOLE | FRACTION)) next |= PERCENT;
  if (SPACE.test(character) && states & (WHOLE | FRACTION | PERCENT | SPACES)) next |= SPACES;
  return next;
}

/** Whether `text` is one or more numbers (maybe negative, with commas, decimals or %) with optional spaces. */
function isNumberRun(text: string): boolean {
  let states = START;
  for (const character of text) {
    states = step(states, character);
    if (states === 0) return false;
  }
  return (states & ACCEPTING) !== 0;
}

/** The label and the numbers of "label 1 2 3", or null when the cell is not a label followed by numbers. */
export function splitNumberRun(cell: string): { label: string; numbers: string } | null {
  let labelEnd = cell.length;
  while (labelEnd > 0 && NUMBER_CHARACTER.test(cell.charAt(labelEnd - 1))) labelEnd -= 1;
  if (labelEnd === 0 || labelEnd === cell.length) return null;
  const label = cell.slice(0, labelEnd);
  if (LINE_TERMINATOR.test(label)) return null;
  let numbersStart = labelEnd;
  while (numbersStart < cell.length && SPACE.test(cell.charAt(numbersStart))) numbersStart += 1;
  if (numbersStart === labelEnd) return null;
  const numbers = cell.slice(numbersStart);
  return isNumberRun(numbers) ? { label, numbers } : null;
}
