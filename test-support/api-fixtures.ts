/**
 * Answers of the API as the contract (contract/) types them, for web tests that stub fetch: the
 * client checks answers against the contract in tests, so a stub must be a whole, valid answer.
 */
import type { DocumentSummary, DocumentView } from '../contract/documents.ts';
import type { SessionInfo, SessionUser } from '../contract/session.ts';
import { createEmptyDocument } from '../core/model.ts';
import { reviewStateNames } from '../core/review/index.ts';
import { documentKindNames } from '../core/model.ts';

export function buildDocumentSummary(overrides: Partial<DocumentSummary> = {}): DocumentSummary {
  const kind = overrides.kind ?? 'target-table';
  const state = overrides.state ?? 'draft';
  return {
    id: 'document-1',
    organisationId: 'unit-1',
    organisationName: '示例预算单位',
    year: 2026,
    kind,
    kindName: documentKindNames[kind],
    project: null,
    revision: 1,
    state,
    stateName: reviewStateNames[state],
    version: 1,
    score: null,
    grade: null,
    updatedAt: '2026-03-01T08:00:00.000Z',
    ...overrides,
  };
}

export function buildDocumentView(overrides: Partial<DocumentView> = {}): DocumentView {
  const summary = buildDocumentSummary(overrides);
  return { ...summary, createdAt: '2026-03-01T08:00:00.000Z', body: createEmptyDocument(summary.kind), allowedActions: ['read'], ...overrides };
}

export function buildSessionInfo(user: Partial<SessionUser> = {}): SessionInfo {
  return {
    user: {
      id: 'user-1',
      username: 'clerk',
      displayName: '填报人',
      role: 'unit-filler',
      isDemo: false,
      organisationId: 'unit-1',
      organisationName: '示例预算单位',
      organisationKind: 'unit',
      organisationPath: ['bureau-1', 'unit-1'],
      ...user,
    },
    csrfToken: 'csrf-token',
    expiresAt: '2026-03-01T16:00:00.000Z',
  };
}
