/** What the public reads without logging in: published documents only (core/review decides). */
import type { ReviewActor } from '../../../core/review/index.ts';
import type { ServiceDeps } from '../deps.ts';
import { getDocument } from './get-document.ts';
import { listDocuments, type DocumentListFilter } from './list-documents.ts';

/** The anonymous reader. */
export const publicActor: ReviewActor = { role: 'public', organisationId: null, organisationPath: [] };

export function listPublicDocuments(deps: ServiceDeps, input: { filter: Omit<DocumentListFilter, 'state'> }) {
  return listDocuments(deps, { actor: publicActor, filter: input.filter });
}

export async function getPublicDocument(deps: ServiceDeps, input: { id: string }) {
  const {
    allowedActions: _allowedActions,
    opinions: _opinions,
    ...document
  } = await getDocument(deps, { actor: publicActor, id: input.id });
  return document;
}
