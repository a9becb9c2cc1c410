/** Tags of Office XML read by saxes without namespaces: names and attributes by their local name, whatever the prefix. */
import type { SaxesParser, SaxesTagPlain } from 'saxes';
import { ImportError } from '../import-error.ts';

/** "ss:Row", "w:tc", "Row" → "row", "tc", "row". */
export const localName = (name: string): string => name.slice(name.indexOf(':') + 1).toLowerCase();

/** An attribute by its local name (ss:Index, w:val, Index), whatever the prefix. */
export function attribute(tag: SaxesTagPlain, name: string): string | undefined {
  for (const [key, value] of Object.entries(tag.attributes)) if (localName(key) === name) return value;
  return undefined;
}

/**
 * Feeds the whole text to a parser whose handlers are set; a limit a handler refuses with stays that
 * refusal, anything saxes rejects (a cut file, an undeclared entity) is `damaged-file` with `damaged`.
 */
export function parseXml(parser: SaxesParser, xml: string, damaged: string): void {
  try {
    parser.write(xml).close();
  } catch (error) {
    if (error instanceof ImportError) throw error;
    throw new ImportError('damaged-file', damaged);
  }
}
