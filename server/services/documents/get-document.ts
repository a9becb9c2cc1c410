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
import { choosePack, packForDocument } from '../rule-packs/pack-for-year.ts';
import type { ReviewOpinion } from '../../db/review-opinions.repository.ts';
import { bodyBytesCacheOf } from './body-bytes-cache.ts';

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
  const { documents } = deps.repositories;
  // The row, the opinions on its revision and its year's pack choices in one statement; the body's
  // bytes from the cache (or one more statement).
  const view = await documents.getReadView(input.id);
  if (!view) throw createNotFoundError('找不到该文档，或您无权查看。');
  const { summary } = view;
  const decision = decideAccess({ actor: input.actor, document: toAccessDocument(summary), action: 'read' });
  if (!decision.ok) throw toServiceError(decision);
  const { stored, bytes } = await readBodyBytes(deps, summary);
  const opinions = input.actor.role === 'public' ? [] : view.opinions.map(toOpinionView);
  const pack = summary.organisationPath.length
    ? choosePack(summary.organisationPath, view.packChoices).pack
    : await packForDocument(deps.repositories, { year: summary.year, organisationId: summary.organisationId });
  if (stored.version !== summary.version) {
    const newerDecision = decideAccess({ actor: input.actor, document: toAccessDocument(stored), action: 'read' });
    if (!newerDecision.ok) throw toServiceError(newerDecision);
  }
  return {
    ...toDocumentSummaryView(stored),
    createdAt: stored.createdAt,
    body: new JsonText(bytes),
    allowedActions: listAllowedActions(input.actor, stored),
    opinions: stored.version === summary.version ? opinions : await listOpinionViews(deps, { actor: input.actor, document: stored }),
    rulePack: pack.name,
  };
}

/**
 * The body's bytes as sent (the organisation's name as its unit), from the cache when this version
 * was read before; else from the database, kept for the next read. When a save moved the document on
 * between the two statements, the whole newer row is read instead (its access checked again).
 */
async function readBodyBytes(
  deps: ServiceDeps,
  summary: DocumentSummary,
): Promise<{ stored: DocumentSummary; bytes: Buffer }> {
  const cache = bodyBytesCacheOf(deps.repositories);
  const cached = cache.get(summary.id, summary.version, summary.organisationName);
  if (cached) return { stored: summary, bytes: cached };
  const { documents } = deps.repositories;
  let stored: DocumentSummary = summary;
  let bodyText = await documents.getBodyTextAt(summary.id, summary.version);
  if (bodyText === null) {
    const newer = await documents.getWithBodyText(summary.id);
    if (!newer) throw createNotFoundError('找不到该文档，或您无权查看。');
    const { bodyText: newerText, ...newerSummary } = newer;
    stored = newerSummary;
    bodyText = newerText;
  }
  const bytes = Buffer.from(withOrganisationUnitText(bodyText, stored.organisationName));
  cache.set(stored.id, { version: stored.version, organisationName: stored.organisationName, bytes });
  return { stored, bytes };
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
  return opinions.map(toOpinionView);
}

function toOpinionView(opinion: ReviewOpinion): OpinionView {
  return {
    id: opinion.id,
    revision: opinion.revision,
    path: opinion.path,
    text: opinion.text,
    actorName: opinion.actorName,
    at: opinion.at,
  };
}
