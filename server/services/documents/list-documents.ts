/**
 * Lists the documents the actor may read, with filters and paging. The read rule is core's
 * (getReadScope) and is applied in the query, so paging and totals are exact; a total stops
 * counting at maxDocumentCount (isTotalCapped), and `after` pages by keyset (list-cursor.ts).
 */
import { documentKindNames, documentKinds, type DocumentKind } from '../../../core/model.ts';
import { getReadScope, type ReviewActor, type ReviewState } from '../../../core/review/index.ts';
import { maxDocumentCount, maxDocumentPageSize, type DocumentPage } from '../../../contract/documents.ts';
import type { ServiceDeps } from '../deps.ts';
import { toDocumentSummaryView } from './document-view.ts';
import { decodeListCursor, encodeListCursor } from './list-cursor.ts';

export interface DocumentListFilter {
  year?: number;
  organisationId?: string;
  kind?: DocumentKind;
  state?: ReviewState;
  project?: string;
  /** The lists' search box: unit, project or title (the kind's Chinese name). */
  search?: string;
  page?: number;
  pageSize?: number;
  /** A page's nextCursor: keyset paging from there (page is then ignored). */
  after?: string;
}

export async function listDocuments(
  deps: ServiceDeps,
  input: { actor: ReviewActor; filter: DocumentListFilter },
): Promise<DocumentPage> {
  const page = Math.max(1, input.filter.page ?? 1);
  const pageSize = Math.min(maxDocumentPageSize, Math.max(1, input.filter.pageSize ?? 20));
  const { year, organisationId, kind, state, project } = input.filter;
  const search = input.filter.search?.trim();
  const result = await deps.repositories.documents.list({
    ...(year !== undefined ? { year } : {}),
    ...(organisationId ? { organisationId } : {}),
    ...(kind ? { kind } : {}),
    ...(state ? { state } : {}),
    ...(project !== undefined ? { project } : {}),
    ...(search ? { search: { text: search, kinds: findKindsNamed(search) } } : {}),
    readScope: getReadScope(input.actor),
    limit: pageSize,
    ...(input.filter.after ? { after: decodeListCursor(input.filter.after) } : { offset: (page - 1) * pageSize }),
    countCap: maxDocumentCount,
  });
  const last = result.items.at(-1);
  return {
    items: result.items.map(toDocumentSummaryView),
    total: result.total,
    page,
    pageSize,
    isTotalCapped: result.isTotalCapped,
    nextCursor: last && result.items.length === pageSize ? encodeListCursor(last) : null,
  };
}

/** Kinds whose Chinese name contains the text ("自评" → 绩效自评表), so a title search finds them. */
export function findKindsNamed(text: string): DocumentKind[] {
  return documentKinds.filter((kind) => documentKindNames[kind].includes(text));
}
