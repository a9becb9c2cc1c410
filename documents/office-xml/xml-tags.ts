/** Tags of Office XML read by saxes without namespaces: names and attributes by their local name, whatever the prefix. */
import type { SaxesTagPlain } from 'saxes';

/** "ss:Row", "w:tc", "Row" → "row", "tc", "row". */
export const localName = (name: string): string => name.slice(name.indexOf(':') + 1).toLowerCase();

/** An attribute by its local name (ss:Index, w:val, Index), whatever the prefix. */
export function attribute(tag: SaxesTagPlain, name: string): string | undefined {
  for (const [key, value] of Object.entries(tag.attributes)) if (localName(key) === name) return value;
  return undefined;
}
