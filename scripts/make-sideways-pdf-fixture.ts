/**
 * Makes documents/pdf/fixtures/sideways-self-evaluation.pdf: a 自评表 of our own (invented unit, names and
 * numbers, documents/pdf/fixtures/sideways-self-evaluation.html) printed by Chromium turned a quarter turn
 * counter-clockwise on a portrait page (its text runs upwards in the PDF's coordinates), the page then given
 * /Rotate 90, as a viewer does when someone turns a sideways page upright and saves it. The cross-reference
 * table is shifted by the inserted bytes. documents/pdf/page-orientation.test.ts reads it.
 *
 * Needs Chromium (/usr/bin/chromium). Run: `npx tsx scripts/make-sideways-pdf-fixture.ts` (not part of the
 * tests: the PDF is committed).
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';

const fixtures = path.join(import.meta.dirname, '../documents/pdf/fixtures');
const work = mkdtempSync(path.join(os.tmpdir(), 'sideways-pdf-'));
const printed = path.join(work, 'printed.pdf');
execFileSync('chromium', ['--headless', '--no-sandbox', '--disable-gpu', '--no-pdf-header-footer', `--print-to-pdf=${printed}`, `file://${path.join(fixtures, 'sideways-self-evaluation.html')}`], { stdio: 'ignore' });

/** The PDF with ` /Rotate 90` after its first page's `/Type /Page`, every offset after it in the xref table and startxref moved on. */
function withRotatedPage(pdf: Buffer): Buffer {
  const text = pdf.toString('latin1');
  const marker = '/Type /Page\n';
  const at = text.indexOf(marker) + marker.length - 1;
  if (at < marker.length) throw new Error('no page dictionary found');
  const insert = ' /Rotate 90';
  const moved = (offset: number) => (offset > at ? offset + insert.length : offset);
  const xref = text.lastIndexOf('\nxref\n') + 1;
  const tail = text
    .slice(xref)
    .replace(/^(\d{10}) (\d{5}) n/gm, (_line, offset: string, generation: string) => `${String(moved(Number(offset))).padStart(10, '0')} ${generation} n`)
    .replace(/startxref\n(\d+)/, (_line, offset: string) => `startxref\n${moved(Number(offset))}`);
  return Buffer.from(text.slice(0, at) + insert + text.slice(at, xref) + tail, 'latin1');
}

writeFileSync(path.join(fixtures, 'sideways-self-evaluation.pdf'), withRotatedPage(readFileSync(printed)));
