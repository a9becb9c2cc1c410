/** Zip archives for generated test files (small hostile .xlsx/.docx), written by the summary workbook's zip writer. */
import { compressPart, writeZip as writeArchive, type ZipPart } from '../documents/summary/write-zip.ts';

export type ZipEntry = ZipPart;

/** Dated at the zip format's epoch, so the same entries give the same bytes. */
const zipEpoch = new Date(1980, 0, 1);

export function writeZip(entries: readonly ZipEntry[]): Buffer {
  return writeArchive(entries.map((entry) => compressPart(entry, 6)), zipEpoch);
}
