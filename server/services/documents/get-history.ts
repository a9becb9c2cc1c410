/** The history of a document: every transition and edit (audit trail), opinions, and its revisions. */
import {
  defaultHistoryPageSize,
  maxHistoryPageSize,
  type DocumentHistory as HistoryView,
} from '../../../contract/document-history.ts';
import { reviewStateNames, type ReviewActor, type ReviewState } from '../../../core/review/index.ts';
import type { ServiceDeps } from '../deps.ts';
import { canActorReadSummary } from './can-read.ts';
import { toDocumentSummaryView } from './document-view.ts';
import { loadDocumentFor } from './load-document.ts';

export async function getHistory(
  deps: ServiceDeps,
  input: { actor: ReviewActor; id: string; limit?: number; cursor?: string },
): Promise<HistoryView> {
  const stored = await loadDocumentFor(deps.repositories, {
    actor: input.actor,
    id: input.id,
    action: 'read-history',
  });
  const limit = Math.min(input.limit ?? defaultHistoryPageSize, maxHistoryPageSize);
  const offset = input.cursor === undefined ? 0 : Number(input.cursor);
  const [{ entries, hasMore }, opinions, revisions] = await Promise.all([
    deps.repositories.auditEntries.listPageByDocument(stored.id, {
      limit,
      offset: Number.isSafeInteger(offset) && offset >= 0 ? offset : 0,
    }),
    deps.repositories.reviewOpinions.listByDocument({ documentId: stored.id }),
    deps.repositories.documents.listRevisions(stored),
  ]);
  // The public sees the published result, not who reviewed it or what they said.
  const isPublic = input.actor.role === 'public';
  return {
    entries: entries.map((entry) => ({
      at: entry.at,
      action: entry.action,
      actorName: isPublic ? null : entry.actorName,
      fromState: entry.fromState,
      toState: entry.toState,
      toStateName: entry.toState ? (reviewStateNames[entry.toState as ReviewState] ?? entry.toState) : null,
      reason: isPublic ? null : entry.reason,
      changes: isPublic ? [] : entry.changes,
    })),
    nextCursor: hasMore ? String(offset + limit) : null,
    opinions: isPublic
      ? []
      : opinions.map((opinion) => ({
          id: opinion.id,
          revision: opinion.revision,
          path: opinion.path,
          text: opinion.text,
          actorName: opinion.actorName,
          at: opinion.at,
        })),
    revisions: revisions
      .filter((revision) => canActorReadSummary(input.actor, revision))
      .map(toDocumentSummaryView),
  };
}
