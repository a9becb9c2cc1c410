/**
 * Our own families printed to PDF by LibreOffice, for the benches that read real converters' PDFs
 * (bench/pdftotext-real.ts, bench/pdf-real.ts): the tab-dump families that hold an indicator table
 * written as the Word document they came from (render/tab-dump-office.ts), in the variants asked
 * (cells at the top, centred, without borders), and any other Office file. The PDFs stay in a
 * temporary folder ($JIXIAO_PDFTOTEXT_DIR, default /tmp/jixiao-pdftotext-real), made again only when
 * a file's content or the writers change; the stale ones are converted by one LibreOffice call.
 */
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { writeBlocksDocx } from '../documents/layouts/render/office.ts';
import { tabDumpBlocks } from '../documents/layouts/render/tab-dump-office.ts';
import { withLayoutWrappedCells } from '../documents/layouts/variation/converter-edits.ts';
import { listTextFamilies, readSource } from '../documents/layouts/variation/measure.ts';

export const pdfWorkDirectory = process.env.JIXIAO_PDFTOTEXT_DIR ?? path.join(os.tmpdir(), 'jixiao-pdftotext-real');

/** How a tab dump's Word tables are set: cells at the top (Word's default), centred vertically (many templates), no borders. */
export interface WordVariant {
  id: string;
  isCentredVertically: boolean;
  isBorderless?: boolean;
}

export const wordAlignments: readonly WordVariant[] = [
  { id: 'top', isCentredVertically: false },
  { id: 'centred', isCentredVertically: true },
];

/** The families with a tab-row indicator table (the ones the layout-wrapped edit rewrites), those named in `only` if any. */
export function tabTableFamilies(only: readonly string[]): string[] {
  return listTextFamilies().filter((family) => {
    if (only.length > 0 && !only.includes(family)) return false;
    const source = readSource(family);
    return withLayoutWrappedCells(source) !== source;
  });
}

/** A file to print: its name in the folder (without extension), what decides whether it changed, and how it is written. */
export interface PrintJob {
  name: string;
  extension: 'docx' | 'xlsx';
  key: string;
  write: () => Promise<Buffer>;
}

const writers = ['office.ts', 'tab-dump-office.ts'].map((file) =>
  readFileSync(path.join(import.meta.dirname, '../documents/layouts/render', file), 'utf8'),
);

/** A tab-dump family as a Word document of one variant: `<family>.<variant>`. */
export function tabDumpJob(family: string, variant: WordVariant): PrintJob {
  const blocks = tabDumpBlocks(readSource(family));
  return {
    name: `${family}.${variant.id}`,
    extension: 'docx',
    key: createHash('sha256').update(JSON.stringify([blocks, writers, variant])).digest('hex'),
    write: () => writeBlocksDocx(blocks, variant),
  };
}

/** Whether `<base>.pdf` was printed from what `key` names (its `<base>.key` holds it): no need to print it again. */
export function isPrintCurrent(base: string, key: string): boolean {
  return existsSync(`${base}.key`) && readFileSync(`${base}.key`, 'utf8') === key && existsSync(`${base}.pdf`);
}

/** Prints the jobs whose key changed since the last run to PDF; returns each job's PDF path by name. */
export async function printToPdf(jobs: readonly PrintJob[], work = pdfWorkDirectory): Promise<Map<string, string>> {
  mkdirSync(work, { recursive: true });
  const stale: string[] = [];
  const pdfs = new Map<string, string>();
  for (const job of jobs) {
    const base = path.join(work, job.name);
    pdfs.set(job.name, `${base}.pdf`);
    if (isPrintCurrent(base, job.key)) continue;
    const file = path.join(work, `${job.name}.${job.extension}`);
    writeFileSync(file, await job.write());
    writeFileSync(`${base}.key`, job.key);
    stale.push(file);
  }
  if (stale.length > 0) {
    // A profile of its own, so a LibreOffice already running elsewhere cannot take the job.
    const profile = pathToFileURL(path.join(work, 'profile')).href;
    execFileSync('soffice', [`-env:UserInstallation=${profile}`, '--headless', '--convert-to', 'pdf', '--outdir', work, ...stale], { stdio: 'ignore' });
  }
  return pdfs;
}

/** Facts kept per kind of text (a print variant, an extraction mode), over the families measured. */
export interface FactTotal {
  kept: number;
  families: number;
  lost: number;
  readRight: number;
}

/** Counts each family's facts under an id and prints the totals, as both PDF benches report them. */
export function createFactTally() {
  const totals = new Map<string, FactTotal>();
  return {
    /** Adds one family's facts under `id`; returns its line ("id kept/readRight (first losses)"). */
    count(id: string, readRight: number, lost: readonly string[]): string {
      const total = totals.get(id) ?? { kept: 0, families: 0, lost: 0, readRight: 0 };
      totals.set(id, {
        kept: total.kept + (lost.length === 0 ? 1 : 0),
        families: total.families + 1,
        lost: total.lost + lost.length,
        readRight: total.readRight + readRight,
      });
      return `${id} ${readRight - lost.length}/${readRight}${lost.length > 0 ? ` (${lost.slice(0, 3).join('; ')})` : ''}`;
    },
    /** Prints a line per id; returns the sum over all ids. */
    printTotals(): FactTotal {
      let all: FactTotal = { kept: 0, families: 0, lost: 0, readRight: 0 };
      for (const [id, total] of totals) {
        console.log(`${id}: ${total.kept} / ${total.families} families keep every fact, ${total.readRight - total.lost} / ${total.readRight} facts kept`);
        all = { kept: all.kept + total.kept, families: all.families + total.families, lost: all.lost + total.lost, readRight: all.readRight + total.readRight };
      }
      return all;
    },
  };
}
