/**
 * Filters of a document list already in the browser (the review queue: what waits for one
 * reviewer is a short list): kind, state, unit, year and the search box, and the options the
 * filter boxes offer, drawn from the rows themselves.
 */
import type { DocumentSummary } from '../../contract/documents.ts';
import type { DocumentKind } from '../../core/model.ts';
import type { ReviewState } from '../../core/review/index.ts';
import { describeDocumentTitle } from '../components/document-table.tsx';

export interface DocumentListFilter {
  kind?: DocumentKind;
  state?: ReviewState;
  organisationId?: string;
  year?: number;
  /** Text in the unit's name, the project's name or the title. */
  search?: string;
}

export function filterDocuments(documents: readonly DocumentSummary[], filter: DocumentListFilter): DocumentSummary[] {
  const search = filter.search?.trim() ?? '';
  return documents.filter(
    (document) =>
      (filter.kind === undefined || document.kind === filter.kind) &&
      (filter.state === undefined || document.state === filter.state) &&
      (filter.organisationId === undefined || document.organisationId === filter.organisationId) &&
      (filter.year === undefined || document.year === filter.year) &&
      (search === '' || describeDocumentTitle(document).includes(search)),
  );
}

/** The distinct values of the rows, for the filter boxes (units by name, years newest first). */
export function listFilterOptions(documents: readonly DocumentSummary[]) {
  const units = new Map<string, string>();
  const kinds = new Map<DocumentKind, string>();
  const states = new Map<ReviewState, string>();
  const years = new Set<number>();
  for (const document of documents) {
    units.set(document.organisationId, document.organisationName);
    kinds.set(document.kind, document.kindName);
    states.set(document.state, document.stateName);
    years.add(document.year);
  }
  return {
    units: [...units].map(([value, label]) => ({ value, label })).sort((a, b) => a.label.localeCompare(b.label, 'zh-CN')),
    kinds: [...kinds].map(([value, label]) => ({ value, label })),
    states: [...states].map(([value, label]) => ({ value, label })),
    years: [...years].sort((a, b) => b - a).map((value) => ({ value, label: `${value}年` })),
  };
}

/** Newest submission first; never-submitted rows last. */
export function compareSubmittedAt(a: Pick<DocumentSummary, 'submittedAt'>, b: Pick<DocumentSummary, 'submittedAt'>): number {
  return (b.submittedAt ?? '').localeCompare(a.submittedAt ?? '');
}
