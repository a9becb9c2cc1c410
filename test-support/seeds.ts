/** Test-only access to the real sample documents in ../shared/seeds (never used at run time). */
import { readFileSync, readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import path from 'node:path';

export const seedsDirectory = path.resolve(
  path.dirname(fileURLToPath(import.meta.url)),
  '..',
  '..',
  'shared',
  'seeds',
);

/** The text of the seed whose file name starts with `prefix` ("000", "001", "002", "003"). */
export function readSeed(prefix: '000' | '001' | '002' | '003'): string {
  const name = readdirSync(seedsDirectory).find((file) => file.startsWith(`${prefix}_`));
  if (!name) throw new Error(`seed ${prefix} not found in ${seedsDirectory}`);
  return readFileSync(path.join(seedsDirectory, name), 'utf8');
}
