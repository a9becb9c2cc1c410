/** Errors specific to documents, each with a stable code and a Chinese message. */
import { findLimitBreach } from '../../../core/document-limits.ts';
import { documentKindNames, type DocumentKind, type PerformanceDocument } from '../../../core/model.ts';
import type { Refusal } from '../../../core/review/index.ts';
import { ServiceError } from '../service-error.ts';
import type { DocumentView } from './document-view.ts';

/** A write carried a stale version: 409 with the current document, nothing overwritten. */
export function createVersionConflictError(current: DocumentView): ServiceError {
  return new ServiceError({
    code: 'version-conflict',
    message: `文档已被他人修改（当前为第 ${current.version} 版），您的修改未保存。请查看最新内容后重试。`,
    httpStatus: 409,
    details: { current },
  });
}

/** Bad input that passed the schema but not the document's rules (400). */
export function createInvalidInputError(code: string, message: string): ServiceError {
  return new ServiceError({ code, message, httpStatus: 400 });
}

/** Throws 413 when a read document is larger than the document limits allow (core/document-limits.ts). */
export function ensureWithinDocumentLimits(document: PerformanceDocument): void {
  const breach = findLimitBreach(document);
  if (breach) {
    throw new ServiceError({
      code: 'document-too-large',
      message: `文档超出大小上限：${breach.path} ${breach.message}。请删减后再上传。`,
      httpStatus: 413,
    });
  }
}

/** A core refusal that concerns the request itself rather than the document's state. */
export function toInputError(refusal: Refusal): ServiceError {
  return createInvalidInputError(refusal.code, refusal.message);
}

/**
 * A unit already has this year's document of the kind (and project). The message names the kind,
 * the year and the project, so the clerk knows which document to open: "同类文档（同一项目）"
 * read as if every document were a project's.
 */
export function createDocumentExistsError(existing: { kind: DocumentKind; year?: number | null; project?: string | null }): ServiceError {
  const year = existing.year ? `${existing.year}年` : '本年度';
  const project = existing.project ? `项目“${existing.project}”的` : '';
  return new ServiceError({
    code: 'document-exists',
    message:
      existing.kind === 'monitoring'
        ? '该单位本年度已有该项目的绩效运行监控表（每个单位每年每个项目一张），请打开已有监控表填报，不要重复导入。'
        : `本单位${year}已有${project}${documentKindNames[existing.kind]}，请在“我的文档”中打开它修改，不要重复创建或导入。`,
    httpStatus: 409,
  });
}
