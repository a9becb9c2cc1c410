/** Test-only access to the real sample documents in ../shared/seeds (never used at run time). */
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import path from 'node:path';

/** ../shared/seeds beside the repository, or JIXIAO_SEEDS_DIR when set (e.g. to check the skip). */
export const seedsDirectory = process.env.JIXIAO_SEEDS_DIR
  ? path.resolve(process.env.JIXIAO_SEEDS_DIR)
  : path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..', 'shared', 'seeds');

/** Whether the real samples are present (a clone outside this workspace has none). */
export const hasSeeds = existsSync(seedsDirectory);

/** Why seed-reading tests were skipped, for people running `npm test` in a fresh clone. */
export const seedsMissingMessage = `未找到真实样本目录 ${seedsDirectory}，跳过读取样本的测试 (seeds absent: tests that read ../shared/seeds are skipped)`;

/** The text of the seed whose file name starts with `prefix` ("000", "001", "002", "003"). */
export function readSeed(prefix: '000' | '001' | '002' | '003'): string {
  const name = readdirSync(seedsDirectory).find((file) => file.startsWith(`${prefix}_`));
  if (!name) throw new Error(`seed ${prefix} not found in ${seedsDirectory}`);
  return readFileSync(path.join(seedsDirectory, name), 'utf8');
}
