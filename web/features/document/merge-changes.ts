/**
 * Merge after a 409: the user's own edits (base → mine, core/audit diffDocuments) applied on top of
 * the server's version, so neither side's work is lost when they touched different fields. Where
 * both changed the same field, the user's value wins (they are looking at it).
 */
import { diffDocuments, type FieldChange } from '../../../core/audit/diff-documents.ts';
import type { PerformanceDocument } from '../../../core/model.ts';

type Container = Record<string, unknown> | unknown[];

function isContainer(value: unknown): value is Container {
  return typeof value === 'object' && value !== null;
}

/** Applies field changes to a copy of `target`; array items that became null are removed. */
export function applyChanges<T>(target: T, changes: FieldChange[]): T {
  const copy = structuredClone(target) as unknown;
  const removals: Array<{ list: unknown[]; index: number }> = [];
  for (const change of changes) {
    const keys = change.path.split('.');
    let node: unknown = copy;
    for (const [position, key] of keys.entries()) {
      if (!isContainer(node)) break;
      const isLast = position === keys.length - 1;
      const record = node as Record<string, unknown>;
      if (isLast) {
        if (Array.isArray(node) && change.after === null) removals.push({ list: node, index: Number(key) });
        else record[key] = structuredClone(change.after);
        break;
      }
      if (!isContainer(record[key])) record[key] = /^\d+$/.test(keys[position + 1] ?? '') ? [] : {};
      node = record[key];
    }
  }
  // Remove from the end so earlier indices stay valid.
  removals.sort((a, b) => b.index - a.index);
  for (const removal of removals) removal.list.splice(removal.index, 1);
  return copy as T;
}

/** The server's document with the user's edits since `base` applied on top. */
export function mergeIntoServer(input: {
  base: PerformanceDocument;
  mine: PerformanceDocument;
  server: PerformanceDocument;
}): PerformanceDocument {
  return applyChanges(input.server, diffDocuments(input.base, input.mine));
}
