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
  entries: HistoryEntryView[];
  opinions: OpinionView[];
  /** Every revision of the same document the actor may read, newest first. */
  revisions: DocumentSummaryView[];
}

export async function getHistory(deps: ServiceDeps, input: { actor: ReviewActor; id: string }): Promise<HistoryView> {
  const stored = await loadDocumentFor(deps.repositories, { actor: input.actor, id: input.id, action: 'read-history' });
  const [entries, opinions, revisions] = await Promise.all([
    deps.repositories.auditEntries.listByDocument(stored.id),
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
