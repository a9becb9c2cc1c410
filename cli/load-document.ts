import { readFile, stat } from 'node:fs/promises';
import path from 'node:path';
import { analyseDocument } from '../core/analyse.ts';
import type { PerformanceDocument } from '../core/model.ts';
import { readText } from '../documents/text/read-text.ts';

/** A refusal the CLI prints as it is, in Chinese, before exiting with `exitCode`. */
export class CliError extends Error {
  constructor(
    message: string,
    readonly exitCode = 1,
  ) {
    super(message);
  }
}

/** Reads one file into the document model, scored and checked; Chinese errors for people. */
export async function loadDocument(file: string): Promise<PerformanceDocument> {
  const info = await stat(file).catch(() => null);
  if (!info) throw new CliError(`找不到文件：${file}`);
  if (!info.isFile()) throw new CliError(`不是文件：${file}`);
  const bytes = await readFile(file);
  const document = readText(bytes.toString('utf8'));
  if (!document) {
    throw new CliError(
      `“${path.basename(file)}”不是可识别的绩效文档：找不到目标表、批复表、自评表或评价报告的标题和栏目。`,
      2,
    );
  }
  return analyseDocument(document);
}
