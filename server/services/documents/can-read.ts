import { canActorRead, type ReviewActor } from '../../../core/review/index.ts';
import type { DocumentSummary } from '../../db/documents.repository.ts';
import { toAccessDocument } from './document-view.ts';

/** core/review's read rule on a stored document or summary. */
export function canActorReadSummary(actor: ReviewActor, document: DocumentSummary): boolean {
  return canActorRead(actor, toAccessDocument(document));
}
