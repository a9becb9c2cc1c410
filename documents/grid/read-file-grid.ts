/**
 * The grid of an office file, for the indicator reader: .xlsx through exceljs merges, .docx from
 * word/document.xml (gridSpan/vMerge). Text and PDF have no cell structure of their own and go
 * through recoverGrid with the text readers. Called after the format's line reader has checked the
 * file (zip guard, row limits), so a hostile file never gets here.
 */
import type { ImportLimits } from '../import-error.ts';
import { inspectZip } from '../xlsx/zip-guard.ts';
import { readDocxGrid } from './from-docx.ts';
import { readXlsxGrid } from './from-xlsx.ts';
import type { Grid } from './grid.ts';

export async function readFileGrid(input: { bytes: Buffer; extension: string; limits: ImportLimits }): Promise<Grid | null> {
  if (input.extension === 'xlsx') return readXlsxGrid(input.bytes);
  if (input.extension === 'docx') {
    const { keptPart } = inspectZip({ bytes: input.bytes, limits: input.limits, label: '.docx', keepPart: 'word/document.xml' });
    return keptPart ? readDocxGrid(keptPart.toString('utf8')) : null;
  }
  return null;
}
