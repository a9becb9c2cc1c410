/**
 * Saves an edited draft. The write carries the version it read (optimistic locking): a stale
 * write gets 409 with the current document and overwrites nothing. Core scores and checks the
 * body on every save; the field-level changes go into the audit trail in the same transaction.
 */
import { analyseDocument } from '../../../core/analyse.ts';
import { diffDocuments } from '../../../core/audit/diff-documents.ts';
import type { PerformanceDocument } from '../../../core/model.ts';
import type { StoredDocument } from '../../db/documents.repository.ts';
import type { Actor } from '../actor.ts';
import type { ServiceDeps } from '../deps.ts';
import { createNotFoundError } from '../service-error.ts';
import { createInvalidInputError, createVersionConflictError } from './document-errors.ts';
import { toDocumentView, type DocumentView } from './document-view.ts';
import { loadDocumentFor } from './load-document.ts';
import { pickScore } from './pick-score.ts';

export async function saveDocument(
  deps: ServiceDeps,
  input: { actor: Actor; id: string; expectedVersion: number; body: PerformanceDocument },
): Promise<DocumentView> {
  const stored = await loadDocumentFor(deps.repositories, { actor: input.actor, id: input.id, action: 'save' });
  checkIdentityKept(stored, input.body);
  if (stored.version !== input.expectedVersion) throw createVersionConflictError(toDocumentView(stored, input.actor));
  const body = analyseDocument(input.body);
  const changes = diffDocuments(stored.body, body);
  if (changes.length === 0) return toDocumentView(stored, input.actor);
  const now = deps.now().toISOString();
  const saved = await deps.transaction(async (repositories) => {
    const result = await repositories.documents.updateWithVersion({
      id: stored.id,
      expectedVersion: input.expectedVersion,
      changes: { body, ...pickScore(body), updatedAt: now, updatedBy: input.actor.userId },
    });
    if (result.status === 'not-found') throw createNotFoundError('找不到该文档，或您无权查看。');
    if (result.status === 'stale') {
      const current = await repositories.documents.getById(stored.id);
      throw createVersionConflictError(toDocumentView(current ?? stored, input.actor));
    }
    await repositories.auditEntries.append({
      documentId: stored.id,
      actorId: input.actor.userId,
      at: now,
      action: 'save',
      fromState: stored.state,
      toState: stored.state,
      reason: null,
      changes,
    });
    return result.document;
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
