import { createEmptyDocument, type PerformanceDocument, type Scope } from '../../core/model.ts';
import { detectKind } from './detect-kind.ts';
import { splitLines } from './normalize.ts';
import { readTargetTable } from './target-table.ts';
import { readApprovalTable } from './approval-table.ts';
import { readSelfEvaluation } from './self-evaluation.ts';
import { readEvaluationReport } from './evaluation-report.ts';

/** A reader of one kind: normalised lines in, a (possibly partial) document with findings out. */
export type KindReader = (lines: readonly string[], scope: Scope) => PerformanceDocument;

const readers = {
  'target-table': readTargetTable,
  'approval-table': readApprovalTable,
  'self-evaluation': readSelfEvaluation,
  'evaluation-report': readEvaluationReport,
} satisfies Record<string, KindReader>;

export class NotADocumentError extends Error {
  readonly code = 'not-a-document';
  constructor(fileName?: string) {
    super(`${fileName ? `“${fileName}”` : '该文本'}不是可识别的绩效文档：找不到目标表、批复表、自评表或评价报告的标题和栏目。`);
  }
}

/**
 * Reads a text dump of one of the four kinds into the document model, with the reader's findings.
 * Returns null when the text is not a performance document at all. Never throws on content.
 */
export function readText(text: string): PerformanceDocument | null {
  const lines = splitLines(text);
  const detected = detectKind(lines);
  if (!detected) return null;
  try {
    return readers[detected.kind](lines, detected.scope);
  } catch (error) {
    // A reader bug must not lose the upload: give back what is known and say so.
    const document = createEmptyDocument(detected.kind, detected.scope);
    document.findings.push({
      severity: 'error',
      code: 'reader-failed',
      message: `读取时出错，文档只读出了部分内容，请检查原文格式：${error instanceof Error ? error.message : String(error)}`,
      path: '',
    });
    return document;
  }
}

/**
 * Reads a text dump for the CLI and imports: like readText, but a text that is no performance
 * document is refused with a NotADocumentError (Chinese message naming the file).
 */
export function readDocumentText(text: string, fileName?: string): PerformanceDocument {
  const document = readText(text);
  if (!document) throw new NotADocumentError(fileName);
  return document;
}
