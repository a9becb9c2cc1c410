/**
 * The one error an import gives, with a stable code (docs/documents-in-and-out.md) and a Chinese
 * message that says what to do. Nothing is saved when an import fails.
 */
export const importErrorCodes = [
  'empty-file',
  'file-too-large',
  'unsupported-format',
  'not-a-zip',
  'zip-bomb',
  'encrypted',
  'too-many-rows',
  'too-many-cells',
  'damaged-file',
  'not-a-document',
  'no-text',
  'converter-missing',
  'converter-busy',
] as const;
export type ImportErrorCode = (typeof importErrorCodes)[number];

export class ImportError extends Error {
  constructor(
    readonly code: ImportErrorCode,
    message: string,
  ) {
    super(message);
    this.name = 'ImportError';
  }
}

/** Limits on what an import will read; the defaults suit the largest real tables with a wide margin. */
export interface ImportLimits {
  /** Largest file accepted, in bytes. */
  maxFileBytes: number;
  /** Largest total a .xlsx/.docx may expand to, in bytes. */
  maxExpandedBytes: number;
  /** Most parts a .xlsx/.docx may hold. */
  maxZipEntries: number;
  /** Most rows across all sheets of a .xlsx. */
  maxRows: number;
  /** Most pages of a .pdf. */
  maxPages: number;
  /** Most cells across all sheets of a .xlsx, or in the grid of one .docx table (merged positions count). */
  maxCells: number;
  /** Highest row number a .xlsx cell or merge may name (Excel allows 1,048,576). */
  maxRowIndex: number;
  /** Widest a merged cell (.xlsx) or a gridSpan (.docx) may be, in columns. */
  maxColumnSpan: number;
  /** Longest LibreOffice may take to convert an old .xls/.doc (the server keeps it under its worker's time limit). */
  maxConversionSeconds: number;
  /** Most memory (address space, MB) LibreOffice may map while it converts one old .xls/.doc (Linux, through prlimit). */
  maxConversionMemoryMb: number;
  /** Most pages of a scanned PDF read by OCR (documents/ocr): a clerk's 3–6 page scan, not a 200-page one. */
  maxOcrPages: number;
  /** Longest OCR may take for one file, all its pages (the server keeps it under its worker's time limit). */
  maxOcrSeconds: number;
}

export const defaultImportLimits: ImportLimits = {
  maxFileBytes: 20 * 1024 * 1024,
  maxExpandedBytes: 50 * 1024 * 1024,
  maxZipEntries: 2000,
  maxRows: 5000,
  maxPages: 200,
  maxCells: 100_000,
  maxRowIndex: 100_000,
  maxColumnSpan: 100,
  maxConversionSeconds: 60,
  maxConversionMemoryMb: 2048,
  maxOcrPages: 10,
  maxOcrSeconds: 90,
};
