/**
 * A saved body's JSON text, the same text as JSON.stringify(body), with each indicator's text
 * kept by the indicator object (issue 14 item 3). An autosave changes one row of about a hundred;
 * every other row of the body is the very object the previous save of the document wrote (the
 * stored-body cache's, core/scoring/copy-indicator.ts), so its text is reused and only the new
 * rows, the totals and the findings are written out again. Like that cache, it holds only for
 * objects nobody changes after they are saved; texts are held weakly by their rows.
 *
 * Only the body, its goals and their indicators are walked here, each only when it is a plain
 * object or array; anything else (a toJSON, a boxed value) sends the whole body to JSON.stringify.
 */
import type { PerformanceDocument } from '../../core/model.ts';

const indicatorTexts = new WeakMap<object, string>();

/** Thrown inside the walk when a value is not plain: the body is written by JSON.stringify instead. */
const notPlain = Symbol('not plain');

/** JSON.stringify(body), with the indicators' texts kept (see above). */
export function stringifyBody(body: PerformanceDocument): string {
  try {
    return writeObject(body, 'goals', writeGoals);
  } catch (error) {
    if (error === notPlain) return JSON.stringify(body);
    throw error;
  }
}

function isPlainObject(value: unknown): value is Record<string, unknown> {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return false;
  const prototype = Object.getPrototypeOf(value) as unknown;
  return (prototype === Object.prototype || prototype === null) && typeof (value as { toJSON?: unknown }).toJSON !== 'function';
}

function isPlainArray(value: unknown): value is unknown[] {
  return Array.isArray(value) && Object.getPrototypeOf(value) === Array.prototype && typeof (value as { toJSON?: unknown }).toJSON !== 'function';
}

/** A plain object as JSON.stringify writes it, the value of `key` written by `writeKey`. */
function writeObject(value: unknown, key: string, writeKey: (value: unknown) => string): string {
  if (!isPlainObject(value)) throw notPlain;
  let text = '{';
  for (const name of Object.keys(value)) {
    const entry = value[name];
    const written = name === key ? writeKey(entry) : JSON.stringify(entry);
    // undefined, functions and symbols are left out of objects, as JSON.stringify leaves them.
    if (written === undefined) continue;
    text += `${text.length === 1 ? '' : ','}${JSON.stringify(name)}:${written}`;
  }
  return `${text}}`;
}

/** A plain array as JSON.stringify writes it, each element by `write`. */
function writeArray(values: unknown, write: (value: unknown) => string): string {
  if (!isPlainArray(values)) throw notPlain;
  let text = '[';
  for (let index = 0; index < values.length; index++) text += `${index === 0 ? '' : ','}${write(values[index])}`;
  return `${text}]`;
}

function writeGoals(goals: unknown): string {
  return writeArray(goals, (goal) => writeObject(goal, 'indicators', writeIndicators));
}

function writeIndicators(indicators: unknown): string {
  return writeArray(indicators, (indicator) => {
    if (!isPlainObject(indicator)) throw notPlain;
    let text = indicatorTexts.get(indicator);
    if (text === undefined) {
      text = JSON.stringify(indicator);
      indicatorTexts.set(indicator, text);
    }
    return text;
  });
}
