/**
 * Upload of a file in any format the documents/ importers read (.txt, .xlsx, .docx, .pdf): the
 * importer turns it into the model in a worker thread (with its own size, zip-bomb, row, cell and
 * page guards, and the pool's time and memory limits), through the same pipeline as the import
 * review screen (saved named layouts, the uploader-unit check), then stored as a draft. An import
 * that fails saves nothing.
 */
import type { Finding } from '../../../core/model.ts';
import type { Actor } from '../actor.ts';
import type { ServiceDeps } from '../deps.ts';
import type { DocumentView } from './document-view.ts';
import { readCheckedImport, type UnitMismatchChoice } from '../import-review/read-checked-import.ts';
import { requireYear, storeReadDocument } from './store-read-document.ts';

export { maxImportBytes, statusByImportError } from './import-limits.ts';

/**
 * Reads a file through the one import pipeline (import-review/read-checked-import.ts: worker thread,
 * saved named layout, kind and uploader-unit checks) and stores it as a draft of the actor's unit.
 */
export async function importDocumentFile(
  deps: ServiceDeps,
  input: {
    actor: Actor;
    bytes: Buffer;
    fileName: string;
    year?: number | null;
    unitMismatch?: UnitMismatchChoice;
    action?: 'import' | 'upload';
    reason?: string | null;
  },
): Promise<{ document: DocumentView; findings: Finding[] }> {
  const { actor } = input;
  // Reading errors come back as ServiceErrors with statusByImportError (read-with-corrections.ts).
  const checked = await readCheckedImport(deps, {
    actor,
    owner: {
      organisationId: actor.organisationId,
      organisationName: actor.organisationName,
      organisationPath: actor.organisationPath,
    },
    bytes: input.bytes,
    fileName: input.fileName,
    ...(input.unitMismatch ? { unitMismatch: input.unitMismatch } : {}),
    // A file without a year is refused before its unit is questioned: one question at a time, the one that stops the save first.
    checkBeforeUnit: (document) => void requireYear(input.year ?? null, document),
  });
  const reason = input.reason === undefined ? input.fileName : input.reason;
  return storeReadDocument(deps, {
    actor,
    read: checked.read.document,
    year: input.year ?? null,
    action: input.action ?? 'import',
    reason: [reason, checked.unitNote].filter(Boolean).join('；') || null,
    unitNote: checked.unitNote,
  });
}
