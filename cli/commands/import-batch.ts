/**
 * `jixiao import <文件夹>`: every file we read under the folders given (and any files given beside
 * them), in name order, each summarised (or written as one JSON line) as soon as it is read, with
 * a progress line on a terminal and a closing count. One unreadable file does not stop the batch.
 * Old .xls/.doc files are converted by LibreOffice sixteen at a time ahead of their reading.
 */
import { open, readdir, readFile, stat } from 'node:fs/promises';
import path from 'node:path';
import { contentFormat, findExtension } from '../../documents/import-file.ts';
import { isCompoundFile } from '../../documents/xlsx/zip-guard.ts';
import { isPictureExtension } from '../../documents/ocr/picture-pdf.ts';
import { convertLegacyOfficeAhead, isLegacyOfficeExtension, type LegacyOfficeExtension, type LegacyOfficeFile } from '../../documents/legacy-office/convert-legacy-office.ts';
import { CliError, loadDocument, loadEveryTable, readLayoutFile } from '../load-document.ts';
import { describeDocument } from './import.ts';

export interface BatchOutput {
  /** One result (a summary block or a JSON line). */
  write: (text: string) => void;
  /** The progress line ("[3/120] 文件名"), replaced in place; absent when stderr is not a terminal. */
  progress?: (text: string) => void;
}

/** True when any input is a folder: the CLI then streams instead of collecting. */
export async function hasFolder(inputs: readonly string[]): Promise<boolean> {
  for (const input of inputs) if ((await stat(input).catch(() => null))?.isDirectory()) return true;
  return false;
}

/** The files to read: folders walked (sub-folders included) for the formats we read. */
export async function listInputFiles(inputs: readonly string[]): Promise<string[]> {
  const files: string[] = [];
  for (const input of inputs) {
    const info = await stat(input).catch(() => null);
    if (!info?.isDirectory()) {
      files.push(input);
      continue;
    }
    const found = await walk(input);
    if (found.length === 0)
      throw new CliError(`文件夹“${input}”里没有可读取的文件（.txt、.csv、.xlsx、.docx、.pdf、.ofd、.html、.mht、.ods、.odt、.xls、.doc、.json；照片、扫描图片请逐个写出文件名）。`, 2);
    files.push(...found);
  }
  return files;
}

const byName = (left: string, right: string) => left.localeCompare(right, 'zh-Hans-CN', { numeric: true });

/** A folder's own files first (by name, 2 before 10), then each sub-folder's, depth first. */
async function walk(folder: string): Promise<string[]> {
  const entries = await readdir(folder, { withFileTypes: true });
  const named = entries.filter((entry) => entry.isFile() && isReadable(entry.name)).map((entry) => entry.name);
  // A folder's other XML files (settings, data of other systems) are not counted as failures: only Office and OpenDocument XML is read.
  const isTable = await Promise.all(named.map((name) => findExtension(name) !== 'xml' || isTableXml(path.join(folder, name))));
  const files = named.filter((_, index) => isTable[index]).sort(byName);
  const folders = entries
    .filter((entry) => entry.isDirectory())
    .map((entry) => entry.name)
    .sort(byName);
  const nested = await Promise.all(folders.map((name) => walk(path.join(folder, name))));
  return [...files.map((name) => path.join(folder, name)), ...nested.flat()];
}

/** Whether an .xml file is one we read (a Word XML document, an XML Spreadsheet, a flat OpenDocument file), by its first 4 KB. */
async function isTableXml(file: string): Promise<boolean> {
  const handle = await open(file, 'r').catch(() => null);
  if (!handle) return true;
  try {
    const { buffer, bytesRead } = await handle.read(Buffer.alloc(4096), 0, 4096, 0);
    return contentFormat('xml', buffer.subarray(0, bytesRead)) !== 'xml';
  } finally {
    await handle.close();
  }
}

function isReadable(name: string): boolean {
  // Pictures are read when named, never found in a folder: a county's folder holds photos of its work and
  // scans of letters, and reading each by OCR takes seconds to say it is no table.
  const extension = findExtension(name);
  return (
    !name.startsWith('~$') && !name.startsWith('.') && ((extension !== null && !isPictureExtension(extension)) || /\.json$/i.test(name))
  );
}

/** Reads each file in turn and reports it at once; resolves the number of files that failed. */
export async function runImportBatch(
  options: {
    inputs: readonly string[];
    json: boolean;
    layout?: string;
    unit?: string;
    isSavedAsOwn?: boolean;
    /** Every table of a file holding several, each its own result (`--each-table`). */
    isEachTable?: boolean;
  },
  output: BatchOutput,
): Promise<{ read: number; failed: number }> {
  const files = await listInputFiles(options.inputs);
  // The same pipeline as one file (named layouts, the unit check), read once for the whole batch.
  const layouts = options.layout ? await readLayoutFile(options.layout) : [];
  const importOptions = {
    layouts,
    ...(options.unit ? { unit: options.unit } : {}),
    isSavedAsOwn: options.isSavedAsOwn ?? false,
  };
  const started = performance.now();
  let failed = 0;
  let convertedUpTo = 0;
  for (const [index, file] of files.entries()) {
    if (index >= convertedUpTo && legacyExtensionOf(file)) {
      convertedUpTo = await convertAhead(files, index, (count) => output.progress?.(`[${index + 1}/${files.length}] 正在用 LibreOffice 转换旧版文件（${count} 个）…`));
    }
    output.progress?.(`[${index + 1}/${files.length}] ${path.basename(file)}`);
    try {
      const documents = options.isEachTable ? await loadEveryTable(file, importOptions) : [await loadDocument(file, undefined, importOptions)];
      for (const [index, document] of documents.entries()) {
        const table = documents.length > 1 ? { table: index + 1 } : {};
        output.write(
          options.json ? JSON.stringify({ file, ...table, document }) : `${describeDocument(documents.length > 1 ? `${file} 第${index + 1}张` : file, document)}\n`,
        );
      }
    } catch (error) {
      if (!(error instanceof CliError)) throw error;
      failed += 1;
      output.write(
        options.json
          ? JSON.stringify({ file, error: error.message })
          : `${file}\n  读取失败：${error.message}\n`,
      );
    }
  }
  output.progress?.('');
  const seconds = ((performance.now() - started) / 1000).toFixed(1);
  const closing = `共 ${files.length} 个文件：读出 ${files.length - failed} 个，失败 ${failed} 个，用时 ${seconds} 秒`;
  // In JSON mode stdout stays pure JSON lines; the count goes to stderr.
  if (options.json) process.stderr.write(`${closing}\n`);
  else output.write(closing);
  return { read: files.length - failed, failed };
}

/** Old Office files converted in one LibreOffice run: its start (≈ 5 s of CPU) is paid once per this many. */
const convertedTogether = 16;

function legacyExtensionOf(file: string): LegacyOfficeExtension | null {
  const extension = findExtension(path.basename(file));
  return extension && isLegacyOfficeExtension(extension) ? extension : null;
}

/**
 * Converts the next old Office files from `from` on (up to `convertedTogether`) in one run, so each
 * is then read from the conversion kept (convert-legacy-office.ts); returns the index after the last
 * one taken. A file that cannot be read here is left to its own read, which says why.
 */
async function convertAhead(files: readonly string[], from: number, announce: (count: number) => void): Promise<number> {
  const batch: LegacyOfficeFile[] = [];
  let index = from;
  for (; index < files.length && batch.length < convertedTogether; index++) {
    const extension = legacyExtensionOf(files[index]!);
    if (!extension) continue;
    const bytes = await readFile(files[index]!).catch(() => null);
    // Only real old Office files: a web page, .mht or XML Spreadsheet named .xls is read without LibreOffice.
    if (bytes && isCompoundFile(bytes)) batch.push({ bytes, extension, fileName: path.basename(files[index]!) });
  }
  if (batch.length > 1) {
    announce(batch.length);
    await convertLegacyOfficeAhead(batch).catch(() => undefined);
  }
  return index;
}

/** A progress writer that rewrites one line of a terminal, or nothing when stderr is redirected. */
export function terminalProgress(): BatchOutput['progress'] {
  if (!process.stderr.isTTY) return undefined;
  return (text) => void process.stderr.write(`\r\u001b[2K${text}`);
}
