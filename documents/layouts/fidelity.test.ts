/**
 * The fidelity ratchet: every layout family must read at least as many facts right as its floor in
 * floors.json. A family that reads more passes and says so, so the floor can be raised with
 * `npm run fidelity -- --update-floors`.
 */
import { afterAll, describe, expect, it } from 'vitest';
import { readFloors } from './floors.ts';
import { listFamilies, measureFamily } from './run-fixtures.ts';

const floors = readFloors();
const improved: string[] = [];

describe('layout fidelity (documents/layouts/fixtures)', () => {
  it('has at least 30 layout families, each with a floor', () => {
    const families = listFamilies();
    expect(families.length).toBeGreaterThanOrEqual(30);
    expect(families.filter((family) => !(family in floors))).toEqual([]);
  });

  for (const family of listFamilies()) {
    it(`${family} reads no fewer facts right than its floor`, async () => {
      const result = await measureFamily(family);
      const floor = floors[family] ?? 0;
      if (result.matched > floor) improved.push(`${family}: ${floor} → ${result.matched}`);
      expect(result.matched, `missing: ${result.missing.slice(0, 5).join('; ')} wrong: ${result.wrong.slice(0, 5).join('; ')}`).toBeGreaterThanOrEqual(floor);
    });
  }

  afterAll(() => {
    if (improved.length > 0) {
      console.log(`版式保真度提高了，请运行 npm run fidelity -- --update-floors 提高下限：\n  ${improved.join('\n  ')}`);
    }
  });
});
