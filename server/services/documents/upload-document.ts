/**
 * Upload of a text dump: the text goes through the same import pipeline as a file
 * (import-document-file.ts → import-review/read-checked-import.ts: read in a worker thread, saved
 * named layout, uploader-unit check), then is scored and checked and stored as a draft of the
 * actor's unit with its first audit entry, in one transaction, so a failure leaves nothing half-saved.
 */
import type { Finding } from '../../../core/model.ts';
import type { Actor } from '../actor.ts';
import type { ServiceDeps } from '../deps.ts';
import { ServiceError } from '../service-error.ts';
import { createInvalidInputError } from './document-errors.ts';
import type { DocumentView } from './document-view.ts';
import type { UnitMismatchChoice } from '../import-review/read-checked-import.ts';
import { importDocumentFile } from './import-document-file.ts';

/** The real text dumps are 10–60 kB; 2 MB leaves room without letting one request eat memory. */
export const maxUploadBytes = 2 * 1024 * 1024;
export const acceptedFileExtensions = ['.txt', '.text', '.md', '.csv'] as const;

export async function uploadDocument(
  deps: ServiceDeps,
  input: {
    actor: Actor;
    text: string;
    fileName?: string | null;
    year?: number | null;
    unitMismatch?: UnitMismatchChoice;
  },
): Promise<{ document: DocumentView; findings: Finding[] }> {
  checkUploadLimits(input.text, input.fileName ?? null);
  // The same pipeline as a file import (saved layouts, unit check); the reader takes the text as .txt.
  const readerFileName = `${(input.fileName ?? '上传的文本').replace(/\.[^.]*$/, '')}.txt`;
  return importDocumentFile(deps, {
    actor: input.actor,
    bytes: Buffer.from(input.text, 'utf8'),
    fileName: readerFileName,
    year: input.year ?? null,
    action: 'upload',
    reason: input.fileName ?? null,
    ...(input.unitMismatch ? { unitMismatch: input.unitMismatch } : {}),
  });
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
    throw new ServiceError({
      code: 'unsupported-file-type',
      message: '上传的内容不是文本文件（含二进制数据）。',
      httpStatus: 415,
    });
  }
}
