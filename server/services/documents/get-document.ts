/** One document with what the actor may do with it, and the opinions on its current revision. */
import { decideAccess, type ReviewActor } from '../../../core/review/index.ts';
import type { DocumentSummary } from '../../db/documents.repository.ts';
import { JsonText } from '../json-text.ts';
import type { ServiceDeps } from '../deps.ts';
import { createNotFoundError, toServiceError } from '../service-error.ts';
import {
  listAllowedActions,
  toAccessDocument,
  toDocumentSummaryView,
  toDocumentView,
  type DocumentView,
} from './document-view.ts';
import type { Opinion as OpinionView } from '../../../contract/documents.ts';
import { loadDocumentFor } from './load-document.ts';
import { withOrganisationUnitText } from './organisation-unit.ts';
import { packForDocument } from '../rule-packs/pack-for-year.ts';

export async function getDocument(
  deps: ServiceDeps,
  input: { actor: ReviewActor; id: string },
): Promise<DocumentView & { opinions: OpinionView[] }> {
  const stored = await loadDocumentFor(deps.repositories, {
    actor: input.actor,
    id: input.id,
    action: 'read',
  });
  return {
    ...toDocumentView(stored, input.actor),
    opinions: await listOpinionViews(deps, { actor: input.actor, document: stored }),
  };
}

export type DocumentTextView = Omit<DocumentView, 'body'> & { body: JsonText; opinions: OpinionView[]; rulePack: string };

/**
 * getDocument for the HTTP read: the same fields and the same access rule, with the body left as
 * the stored JSON text (JsonText), since it is only sent on; its unit is the organisation's. It
 * also names the pack the server scores the document by now (packForDocument: year and region),
 * so the editor's live score is the score saving gives, not the pack recorded at the last save.
 */
export async function getDocumentText(
  deps: ServiceDeps,
  input: { actor: ReviewActor; id: string },
): Promise<DocumentTextView> {
  const stored = await deps.repositories.documents.getWithBodyText(input.id);
  if (!stored) throw createNotFoundError('找不到该文档，或您无权查看。');
  const decision = decideAccess({ actor: input.actor, document: toAccessDocument(stored), action: 'read' });
  if (!decision.ok) throw toServiceError(decision);
  return {
    ...toDocumentSummaryView(stored),
    createdAt: stored.createdAt,
    body: new JsonText(withOrganisationUnitText(stored.bodyText, stored.organisationName)),
    allowedActions: listAllowedActions(input.actor, stored),
    opinions: await listOpinionViews(deps, { actor: input.actor, document: stored }),
    rulePack: (await packForDocument(deps.repositories, { year: stored.year, organisationId: stored.organisationId })).name,
  };
}

async function listOpinionViews(
  deps: ServiceDeps,
  input: { actor: ReviewActor; document: DocumentSummary },
): Promise<OpinionView[]> {
  if (input.actor.role === 'public') return [];
  const opinions = await deps.repositories.reviewOpinions.listByDocument({
    documentId: input.document.id,
    revision: input.document.revision,
  });
  return opinions.map((opinion) => ({
    id: opinion.id,
    revision: opinion.revision,
    path: opinion.path,
    text: opinion.text,
    actorName: opinion.actorName,
    at: opinion.at,
  }));
}
