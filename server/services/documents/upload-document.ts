/**
 * Upload of a text dump: read it into the model (documents/text), score and check it
 * (core/analyse; both in a worker thread, server/workers), store it as a draft of the actor's unit with its first audit entry, all in one
 * transaction, so a failure leaves nothing half-saved. Files (.xlsx/.docx/.pdf) go through
 * import-document-file.ts and end in storeReadDocument too.
 */
import { findLimitBreach } from '../../../core/document-limits.ts';
import type { Finding, PerformanceDocument } from '../../../core/model.ts';
import type { Actor } from '../actor.ts';
import type { ServiceDeps } from '../deps.ts';
import { ServiceError } from '../service-error.ts';
import { createInvalidInputError } from './document-errors.ts';
import { insertDraft } from './insert-draft.ts';
import { analyseWithChain } from './add-chain-findings.ts';
import { ensureMayCreate } from './ensure-may-create.ts';
import { toDocumentView, type DocumentView } from './document-view.ts';

/** The real text dumps are 10–60 kB; 2 MB leaves room without letting one request eat memory. */
export const maxUploadBytes = 2 * 1024 * 1024;
export const acceptedFileExtensions = ['.txt', '.text', '.md'] as const;

export async function uploadDocument(
  deps: ServiceDeps,
  input: { actor: Actor; text: string; fileName?: string | null; year?: number | null },
): Promise<{ document: DocumentView; findings: Finding[] }> {
  checkUploadLimits(input.text, input.fileName ?? null);
  const read = await deps.heavyWork.readText(input.text);
  if (!read) {
    throw new ServiceError({
      code: 'not-a-document',
      message: '无法识别该文本：找不到目标表、批复表、自评表或评价报告的标题和栏目。',
      httpStatus: 422,
    });
  }
  return storeReadDocument(deps, { actor: input.actor, read, year: input.year ?? null, action: 'upload', reason: input.fileName ?? null });
}

/**
 * The part of every upload after reading: score and check (core/analyse), then store as a draft
 * of the actor's unit with its first audit entry, in one transaction.
 */
export async function storeReadDocument(
  deps: ServiceDeps,
  input: { actor: Actor; read: PerformanceDocument; year: number | null; action: string; reason: string | null },
): Promise<{ document: DocumentView; findings: Finding[] }> {
  const { read } = input;
  const year = input.year ?? read.year;
  if (year === null) {
    throw createInvalidInputError('year-required', '文档中没有年度，请在上传时指定年度。');
  }
  ensureMayCreate(input.actor, read.kind);
  const breach = findLimitBreach(read);
  if (breach) {
    throw new ServiceError({
      code: 'document-too-large',
      message: `文档超出大小上限：${breach.path} ${breach.message}。请删减后再上传。`,
      httpStatus: 413,
    });
  }
  const body: PerformanceDocument = await analyseWithChain(deps, {
    organisationId: input.actor.organisationId,
    body: { ...read, year, unit: read.unit || input.actor.organisationName },
    year,
  });
  const stored = await insertDraft(deps, { actor: input.actor, body, action: input.action, reason: input.reason });
  return { document: toDocumentView(stored, input.actor), findings: body.findings };
}

function checkUploadLimits(text: string, fileName: string | null): void {
  const bytes = Buffer.byteLength(text, 'utf8');
  if (bytes > maxUploadBytes) {
    throw new ServiceError({
      code: 'upload-too-large',
      message: `文件过大（${(bytes / 1024 / 1024).toFixed(1)} MB），上传上限为 ${maxUploadBytes / 1024 / 1024} MB。`,
      httpStatus: 413,
    });
  }
  const extension = fileName?.toLowerCase().match(/\.[^.]+$/)?.[0];
  if (fileName && extension && !(acceptedFileExtensions as readonly string[]).includes(extension)) {
    throw new ServiceError({
      code: 'unsupported-file-type',
      message: `暂不支持“${extension}”文件，目前只能上传文本（${acceptedFileExtensions.join('、')}）。`,
      httpStatus: 415,
    });
  }
  if (text.trim() === '') throw createInvalidInputError('empty-upload', '上传的文本是空的。');
  if (text.includes('\u0000')) {
    throw new ServiceError({ code: 'unsupported-file-type', message: '上传的内容不是文本文件（含二进制数据）。', httpStatus: 415 });
  }
}
