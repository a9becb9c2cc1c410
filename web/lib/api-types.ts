/** Shapes of the server's JSON (see /api/openapi.json); the document body is core's model. */
import type { DocumentKind, Finding, Grade, PerformanceDocument } from '../../core/model.ts';
import type {
  DocumentAction,
  ReviewConclusion,
  ReviewState,
  Role,
  TransitionAction,
} from '../../core/review/index.ts';

export interface SessionUser {
  id: string;
  username: string;
  displayName: string;
  role: Exclude<Role, 'public'>;
  /** A demo account: the layout shows a banner. */
  isDemo?: boolean;
  organisationId: string;
  organisationName: string;
  organisationKind: 'finance-bureau' | 'supervisor' | 'unit';
  organisationPath: string[];
}

export interface SessionInfo {
  user: SessionUser;
  csrfToken: string;
  expiresAt: string;
}

export interface DocumentSummary {
  id: string;
  organisationId: string;
  organisationName: string;
  year: number;
  kind: DocumentKind;
  kindName: string;
  project: string | null;
  revision: number;
  state: ReviewState;
  stateName: string;
  version: number;
  score: string | null;
  grade: Grade | null;
  updatedAt: string;
}

export interface Opinion {
  id: number;
  revision: number;
  path: string | null;
  text: string;
  actorName: string | null;
  at: string;
}

export interface DocumentView extends DocumentSummary {
  createdAt: string;
  body: PerformanceDocument;
  allowedActions: DocumentAction[];
}

export interface DocumentDetail extends DocumentView {
  opinions: Opinion[];
}

export interface DocumentPage {
  items: DocumentSummary[];
  total: number;
  page: number;
  pageSize: number;
}

export interface DocumentFilter {
  year?: number;
  kind?: DocumentKind;
  state?: ReviewState;
  organisationId?: string;
  page?: number;
  pageSize?: number;
}

export interface HistoryEntry {
  at: string;
  action: string;
  actorName: string | null;
  fromState: string | null;
  toState: string | null;
  toStateName: string | null;
  reason: string | null;
  changes: Array<{ path: string; before: unknown; after: unknown }>;
}

export interface DocumentHistory {
  /** One page, oldest first within it; the first page holds the newest entries. */
  entries: HistoryEntry[];
  /** For the page of older entries; null when there are none. */
  nextCursor: string | null;
  opinions: Opinion[];
  revisions: DocumentSummary[];
}

export interface TransitionRequest {
  action: TransitionAction;
  expectedVersion?: number | null;
  reason?: string | null;
  conclusion?: ReviewConclusion | null;
}

export interface TransitionResult {
  document: DocumentView;
  revision?: DocumentView;
  approvalTable?: DocumentView;
}

export interface UploadResult {
  document: DocumentView;
  findings: Finding[];
}
