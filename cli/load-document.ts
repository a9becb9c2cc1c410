import { readFile, stat } from 'node:fs/promises';
import path from 'node:path';
import { analyseDocument } from '../core/analyse.ts';
import { analyseWithPack, type RulePack } from '../core/rule-packs/index.ts';
import { documentSchema, type PerformanceDocument } from '../core/model.ts';
import { ImportError, importFile } from '../documents/import-file.ts';

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

/**
 * Reads one file (.txt, .xlsx, .docx, .pdf, or .json in the exchange format) into the document
 * model, scored and checked; Chinese errors for people.
 */
export async function loadDocument(file: string, pack?: RulePack): Promise<PerformanceDocument> {
  const analyse = (document: PerformanceDocument) => (pack ? analyseWithPack(document, pack) : analyseDocument(document));
  const info = await stat(file).catch(() => null);
  if (!info) throw new CliError(`找不到文件：${file}`);
  if (!info.isFile()) throw new CliError(`不是文件：${file}`);
  const bytes = await readFile(file);
  const fileName = path.basename(file);
  if (/\.json$/i.test(fileName)) return analyse(parseExchangeJson(bytes, fileName));
  try {
    return analyse(await importFile({ bytes, fileName }));
  } catch (error) {
    if (error instanceof ImportError) throw new CliError(error.message, 2);
    throw error;
  }
}
