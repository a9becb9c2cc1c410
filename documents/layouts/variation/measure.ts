/**
 * Reads a text family after an edit (documents/layouts/variation/edits.ts) through the real import
 * path and says which facts the unedited source reads right that the edited one loses.
 */
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { compareFacts, type Facts } from '../facts.ts';
import { fixturesDirectory, listFamilies, loadExpectedFacts, loadFixtureFile, readFixtureFacts, type FixtureFile } from '../run-fixtures.ts';
import type { TextEdit } from './edits.ts';

/** Families whose source is a text dump (the .xlsx, .docx and .pdf families have edits of their own kind). */
export function listTextFamilies(directory = fixturesDirectory): string[] {
  return listFamilies(directory).filter((family) => existsSync(path.join(directory, family, 'source.txt')));
}

export function readSource(family: string, directory = fixturesDirectory): string {
  return readFileSync(path.join(directory, family, 'source.txt'), 'utf8');
}

/** The expected facts a file reads right. */
async function factsReadRight(file: FixtureFile, expected: Facts): Promise<Set<string>> {
  const { facts } = await readFixtureFacts(file);
  const right = new Set<string>();
  for (const [key, value] of expected) {
    if (compareFacts(new Map([[key, value]]), facts).matched === 1) right.add(key);
  }
  return right;
}

export interface EditOutcome {
  /** The edit left this family's text as it was (no shape it applies to): nothing to compare. */
  unchanged: boolean;
  /** Facts the source reads right and the edited text does not, with what the edited read gave. */
  lost: string[];
}

/** The facts each unedited source reads right, read once for all edits. */
const readRightBefore = new Map<string, Set<string>>();

/** What an edit costs a family: the facts it makes the reader lose. */
export async function measureEdit(
  family: string,
  edit: TextEdit,
  directory = fixturesDirectory,
): Promise<EditOutcome> {
  const source = readSource(family, directory);
  const edited = edit.apply(source);
  if (edited === source) return { unchanged: true, lost: [] };
  const { lost } = await measureRewrittenText(family, edited, directory);
  return { unchanged: false, lost };
}

/** The facts the family's source reads right and another text of it (an edit's, a converter's) loses. */
export async function measureRewrittenText(
  family: string,
  text: string,
  directory = fixturesDirectory,
): Promise<{ readRight: number; lost: string[] }> {
  return measureRewrittenFile(family, { fileName: `${family}.txt`, bytes: Buffer.from(text, 'utf8') }, directory);
}

/** The facts the family's source (its text, PDF or built Office file) reads right and another file of it (a PDF printed of it) loses. */
export async function measureRewrittenFile(
  family: string,
  file: FixtureFile,
  directory = fixturesDirectory,
): Promise<{ readRight: number; lost: string[] }> {
  const expected = loadExpectedFacts(family, directory);
  const key = `${directory}\u0000${family}`;
  const before = readRightBefore.get(key) ?? (await factsReadRight(await loadFixtureFile(family, directory), expected));
  readRightBefore.set(key, before);
  const after = await factsReadRight(file, expected);
  return { readRight: before.size, lost: [...before].filter((fact) => !after.has(fact)) };
}
