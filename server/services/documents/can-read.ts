import { canActorRead, type ReviewActor } from '../../../core/review/index.ts';
import { toAccessDocument, type AccessSummary } from './document-view.ts';

/** core/review's read rule on a stored document or summary. */
export function canActorReadSummary(actor: ReviewActor, document: AccessSummary): boolean {
  return canActorRead(actor, toAccessDocument(document));
}
