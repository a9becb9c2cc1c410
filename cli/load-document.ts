import { readFile, stat } from 'node:fs/promises';
import path from 'node:path';
import { analyseDocument } from '../core/analyse.ts';
import { analyseWithPack, type RulePack } from '../core/rule-packs/index.ts';
import { documentSchema, type PerformanceDocument } from '../core/model.ts';
import { ImportError, importFile } from '../documents/import-file.ts';
import { readWithLayouts, type NamedLayoutMapping } from '../documents/import-review/read-with-layouts.ts';
import { addFileUnitFinding, describeUnitMismatch, isOtherUnit } from '../documents/import-review/unit-names.ts';
import { columnRoles } from '../documents/vocabulary/columns.ts';
import { z } from 'zod';

/** A refusal the CLI prints as it is, in Chinese, before exiting with `exitCode`. */
export class CliError extends Error {
  constructor(
    message: string,
    readonly exitCode = 1,
  ) {
    super(message);
  }
}

/** A document saved in the exchange format (`jixiao import --json`), validated. */
function parseExchangeJson(bytes: Buffer, fileName: string): PerformanceDocument {
  let json: unknown;
  try {
    json = JSON.parse(bytes.toString('utf8'));
  } catch {
    throw new CliError(`“${fileName}”不是有效的 JSON 文件。`, 2);
  }
  const parsed = documentSchema.safeParse(json);
  if (!parsed.success) {
    const fields = [...new Set(parsed.error.issues.map((issue) => issue.path.join('.') || '（根）'))].slice(0, 5).join('、');
    throw new CliError(`“${fileName}”不符合文档交换格式（见 docs/exchange-format.md）：${fields} 有误。`, 2);
  }
  return parsed.data;
}

/** `jixiao import`'s options: the same pipeline as the server's imports (docs/import-review.md). */
export interface ImportOptions {
  /** Named layouts (a JSON file as GET /api/import-layouts answers), applied by header signature. */
  layouts?: readonly NamedLayoutMapping[];
  /** The unit the file is imported for: a file naming another unit is refused unless `isSavedAsOwn`. */
  unit?: string;
  isSavedAsOwn?: boolean;
  /** Which table of a file holding several (0-based; `--table` counts from 1). */
  table?: number;
  /** Every table of a file holding several, each its own document (`--each-table`). */
  isEachTable?: boolean;
}

const layoutFileSchema = z
  .union([z.array(z.unknown()), z.unknown().transform((value) => [value])])
  .pipe(
    z.array(
      z.object({
        name: z.string(),
        headerSignature: z.string().min(1),
        columnRoles: z.array(z.object({ column: z.number().int().min(0), role: z.enum(columnRoles).nullable() })),
      }),
    ),
  );

/** The named layouts of a `--layout` file, validated. */
export async function readLayoutFile(file: string): Promise<NamedLayoutMapping[]> {
  const text = await readFile(file, 'utf8').catch(() => null);
  if (text === null) throw new CliError(`找不到版式文件：${file}`);
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    throw new CliError(`版式文件“${path.basename(file)}”不是有效的 JSON。`, 2);
  }
  const parsed = layoutFileSchema.safeParse(json);
  if (!parsed.success) throw new CliError(`版式文件“${path.basename(file)}”须为命名版式（name、headerSignature、columnRoles）的列表，如 GET /api/import-layouts 的结果。`, 2);
  return parsed.data;
}

/** A file through the import pipeline: named layout by header signature, then the unit check. */
async function importThroughPipeline(input: { bytes: Buffer; fileName: string; options: ImportOptions }): Promise<PerformanceDocument> {
  return (await importTablesThroughPipeline(input))[0] as PerformanceDocument;
}

/** The pipeline's document of the chosen table, or with `isEachTable` of every table of the file in turn. */
async function importTablesThroughPipeline(input: { bytes: Buffer; fileName: string; options: ImportOptions }): Promise<PerformanceDocument[]> {
  const { options } = input;
  const readTable = async (table: number | undefined) => {
    const { read } = await readWithLayouts({ bytes: input.bytes, fileName: input.fileName, ...(table === undefined ? {} : { table }) }, options.layouts ?? []);
    return { document: checkUnit(read.document, options), count: read.tables.length };
  };
  const first = await readTable(options.isEachTable ? 0 : options.table);
  if (!options.isEachTable || first.count < 2) return [first.document];
  const rest = [];
  for (let table = 1; table < first.count; table += 1) rest.push((await readTable(table)).document);
  return [first.document, ...rest];
}

/** The unit check of `--unit` (and `--save-as-own`) on one read document. */
function checkUnit(document: PerformanceDocument, options: ImportOptions): PerformanceDocument {
  if (!options.unit || !isOtherUnit(document.unit, options.unit)) return document;
  if (!options.isSavedAsOwn) throw new CliError(`${describeUnitMismatch(document.unit.trim(), options.unit)}（确认请加 --save-as-own）`, 2);
  const note = `文件所列单位为“${document.unit.trim()}”，经命令行确认按“${options.unit}”读取。`;
  return addFileUnitFinding({ ...document, unit: options.unit }, note);
}

/** A file named on the command line, its bytes and name; Chinese errors when it is missing or a folder. */
async function readInputFile(file: string): Promise<{ bytes: Buffer; fileName: string }> {
  const info = await stat(file).catch(() => null);
  if (!info) throw new CliError(`找不到文件：${file}`);
  if (!info.isFile()) throw new CliError(`不是文件：${file}`);
  return { bytes: await readFile(file), fileName: path.basename(file) };
}

/**
 * Reads one file (.txt, .csv, .xlsx, .docx, .pdf, or .json in the exchange format) into the document
 * model, scored and checked; Chinese errors for people.
 */
export async function loadDocument(file: string, pack?: RulePack, options?: ImportOptions): Promise<PerformanceDocument> {
  const analyse = (document: PerformanceDocument) => (pack ? analyseWithPack(document, pack) : analyseDocument(document));
  const { bytes, fileName } = await readInputFile(file);
  if (/\.json$/i.test(fileName)) return analyse(parseExchangeJson(bytes, fileName));
  try {
    return analyse(options ? await importThroughPipeline({ bytes, fileName, options }) : await importFile({ bytes, fileName }));
  } catch (error) {
    if (error instanceof ImportError) throw new CliError(error.message, 2);
    throw error;
  }
}

/** Every table of a file holding several (one document for any other file), each scored and checked. */
export async function loadEveryTable(file: string, options: ImportOptions): Promise<PerformanceDocument[]> {
  const { bytes, fileName } = await readInputFile(file);
  if (/\.json$/i.test(fileName)) return [analyseDocument(parseExchangeJson(bytes, fileName))];
  try {
    const documents = await importTablesThroughPipeline({ bytes, fileName, options: { ...options, isEachTable: true } });
    return documents.map((document) => analyseDocument(document));
  } catch (error) {
    if (error instanceof ImportError) throw new CliError(error.message, 2);
    throw error;
  }
}
