import { writeFile } from 'node:fs/promises';
import path from 'node:path';
import { exportDocument, exportFormats, isExportError, suggestFileName, type ExportFormat } from '../../documents/export.ts';
import { closePdfBrowser, PdfUnavailableError } from '../../documents/pdf/render-pdf.ts';
import { CliError, loadDocument } from '../load-document.ts';

function toExportFormat(format: string | undefined): ExportFormat {
  if (format && (exportFormats as readonly string[]).includes(format)) return format as ExportFormat;
  throw new CliError(`请用 --format 指定导出格式：${exportFormats.join('、')}`, 2);
}

/**
 * `jixiao export <file> --format xlsx|docx|pdf|json [-o path]`: writes the document in the official
 * layout; without -o the file gets its Chinese name (e.g. 2023年…绩效目标表.xlsx) in the current folder.
 */
export async function runExport(options: { file: string; format?: string; output?: string }): Promise<string> {
  const format = toExportFormat(options.format);
  const document = await loadDocument(options.file);
  let bytes: Buffer;
  try {
    bytes = await exportDocument(document, format);
  } catch (error) {
    if (isExportError(error) || error instanceof PdfUnavailableError) throw new CliError(error.message, 2);
    throw error;
  } finally {
    // One export per run: the warm browser would otherwise keep the process alive until idle.
    if (format === 'pdf') await closePdfBrowser();
  }
  const target = options.output ?? suggestFileName(document, format);
  await writeFile(target, bytes);
  return `已导出：${path.resolve(target)}（${(bytes.length / 1024).toFixed(1)} KB）`;
}
