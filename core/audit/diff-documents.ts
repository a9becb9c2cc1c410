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
  const context: DiffContext = { changes: [], ignore: new Set(options.ignore ?? derivedDocumentFields) };
  collectChanges(context, before, after, '');
  return context.changes;
}

interface DiffContext {
  changes: FieldChange[];
  ignore: ReadonlySet<string>;
}

// Positional parameters in this hot recursion (one call per field of the document) avoid an
// object allocation per node; the exported function keeps the named-options shape.
function collectChanges(context: DiffContext, rawBefore: unknown, rawAfter: unknown, path: string): void {
  if (rawBefore === rawAfter) return;
  const before = normalise(rawBefore);
  const after = normalise(rawAfter);
  if (Array.isArray(before) && Array.isArray(after)) {
    const length = Math.max(before.length, after.length);
    for (let index = 0; index < length; index += 1) {
      collectChanges(context, before[index], after[index], join(path, String(index)));
    }
    return;
  }
  if (isPlainObject(before) && isPlainObject(after)) {
    for (const key of listKeys(before, after)) {
      const keyPath = join(path, key);
      if (context.ignore.has(keyPath)) continue;
      collectChanges(context, before[key], after[key], keyPath);
    }
    return;
  }
  if (!isSameLeaf(before, after)) context.changes.push({ path, before, after });
}

function normalise(value: unknown): unknown {
  return value === undefined ? null : value;
}

function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** Keys of `before` in its order, then keys only `after` has, so the output order is stable. */
function listKeys(before: Record<string, unknown>, after: Record<string, unknown>): string[] {
  const keys = Object.keys(before);
  const known = new Set(keys);
  for (const key of Object.keys(after)) if (!known.has(key)) keys.push(key);
  return keys;
}

/** Leaves are compared by value; objects and arrays that reach here differ in shape from the other side. */
function isSameLeaf(before: unknown, after: unknown): boolean {
  if (typeof before === 'object' && before !== null) return false;
  if (typeof after === 'object' && after !== null) return false;
  return Object.is(before, after);
}

function join(path: string, key: string): string {
  return path === '' ? key : `${path}.${key}`;
}
