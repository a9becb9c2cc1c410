/**
 * Makes documents/odf/fixtures/own-*: three tables of documents/pdf/own-tables-testing.ts (invented
 * units, projects and numbers) written by Jixiao's exporters as .xlsx and .docx, then saved by
 * LibreOffice as OpenDocument (.ods, .odt), and one as a macro-enabled workbook and document (.xlsm,
 * .docm), as a clerk's office suite saves them. The expected facts are the facts the .xlsx/.docx
 * itself reads to (odf.expected.json): each saved file must read as its source does.
 *
 * Needs LibreOffice (Writer and Calc): `apt-get install libreoffice-writer-nogui libreoffice-calc-nogui`.
 * Run: `npx tsx scripts/make-odf-fixtures.ts` (not part of the tests: the files are committed).
 */
import { execFileSync } from 'node:child_process';
import { copyFileSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { analyseDocument } from '../core/analyse.ts';
import { exportDocument } from '../documents/export.ts';
import { importFile } from '../documents/import-file.ts';
import { documentFacts } from '../documents/layouts/facts.ts';
import { ownTables } from '../documents/pdf/own-tables-testing.ts';

const fixtures = path.join(import.meta.dirname, '../documents/odf/fixtures');
const work = mkdtempSync(path.join(os.tmpdir(), 'odf-'));
const convert = (file: string, to: string) => execFileSync('soffice', ['--headless', '--convert-to', to, '--outdir', work, file], { stdio: 'ignore' });

/** The tables saved, and what each source format is saved as (LibreOffice's filter names). */
const saved: Record<string, { xlsx: string[]; docx: string[] }> = {
  'dept-target-table': { xlsx: ['ods', 'xlsm:Calc MS Excel 2007 VBA XML'], docx: ['odt', 'docm:MS Word 2007 XML VBA'] },
  'dept-self-evaluation': { xlsx: ['ods'], docx: ['odt'] },
  'project-self-evaluation': { xlsx: ['ods'], docx: ['odt'] },
};

const expected: Record<string, { madeFrom: string; facts: Record<string, string> }> = {};
for (const table of ownTables.filter((each) => Object.hasOwn(saved, each.name))) {
  for (const format of ['xlsx', 'docx'] as const) {
    const source = path.join(work, `${table.name}.${format}`);
    writeFileSync(source, await exportDocument(table.build(), format));
    const facts = Object.fromEntries(documentFacts(analyseDocument(await importFile({ bytes: readFileSync(source), fileName: path.basename(source) }))));
    for (const target of saved[table.name]![format]) {
      convert(source, target);
      const extension = target.split(':')[0]!;
      const name = `own-${table.name}.${extension}`;
      expected[name] = { madeFrom: `${table.name}.${format}`, facts };
      copyFileSync(path.join(work, `${table.name}.${extension}`), path.join(fixtures, name));
    }
  }
}
writeFileSync(path.join(fixtures, 'odf.expected.json'), `${JSON.stringify(expected, null, 1)}\n`);
console.log(`${Object.keys(expected).length} files and their facts written to ${fixtures}`);
