/** The history of a document: every transition and edit (audit trail), opinions, and its revisions. */
import { reviewStateNames, type ReviewActor, type ReviewState } from '../../../core/review/index.ts';
import type { FieldChange } from '../../db/audit-entries.repository.ts';
import type { ServiceDeps } from '../deps.ts';
import { canActorReadSummary } from './can-read.ts';
import { toDocumentSummaryView, type DocumentSummaryView } from './document-view.ts';
import { loadDocumentFor } from './load-document.ts';

export interface HistoryEntryView {
  at: string;
  action: string;
  actorName: string | null;
  fromState: string | null;
  toState: string | null;
  toStateName: string | null;
  reason: string | null;
  changes: FieldChange[];
}

export interface OpinionView {
  id: number;
  revision: number;
  path: string | null;
  text: string;
  actorName: string | null;
  at: string;
}

export interface HistoryView {
  /** One page of the trail, oldest first within the page; the first page holds the newest entries. */
  entries: HistoryEntryView[];
  /** Pass as `cursor` for the page of older entries; null on the last page. */
  nextCursor: string | null;
  opinions: OpinionView[];
  /** Every revision of the same document the actor may read, newest first. */
  revisions: DocumentSummaryView[];
}

/** Entries per page unless asked otherwise: a document's whole trail once made a 71 MB answer (issue 9). */
export const defaultHistoryPageSize = 50;
export const maxHistoryPageSize = 200;

export async function getHistory(
  deps: ServiceDeps,
  input: { actor: ReviewActor; id: string; limit?: number; cursor?: string },
): Promise<HistoryView> {
  const stored = await loadDocumentFor(deps.repositories, { actor: input.actor, id: input.id, action: 'read-history' });
  const limit = Math.min(input.limit ?? defaultHistoryPageSize, maxHistoryPageSize);
  const offset = input.cursor === undefined ? 0 : Number(input.cursor);
  const [{ entries, hasMore }, opinions, revisions] = await Promise.all([
    deps.repositories.auditEntries.listPageByDocument(stored.id, { limit, offset: Number.isSafeInteger(offset) && offset >= 0 ? offset : 0 }),
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
    revisions: revisions.filter((revision) => canActorReadSummary(input.actor, revision)).map(toDocumentSummaryView),
  };
}
