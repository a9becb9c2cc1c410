/**
 * Saves an edited draft. The write carries the version it read (optimistic locking): a stale
 * write gets 409 with the current document and overwrites nothing. Core scores and checks the
 * body on every save; the field-level changes go into the audit trail in the same transaction.
 */
import type { PerformanceDocument } from '../../../core/model.ts';
import type { StoredDocument } from '../../db/documents.repository.ts';
import type { Actor } from '../actor.ts';
import type { ServiceDeps } from '../deps.ts';
import { createInvalidInputError } from './document-errors.ts';
import { toDocumentView, type DocumentView } from './document-view.ts';
import { loadDocumentForSave } from './load-document.ts';
import { storeEditedBody } from './store-edited-body.ts';

export async function saveDocument(
  deps: ServiceDeps,
  input: { actor: Actor; id: string; expectedVersion: number; body: PerformanceDocument },
): Promise<DocumentView> {
  const { stored, year } = await loadDocumentForSave(deps.repositories, { actor: input.actor, id: input.id });
  checkIdentityKept(stored, input.body);
  const saved = await storeEditedBody(deps, {
    actor: input.actor,
    stored,
    ...(year ? { year } : {}),
    expectedVersion: input.expectedVersion,
    body: input.body,
  });
  return toDocumentView(saved, input.actor);
}

/** Kind, year and project identify the document (one per unit, year, kind, project); an edit cannot move it. */
function checkIdentityKept(stored: StoredDocument, body: PerformanceDocument): void {
  const project = body.scope === 'project' ? (body.project ?? null) : null;
  if (body.kind !== stored.kind || body.year !== stored.year || project !== stored.project) {
    throw createInvalidInputError(
      'identity-changed',
      '保存时不能修改文档的种类、年度或项目名称；如需其他年度或项目，请新建文档。',
    );
  }
}
