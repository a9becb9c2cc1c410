/**
 * Reads every layout fixture through the real import path (importFile + analyseDocument, as
 * `jixiao import` does) and compares its facts with the fixture's expected.json. A refusal or a
 * crash reads 0 facts. Used by `npm run fidelity` and documents/layouts/fidelity.test.ts.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { analyseDocument } from '../../core/analyse.ts';
import { importFile } from '../import-file.ts';
import { compareFacts, documentFacts, parseExpectedFacts, type FactComparisonResult, type Facts } from './facts.ts';

export const fixturesDirectory = path.join(path.dirname(fileURLToPath(import.meta.url)), 'fixtures');

/** A fixture's input file: source.txt or source.pdf as it is, or what its build.ts writes (.xlsx/.docx). */
export interface FixtureFile {
  fileName: string;
  bytes: Buffer;
}

export interface FamilyResult extends FactComparisonResult {
  family: string;
  /** The kind the fixture expects (target-table, monitoring …). */
  kind: string;
  /** Why nothing was read, when the import refused or crashed. */
  refusal: string | null;
}

/** Family ids (folder names) in sorted order. */
export function listFamilies(directory = fixturesDirectory): string[] {
  return readdirSync(directory, { withFileTypes: true })
    .filter((entry) => entry.isDirectory() && existsSync(path.join(directory, entry.name, 'expected.json')))
    .map((entry) => entry.name)
    .sort();
}

/** The input file of a family. */
export async function loadFixtureFile(family: string, directory = fixturesDirectory): Promise<FixtureFile> {
  const folder = path.join(directory, family);
  const source = path.join(folder, 'source.txt');
  if (existsSync(source)) return { fileName: `${family}.txt`, bytes: readFileSync(source) };
  // A printed PDF is kept as it was rendered (its render.ts needs Chromium; the measure does not).
  const pdf = path.join(folder, 'source.pdf');
  if (existsSync(pdf)) return { fileName: `${family}.pdf`, bytes: readFileSync(pdf) };
  const builder = path.join(folder, 'build.ts');
  const module = (await import(pathToFileURL(builder).href)) as { build: () => Promise<FixtureFile> };
  return module.build();
}

export function loadExpectedFacts(family: string, directory = fixturesDirectory): Facts {
  return parseExpectedFacts(JSON.parse(readFileSync(path.join(directory, family, 'expected.json'), 'utf8')));
}

/** The facts a real import of the file gives; a refusal or crash gives none and says why. */
export async function readFixtureFacts(file: FixtureFile): Promise<{ facts: Facts; refusal: string | null }> {
  try {
    const document = analyseDocument(await importFile({ bytes: file.bytes, fileName: file.fileName }));
    return { facts: documentFacts(document), refusal: null };
  } catch (error) {
    return { facts: new Map(), refusal: error instanceof Error ? error.message : String(error) };
  }
}

/** Reads one family and compares it with its expected facts. */
export async function measureFamily(family: string, directory = fixturesDirectory): Promise<FamilyResult> {
  const expected = loadExpectedFacts(family, directory);
  const { facts, refusal } = await readFixtureFacts(await loadFixtureFile(family, directory));
  return { family, kind: expected.get('kind') ?? '', refusal, ...compareFacts(expected, facts) };
}

/** Every family, one after another (the reader is synchronous; no gain from parallel reads). */
export async function measureAllFamilies(directory = fixturesDirectory): Promise<FamilyResult[]> {
  const results: FamilyResult[] = [];
  for (const family of listFamilies(directory)) results.push(await measureFamily(family, directory));
  return results;
}
