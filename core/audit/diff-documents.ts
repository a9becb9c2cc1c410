/**
 * Field-level differences between two versions of a document, for the audit trail (issue 3:
 * "what changed (field-level before/after)"). Paths use the same dotted form as findings
 * ("goals.0.indicators.3.target.text"), so a change can be shown beside the indicator it touches.
 */

/** One changed field. `before`/`after` are null when the field was absent on that side. */
export interface FieldChange {
  path: string;
  before: unknown;
  after: unknown;
}

/**
 * Top-level fields left out of the trail by default: findings are derived from the content on
 * every save, so recording them would bury the edits people made.
 */
export const derivedDocumentFields: readonly string[] = ['findings'];

/**
 * Lists the fields that differ between `before` and `after`, in document order. Objects are
 * compared field by field and arrays item by item; a value that appears, disappears or changes
 * type is reported once, whole, rather than as every leaf inside it (compact). Missing and
 * undefined count as null.
 */
export function diffDocuments(
  before: unknown,
  after: unknown,
  options: { ignore?: readonly string[] } = {},
): FieldChange[] {
  const ignore = new Set(options.ignore ?? derivedDocumentFields);
  const context: DiffContext = {
    changes: [],
    ignore,
    ignoredLengths: new Set([...ignore].map((path) => path.length)),
    segments: [],
  };
  collectChanges(context, before, after, 0);
  return context.changes;
}

/**
 * The path of a node is not built while walking (issue 14 item 3: a save diffs a 40 KB document,
 * and making and hashing a dotted path for each of its thousands of fields was most of the diff's
 * cost): the walk keeps the keys on a stack and the path's length, and makes the text only for a
 * change, or for a key whose path is as long as an ignored one.
 */
interface DiffContext {
  changes: FieldChange[];
  ignore: ReadonlySet<string>;
  ignoredLengths: ReadonlySet<number>;
  /** Keys from the root to the node being compared. */
  segments: string[];
}

// Positional parameters in this hot recursion (one call per field of the document) avoid an
// object allocation per node; the exported function keeps the named-options shape.
function collectChanges(context: DiffContext, rawBefore: unknown, rawAfter: unknown, pathLength: number): void {
  if (rawBefore === rawAfter) return;
  const before = normalise(rawBefore);
  const after = normalise(rawAfter);
  const { segments } = context;
  if (Array.isArray(before) && Array.isArray(after)) {
    const length = Math.max(before.length, after.length);
    for (let index = 0; index < length; index += 1) {
      const itemBefore: unknown = before[index];
      const itemAfter: unknown = after[index];
      if (itemBefore === itemAfter) continue;
      const key = String(index);
      segments.push(key);
      collectChanges(context, itemBefore, itemAfter, joinedLength(pathLength, key));
      segments.pop();
    }
    return;
  }
  if (isPlainObject(before) && isPlainObject(after)) {
    // Keys of `before` in its order, then keys only `after` has, so the output order is stable.
    for (const key in before) {
      if (Object.prototype.hasOwnProperty.call(before, key)) compareKey(context, before, after, key, pathLength);
    }
    for (const key in after) {
      if (Object.prototype.hasOwnProperty.call(after, key) && !Object.prototype.propertyIsEnumerable.call(before, key)) {
        compareKey(context, before, after, key, pathLength);
      }
    }
    return;
  }
  if (!isSameLeaf(before, after)) context.changes.push({ path: buildPath(segments), before, after });
}

function compareKey(context: DiffContext, before: Record<string, unknown>, after: Record<string, unknown>, key: string, pathLength: number): void {
  const valueBefore = before[key];
  const valueAfter = after[key];
  if (valueBefore === valueAfter) return;
  const { segments } = context;
  const keyPathLength = joinedLength(pathLength, key);
  segments.push(key);
  if (!context.ignoredLengths.has(keyPathLength) || !context.ignore.has(buildPath(segments))) {
    collectChanges(context, valueBefore, valueAfter, keyPathLength);
  }
  segments.pop();
}

function normalise(value: unknown): unknown {
  return value === undefined ? null : value;
}

function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** Leaves are compared by value; objects and arrays that reach here differ in shape from the other side. */
function isSameLeaf(before: unknown, after: unknown): boolean {
  if (typeof before === 'object' && before !== null) return false;
  if (typeof after === 'object' && after !== null) return false;
  return Object.is(before, after);
}

/** The length of join(path, key) for a path of `pathLength`. */
function joinedLength(pathLength: number, key: string): number {
  return pathLength === 0 ? key.length : pathLength + 1 + key.length;
}

/** "goals.0.indicators.3": keys joined by dots, as findings write paths (the root's own key is none). */
function buildPath(segments: readonly string[]): string {
  let path = '';
  for (const segment of segments) path = path === '' ? segment : `${path}.${segment}`;
  return path;
}
