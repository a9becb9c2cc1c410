/** The file size an import takes and the HTTP status of each reader refusal (documents/import-error.ts). */
import type { ImportErrorCode } from '../../../documents/import-error.ts';

/** 10 MB of file (about 13.4 MB as base64 in JSON): far above the real tables, bounded for memory. */
export const maxImportBytes = 10 * 1024 * 1024;

export const statusByImportError: Record<ImportErrorCode, number> = {
  'empty-file': 400,
  'file-too-large': 413,
  'unsupported-format': 415,
  'not-a-zip': 415,
  'zip-bomb': 413,
  encrypted: 422,
  'too-many-rows': 413,
  'too-many-cells': 413,
  'damaged-file': 422,
  'not-a-document': 422,
  // A PDF or OFD of page pictures (a scan) with no text to read.
  'no-text': 422,
  // An old .xls/.doc where the server has no LibreOffice to convert it.
  'converter-missing': 415,
  'converter-busy': 503,
};
