/**
 * Makes documents/legacy-office/fixtures/own-*.xls and own-*.doc: the three tables of
 * documents/pdf/own-tables-testing.ts (invented units, projects and numbers) written by Jixiao's
 * exporters as .xlsx and .docx, then saved by LibreOffice in the old formats (MS Excel 97, MS Word
 * 97), as a unit's tables from before 2010 are. The expected facts are the facts the .xlsx/.docx
 * itself reads to (legacy-office.expected.json): the old file must read as its source does.
 *
 * A .docx goes to .doc through .odt: LibreOffice 7.4's direct .docx → .doc conversion of these
 * tables loses them (the .doc reads back as one paragraph); through .odt the table is kept.
 *
 * Needs LibreOffice (Writer and Calc): `apt-get install libreoffice-writer-nogui libreoffice-calc-nogui`.
 * Run: `npx tsx scripts/make-legacy-office-fixtures.ts` (not part of the tests: the files are committed).
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

const fixtures = path.join(import.meta.dirname, '../documents/legacy-office/fixtures');
const work = mkdtempSync(path.join(os.tmpdir(), 'legacy-office-'));
const convert = (file: string, to: string, outdir: string) =>
  execFileSync('soffice', ['--headless', '--convert-to', to, '--outdir', outdir, file], { stdio: 'ignore' });

const expected: Record<string, { madeFrom: string; facts: Record<string, string> }> = {};
for (const table of ownTables) {
  for (const format of ['xlsx', 'docx'] as const) {
    const source = path.join(work, `${table.name}.${format}`);
    writeFileSync(source, await exportDocument(table.build(), format));
    const legacy = format === 'xlsx' ? 'xls' : 'doc';
    if (format === 'xlsx') convert(source, 'xls:MS Excel 97', work);
    else {
      const odt = path.join(work, 'odt');
      convert(source, 'odt', odt);
      convert(path.join(odt, `${table.name}.odt`), 'doc:MS Word 97', work);
    }
    const read = analyseDocument(await importFile({ bytes: readFileSync(source), fileName: path.basename(source) }));
    const name = `own-${table.name}.${legacy}`;
    expected[name] = { madeFrom: `${table.name}.${format}`, facts: Object.fromEntries(documentFacts(read)) };
    copyFileSync(path.join(work, `${table.name}.${legacy}`), path.join(fixtures, name));
  }
}
writeFileSync(path.join(fixtures, 'legacy-office.expected.json'), `${JSON.stringify(expected, null, 1)}\n`);
console.log(`${Object.keys(expected).length} old-format files and their facts written to ${fixtures}`);
