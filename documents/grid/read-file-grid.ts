/**
 * The grid of an office file, for the indicator reader: .xlsx through exceljs merges, .docx from
 * word/document.xml (gridSpan/vMerge), a web page from its tables' rowspan/colspan (from-html.ts), an
 * OpenDocument file or a Word XML document from its tables' spans the same way, an XML Spreadsheet as a .xlsx, .pdf (and .ofd, read into the same page content) through its tables' borders or its text positions when
 * they read better than its text lines (pdf/choose-pdf-grid.ts). Text has no cell structure of its own and goes through
 * recoverGrid with the text readers (null here). Called after the format's line reader has checked the
 * file (zip guard, row limits), so a hostile file never gets here.
 */
import type { ImportLimits } from '../import-error.ts';
import { inspectZip } from '../xlsx/zip-guard.ts';
import { readDocxGrid } from './from-docx.ts';
import { readXlsxGrid } from './from-xlsx.ts';
import { gridOfHtmlBlocks, readHtmlGrid, readHtmlTextGrid } from './from-html.ts';
import { readOdfBlocks } from '../odf/read-odf.ts';
import { readWordXmlBlocks } from '../office-xml/read-word-xml.ts';
import { readXmlSpreadsheetGrid } from '../office-xml/read-xml-spreadsheet.ts';
import { readMhtPage } from '../html/read-mht.ts';
import type { Grid } from './grid.ts';
import { choosePdfGrid } from '../pdf/choose-pdf-grid.ts';
import type { PdfPageContent } from '../pdf/lattice-reading.ts';
import { readPdfPageContents } from '../pdf/read-pdf.ts';
import { readOfdPageContents } from '../ofd/read-ofd.ts';

/** `pdfPages`: a .pdf's or .ofd's pages as the line reader read them (read again when absent or empty). */
export async function readFileGrid(input: {
  bytes: Buffer;
  extension: string;
  limits: ImportLimits;
  pdfPages?: readonly PdfPageContent[];
}): Promise<Grid | null> {
  if (input.extension === 'xlsx') return readXlsxGrid(input.bytes);
  if (input.extension === 'html' || input.extension === 'htm') return readHtmlGrid(input.bytes);
  if (input.extension === 'mht' || input.extension === 'mhtml') return readHtmlTextGrid(readMhtPage(input.bytes));
  if (input.extension === 'pdf')
    return choosePdfGrid(
      input.pdfPages?.length ? input.pdfPages : await readPdfPageContents(input.bytes, input.limits),
    );
  if (input.extension === 'ofd')
    return choosePdfGrid(
      input.pdfPages?.length ? input.pdfPages : await readOfdPageContents(input.bytes, input.limits),
    );
  // Paragraphs and tables with their spans, laid out as a web page's (from-html.ts).
  if (input.extension === 'ods' || input.extension === 'odt') return gridOfHtmlBlocks(await readOdfBlocks(input.bytes, input.limits, `.${input.extension}`));
  if (input.extension === 'fods' || input.extension === 'fodt' || input.extension === 'flat-odf') return gridOfHtmlBlocks(await readOdfBlocks(input.bytes, input.limits, null));
  if (input.extension === 'word-xml') return gridOfHtmlBlocks(await readWordXmlBlocks(input.bytes, input.limits));
  if (input.extension === 'xml-spreadsheet') return readXmlSpreadsheetGrid(input.bytes, input.limits);
  if (input.extension === 'docx') {
    const { keptPart } = inspectZip({
      bytes: input.bytes,
      limits: input.limits,
      label: '.docx',
      keepPart: 'word/document.xml',
    });
    return keptPart ? readDocxGrid(keptPart.toString('utf8')) : null;
  }
  return null;
}
