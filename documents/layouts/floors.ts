/**
 * The fidelity ratchet: per layout family, the number of facts read right when the floor was last
 * raised. documents/layouts/fidelity.test.ts fails when a family reads fewer; `npm run fidelity --
 * --update-floors` raises the floors to today's counts.
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export const floorsFile = path.join(path.dirname(fileURLToPath(import.meta.url)), 'floors.json');

/** Family → facts read right at least; a family not listed has floor 0. */
export function readFloors(): Record<string, number> {
  if (!existsSync(floorsFile)) return {};
  return JSON.parse(readFileSync(floorsFile, 'utf8')) as Record<string, number>;
}

export function writeFloors(results: ReadonlyArray<{ family: string; matched: number }>): void {
  const floors = Object.fromEntries(results.map(({ family, matched }) => [family, matched]));
  writeFileSync(floorsFile, `${JSON.stringify(floors, null, 2)}\n`);
}
