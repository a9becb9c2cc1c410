/** One document with what the actor may do with it, and the opinions on its current revision. */
import type { ReviewActor } from '../../../core/review/index.ts';
import type { ServiceDeps } from '../deps.ts';
import { toDocumentView, type DocumentView } from './document-view.ts';
import type { OpinionView } from './get-history.ts';
import { loadDocumentFor } from './load-document.ts';

export async function getDocument(
  deps: ServiceDeps,
  input: { actor: ReviewActor; id: string },
): Promise<DocumentView & { opinions: OpinionView[] }> {
  const stored = await loadDocumentFor(deps.repositories, { actor: input.actor, id: input.id, action: 'read' });
  const opinions =
    input.actor.role === 'public'
      ? []
      : await deps.repositories.reviewOpinions.listByDocument({ documentId: stored.id, revision: stored.revision });
  return {
    ...toDocumentView(stored, input.actor),
    opinions: opinions.map((opinion) => ({
      id: opinion.id,
      revision: opinion.revision,
      path: opinion.path,
      text: opinion.text,
      actorName: opinion.actorName,
      at: opinion.at,
    })),
  };
}
