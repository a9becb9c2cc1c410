/**
 * Makes documents/pdf/fixtures/borderless-*.pdf: a 自评表 of our own (invented unit, names and
 * numbers, documents/pdf/fixtures/borderless-self-evaluation.txt as a tab dump) written as a Word
 * table without borders (render/office.ts, columns set by their text so names and labels wrap in
 * their cells), cells at the top and centred, saved as PDF by LibreOffice, as many published PDFs
 * show a table by its columns alone; and a long one over pages with a running head and page numbers.
 * documents/pdf/cell-pieces.test.ts reads them.
 *
 * Needs LibreOffice Writer. Run: `npx tsx scripts/make-borderless-pdf-fixtures.ts` (not part of the
 * tests: the PDFs are committed).
 */
import { execFileSync } from 'node:child_process';
import { copyFileSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { writeBlocksDocx } from '../documents/layouts/render/office.ts';
import { tabDumpBlocks } from '../documents/layouts/render/tab-dump-office.ts';

const fixtures = path.join(import.meta.dirname, '../documents/pdf/fixtures');
const work = mkdtempSync(path.join(os.tmpdir(), 'borderless-pdfs-'));
const blocks = tabDumpBlocks(readFileSync(path.join(fixtures, 'borderless-self-evaluation.txt'), 'utf8'));
const profile = pathToFileURL(path.join(work, 'profile')).href;
for (const [id, isCentredVertically] of [['top', false], ['centred', true]] as const) {
  const source = path.join(work, `borderless-self-evaluation-${id}.docx`);
  writeFileSync(source, await writeBlocksDocx(blocks, { isCentredVertically, isBorderless: true }));
  execFileSync('soffice', [`-env:UserInstallation=${profile}`, '--headless', '--convert-to', 'pdf', '--outdir', work, source], { stdio: 'ignore' });
  copyFileSync(path.join(work, `borderless-self-evaluation-${id}.pdf`), path.join(fixtures, `borderless-self-evaluation-${id}.pdf`));
}

// A long table over three pages with a running head on every page and "第 N 页 共 M 页" at each foot.
const long = tabDumpBlocks(readFileSync(path.join(fixtures, 'borderless-long-self-evaluation.txt'), 'utf8'));
const longSource = path.join(work, 'borderless-long-self-evaluation.docx');
writeFileSync(
  longSource,
  await writeBlocksDocx(long, { isCentredVertically: false, isBorderless: true, runningHead: '河湾镇农业农村综合服务中心绩效自评材料', hasPageNumbers: true }),
);
execFileSync('soffice', [`-env:UserInstallation=${profile}`, '--headless', '--convert-to', 'pdf', '--outdir', work, longSource], { stdio: 'ignore' });
copyFileSync(path.join(work, 'borderless-long-self-evaluation.pdf'), path.join(fixtures, 'borderless-long-self-evaluation.pdf'));
