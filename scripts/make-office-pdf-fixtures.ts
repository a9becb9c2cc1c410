/**
 * Makes documents/pdf/fixtures/office-*.pdf: the tables of documents/pdf/own-tables-testing.ts
 * (invented units, projects and numbers) written by Jixiao's exporters as .docx and .xlsx, then saved as PDF by LibreOffice, as a
 * unit saves its Word or Excel table as PDF to publish it. The expected facts are the facts the
 * .docx/.xlsx itself reads to (office-pdfs.expected.json): the PDF must read as its source does.
 *
 * Needs LibreOffice (Writer and Calc): `apt-get install libreoffice-writer-nogui libreoffice-calc-nogui`.
 * Run: `npx tsx scripts/make-office-pdf-fixtures.ts [name…]` (not part of the tests: the PDFs are
 * committed); with names, only those tables are made again and the others' facts are kept.
 */
import { execFileSync } from 'node:child_process';
import { copyFileSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { analyseDocument } from '../core/analyse.ts';
import type { PerformanceDocument } from '../core/model.ts';
import { exportDocument } from '../documents/export.ts';
import { importFile } from '../documents/import-file.ts';
import { documentFacts } from '../documents/layouts/facts.ts';
import { ownTables } from '../documents/pdf/own-tables-testing.ts';

const fixtures = path.join(import.meta.dirname, '../documents/pdf/fixtures');
const expectedPath = path.join(fixtures, 'office-pdfs.expected.json');
const work = mkdtempSync(path.join(os.tmpdir(), 'office-pdfs-'));
const only = process.argv.slice(2);
const made: Array<[string, PerformanceDocument, 'docx' | 'xlsx']> = ownTables
  .filter((table) => only.length === 0 || only.includes(table.name))
  .map((table) => [table.name, table.build(), table.format]);
type Expected = Record<string, { madeFrom: string; facts: Record<string, string> }>;
const expected: Expected = only.length === 0 ? {} : (JSON.parse(readFileSync(expectedPath, 'utf8')) as Expected);
// A profile of its own, so a LibreOffice already running elsewhere cannot take the job.
const profile = pathToFileURL(path.join(work, 'profile')).href;
for (const [name, document, format] of made) {
  const source = path.join(work, `${name}.${format}`);
  writeFileSync(source, await exportDocument(document, format));
  execFileSync('soffice', [`-env:UserInstallation=${profile}`, '--headless', '--convert-to', 'pdf', '--outdir', work, source], {
    stdio: 'ignore',
  });
  const read = analyseDocument(
    await importFile({ bytes: readFileSync(source), fileName: path.basename(source) }),
  );
  expected[`office-${name}.pdf`] = {
    madeFrom: `${name}.${format}`,
    facts: Object.fromEntries(documentFacts(read)),
  };
  copyFileSync(path.join(work, `${name}.pdf`), path.join(fixtures, `office-${name}.pdf`));
}
writeFileSync(expectedPath, `${JSON.stringify(expected, null, 1)}\n`);
console.log(`${made.length} PDFs and their facts written to ${fixtures}`);
