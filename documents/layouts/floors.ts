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

/**
 * Writes today's counts as floors. A ratchet only rises: a family reading fewer facts than its
 * floor keeps the floor (and is returned) unless `isReset` is set, e.g. after a fixture's expected
 * facts were corrected.
 */
export function writeFloors(results: ReadonlyArray<{ family: string; matched: number }>, isReset = false): string[] {
  const previous = readFloors();
  const kept: string[] = [];
  const floors = Object.fromEntries(
    results.map(({ family, matched }) => {
      const floor = previous[family] ?? 0;
      if (!isReset && matched < floor) {
        kept.push(`${family}: ${matched} < ${floor}`);
        return [family, floor];
      }
      return [family, matched];
    }),
  );
  writeFileSync(floorsFile, `${JSON.stringify(floors, null, 2)}\n`);
  return kept;
}
