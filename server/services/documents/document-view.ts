/**
 * Explicit mappers from stored documents to what the API returns, so a new column never leaks
 * by accident. `allowedActions` tells the web app which buttons to show; it is decideAccess's
 * answer, not a second rule. The shapes are the API contract's (contract/documents.ts).
 */
import type { DocumentSummary as DocumentSummaryView, DocumentView } from '../../../contract/documents.ts';
import { documentKindNames, grades, type DocumentKind, type Grade } from '../../../core/model.ts';
import {
  decideAccess,
  documentActions,
  reviewStateNames,
  type AccessDocument,
  type DocumentAction,
  type ReviewActor,
  type ReviewState,
} from '../../../core/review/index.ts';
import type { DocumentSummary, StoredDocument } from '../../db/documents.repository.ts';
import { withOrganisationUnit } from './organisation-unit.ts';

/** What the read rule needs of a document: any summary of it will do (the year's readers have no version). */
export type AccessSummary = Pick<DocumentSummary, 'kind' | 'state' | 'organisationId' | 'organisationPath' | 'hasSupervisor'>;

/** The fields decideAccess needs, from a stored document or summary. */
export function toAccessDocument(document: AccessSummary): AccessDocument {
  return {
    kind: document.kind as DocumentKind,
    state: document.state as ReviewState,
    organisationId: document.organisationId,
    organisationPath: document.organisationPath,
    hasSupervisor: document.hasSupervisor,
  };
}

/** Every action the actor may take on the document right now. */
export function listAllowedActions(actor: ReviewActor, document: DocumentSummary): DocumentAction[] {
  const accessDocument = toAccessDocument(document);
  return documentActions.filter(
    (action) => action !== 'create' && decideAccess({ actor, document: accessDocument, action }).ok,
  );
}

/** A stored grade as the API's enum; anything else (never written by the scoring) is no grade. */
function toGrade(grade: string | null): Grade | null {
  return (grades as readonly string[]).includes(grade ?? '') ? (grade as Grade) : null;
}

export function toDocumentSummaryView(document: DocumentSummary): DocumentSummaryView {
  const kind = document.kind as DocumentKind;
  const state = document.state as ReviewState;
  return {
    id: document.id,
    organisationId: document.organisationId,
    organisationName: document.organisationName,
    year: document.year,
    kind,
    kindName: documentKindNames[kind] ?? document.kind,
    project: document.project,
    revision: document.revision,
    state,
    stateName: reviewStateNames[state] ?? document.state,
    version: document.version,
    score: document.score,
    grade: toGrade(document.grade),
    updatedAt: document.updatedAt,
    ...(document.submittedAt !== undefined ? { submittedAt: document.submittedAt } : {}),
  };
}

export function toDocumentView(document: StoredDocument, actor: ReviewActor): DocumentView {
  return {
    ...toDocumentSummaryView(document),
    createdAt: document.createdAt,
    // The unit is the owning organisation's, whatever the stored body says (organisation-unit.ts).
    body: withOrganisationUnit(document.body, document.organisationName),
    allowedActions: listAllowedActions(actor, document),
  };
}

export type { DocumentSummaryView, DocumentView };
