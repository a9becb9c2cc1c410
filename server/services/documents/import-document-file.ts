/**
 * Upload of a file in any format the documents/ importers read (.txt, .xlsx, .docx, .pdf): the
 * importer turns it into the model in a worker thread (with its own size, zip-bomb, row, cell and
 * page guards, and the pool's time and memory limits), then the same
 * path as a text upload stores it as a draft. An import that fails saves nothing.
 */
import type { Finding } from '../../../core/model.ts';
import { ImportError, type ImportErrorCode } from '../../../documents/import-error.ts';
import type { Actor } from '../actor.ts';
import type { ServiceDeps } from '../deps.ts';
import { ServiceError } from '../service-error.ts';
import type { DocumentView } from './document-view.ts';
import { storeReadDocument } from './upload-document.ts';

/** 10 MB of file (about 13.4 MB as base64 in JSON): far above the real tables, bounded for memory. */
export const maxImportBytes = 10 * 1024 * 1024;

export const statusByImportError: Record<ImportErrorCode, number> = {
  'empty-file': 400,
  'file-too-large': 413,
  'unsupported-format': 415,
  'not-a-zip': 415,
  'zip-bomb': 413,
  encrypted: 422,
  'too-many-rows': 413,
  'too-many-cells': 413,
  'damaged-file': 422,
  'not-a-document': 422,
};

export async function importDocumentFile(
  deps: ServiceDeps,
  input: { actor: Actor; bytes: Buffer; fileName: string; year?: number | null },
): Promise<{ document: DocumentView; findings: Finding[] }> {
  let read;
  try {
    read = await deps.heavyWork.importFile({ bytes: input.bytes, fileName: input.fileName, limits: { maxFileBytes: maxImportBytes } });
  } catch (error) {
    if (error instanceof ImportError) {
      throw new ServiceError({ code: error.code, message: error.message, httpStatus: statusByImportError[error.code] ?? 422 });
    }
    throw error;
  }
  return storeReadDocument(deps, { actor: input.actor, read, year: input.year ?? null, action: 'import', reason: input.fileName });
}
