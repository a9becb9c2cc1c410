/** Loads a document for an action, asking core/review decideAccess; refusals become ServiceErrors. */
import { decideAccess, type DocumentAction, type ReviewActor } from '../../../core/review/index.ts';
import type { StoredDocument } from '../../db/documents.repository.ts';
import type { Repositories } from '../../db/repositories.ts';
import { createNotFoundError, toServiceError } from '../service-error.ts';
import { toAccessDocument } from './document-view.ts';

/** The document if the actor may take `action` on it; otherwise throws (404 when it may not even see it). */
export async function loadDocumentFor(
  repositories: Repositories,
  input: { actor: ReviewActor; id: string; action: DocumentAction },
): Promise<StoredDocument> {
  const document = await repositories.documents.getById(input.id);
  if (!document) throw createNotFoundError('找不到该文档，或您无权查看。');
  const decision = decideAccess({
    actor: input.actor,
    document: toAccessDocument(document),
    action: input.action,
  });
  if (!decision.ok) throw toServiceError(decision);
  return document;
}
