/**
 * Table types for Kysely. Timestamps are ISO-8601 UTC text (sorts lexically, same on SQLite and
 * PostgreSQL); money and scores are decimal text (exact, never floats); document bodies are JSON
 * text of the core PerformanceDocument.
 */
import type { Generated, Insertable, Selectable } from 'kysely';
import type { Role as ReviewRole } from '../../core/review/roles.ts';
import type { OrganisationKind } from '../../core/organisation-kinds.ts';

export { organisationKinds, type OrganisationKind } from '../../core/organisation-kinds.ts';

/** The roles a user account can hold: core/review's roles without the anonymous public. */
export const roles = ['unit-filler', 'unit-leader', 'supervisor-reviewer', 'finance-reviewer', 'admin'] as const satisfies readonly ReviewRole[];
export type Role = (typeof roles)[number];

export interface OrganisationsTable {
  id: string;
  parent_id: string | null;
  kind: OrganisationKind;
  name: string;
  /** Materialised path of ids from the root, '/root/…/self/', so a subtree is one LIKE. */
  path: string;
  /** 1 when an organisation of kind 'supervisor' lies on the path (itself included); set on insert. */
  has_supervisor: Generated<number>;
  created_at: string;
}

export interface FiscalYearsTable {
  year: number;
  is_open: number;
  /** core/rule-packs name; 'national' by default (migration 20261203100000). */
  rule_pack: Generated<string>;
  /** Deadlines as settings, YYYY-MM-DD or null (migration 20261204100000, core/fiscal-year-deadlines.ts). */
  target_table_due: string | null;
  monitoring_due: string | null;
  self_evaluation_due: string | null;
}

export interface UsersTable {
  id: string;
  username: string;
  password_hash: string;
  display_name: string;
  role: Role;
  organisation_id: string;
  created_at: string;
  /** 1 for the accounts the demo data created (the web app shows a banner). */
  is_demo: Generated<number>;
  /** 1 when an administrator disabled the account: no sign-in, sessions gone. */
  is_disabled: Generated<number>;
  password_changed_at: string | null;
}

export interface SessionsTable {
  /** sha256 of the cookie token: a stolen database does not hand out live sessions. */
  id: string;
  user_id: string;
  csrf_token: string;
  expires_at: string;
  created_at: string;
  /** Last request (idle timeout); null until the first request after login. */
  last_seen_at: string | null;
  ip: string | null;
  user_agent: string | null;
}

/** One atomic counter per throttle key (user + address, user + device, address). */
export interface LoginThrottlesTable {
  key: string;
  attempts: number;
  /** Epoch ms before which the next attempt is refused unchecked (exponential delay). */
  next_attempt_at: number | string;
  last_attempt_at: number | string;
}

/** A browser (sha256 of its device cookie) that signed in as the user before. */
export interface KnownDevicesTable {
  device_hash: string;
  user_id: string;
  last_used_at: string;
}

export interface DocumentsTable {
  id: string;
  organisation_id: string;
  year: number;
  kind: string;
  /** '' for department scope, so UNIQUE(organisation_id, year, kind, project, revision) works. */
  project: string;
  revision: number;
  state: string;
  version: number;
  body: string;
  score: string | null;
  grade: string | null;
  created_at: string;
  updated_at: string;
  updated_by: string | null;
  /** The summary's figures from the body (server/db/document-figures.ts), written with it. */
  execution_rate: string | null;
  stated_score: string | null;
  stated_grade: string | null;
  error_count: number;
  warning_count: number;
  info_count: number;
}

export interface AuditEntriesTable {
  id: Generated<number>;
  document_id: string;
  actor_id: string | null;
  at: string;
  action: string;
  from_state: string | null;
  to_state: string | null;
  reason: string | null;
  /** JSON text: field-level [{ path, before, after }]. */
  changes: string | null;
}

export interface ReviewOpinionsTable {
  id: Generated<number>;
  document_id: string;
  revision: number;
  /** Indicator path ('goals.0.indicators.2') or '' for the whole document. */
  path: string;
  text: string;
  actor_id: string;
  at: string;
}

export interface Database {
  organisations: OrganisationsTable;
  fiscal_years: FiscalYearsTable;
  users: UsersTable;
  sessions: SessionsTable;
  login_throttles: LoginThrottlesTable;
  known_devices: KnownDevicesTable;
  documents: DocumentsTable;
  audit_entries: AuditEntriesTable;
  review_opinions: ReviewOpinionsTable;
  indicator_library_entries: IndicatorLibraryEntriesTable;
  indicator_history: IndicatorHistoryTable;
  indicator_names: IndicatorNamesTable;
  indicator_statistics: IndicatorStatisticsTable;
  indicator_names_search: IndicatorNamesSearchTable;
  rule_pack_changes: RulePackChangesTable;
  region_rule_packs: RegionRulePacksTable;
  import_layouts: ImportLayoutsTable;
  admin_changes: AdminChangesTable;
  summary_changes: SummaryChangesTable;
  summary_unit_changes: SummaryUnitChangesTable;
  summary_change_horizons: SummaryChangeHorizonsTable;
}

/**
 * Written only by triggers (migration 20261206100000): the writes that change what the finance
 * summary shows, by year (0: organisations). A year's generation is the sum of its weights.
 */
export interface SummaryChangesTable {
  year: number;
  transaction_id: string | number;
  weight: string | number;
}

/**
 * Written only by triggers (migration 20261208100000): the units whose documents a transaction
 * wrote, by year, so a kept summary is patched rather than rebuilt (summary-changes.repository.ts).
 */
export interface SummaryUnitChangesTable {
  year: number;
  /** PostgreSQL: the writing transaction (txid_current); SQLite: the row's own growing number. */
  transaction_id: Generated<string | number>;
  organisation_id: string;
}

/** Per year, where summary_unit_changes was last cut (migration 20261208100000). */
export interface SummaryChangeHorizonsTable {
  year: number;
  pruned_below: string | number;
  next_cut: string | number;
}

/** One settings change by an administrator or finance (units, fiscal year deadlines; issue 10). */
export interface AdminChangesTable {
  id: Generated<number>;
  actor_id: string | null;
  at: string;
  /** 'create-organisation', 'rename-organisation', 'move-organisation', 'set-deadlines'. */
  action: string;
  /** 'organisation' or 'fiscal-year'. */
  subject_kind: string;
  subject_id: string;
  /** JSON text: [{ path, before, after }] as in audit_entries. */
  changes: string;
}

/** A finance bureau's rule pack for its subtree in one fiscal year (issue 12, per region). */
export interface RegionRulePacksTable {
  organisation_id: string;
  year: number;
  pack: string;
  actor_id: string | null;
  at: string;
}

/** One change of a fiscal year's rule pack and what it rescored (issue 12). */
export interface RulePackChangesTable {
  id: Generated<number>;
  year: number;
  /** The bureau whose region pack changed; null for the year's pack (migration 20261205110000). */
  organisation_id: string | null;
  from_pack: string;
  to_pack: string;
  actor_id: string | null;
  at: string;
  /** JSON text: [{ documentId, unit, kind, before: { score, grade }, after: { score, grade } }]. */
  rescored: string;
}

/** A named layout of the import review screen (server/db/import-layouts.repository.ts). */
export interface ImportLayoutsTable {
  id: string;
  organisation_id: string;
  /** 'organisation' (that organisation's files) or 'shared' (a finance bureau's, for every unit under it). */
  scope: string;
  name: string;
  header_signature: string;
  header_text: string;
  /** JSON text: [{ column, role }] (role null: ignored). */
  column_roles: string;
  created_by: string | null;
  created_at: string;
  updated_at: string;
}

export type OrganisationRow = Selectable<OrganisationsTable>;
export type UserRow = Selectable<UsersTable>;
export type SessionRow = Selectable<SessionsTable>;
export type DocumentRow = Selectable<DocumentsTable>;
export type NewDocumentRow = Insertable<DocumentsTable>;
export type AuditEntryRow = Selectable<AuditEntriesTable>;
export type ReviewOpinionRow = Selectable<ReviewOpinionsTable>;

/** 指标库 entries (docs/indicator-library.md); reference_values and sectors are JSON text. */
export interface IndicatorLibraryEntriesTable {
  id: string;
  name: string;
  name_key: string;
  level1: string;
  level2: string;
  kind: string;
  definition: string;
  formula: string;
  unit: string;
  direction: string;
  scoring_method: string;
  reference_values: string;
  sectors: string;
  function: string | null;
  scope: string | null;
  valid_from: number | null;
  valid_to: number | null;
  status: string;
  source: string;
  merged_into: string | null;
  proposed_by: string | null;
  created_at: string;
  updated_at: string;
}

/** One indicator of an approved document; values are numbers read from 指标值/完成值 (statistics, not money). */
export interface IndicatorHistoryTable {
  id: Generated<number>;
  document_id: string;
  organisation_id: string;
  year: number;
  kind: string;
  /** '' for department scope, as in documents. */
  project: string;
  sector: string;
  name_key: string;
  name: string;
  level1: string;
  level2: string;
  unit: string;
  direction: string;
  target_text: string | null;
  target_value: number | null;
  actual_text: string | null;
  actual_value: number | null;
}

export interface IndicatorNamesTable {
  name_key: string;
  name: string;
  level1: string;
  level2: string;
  unit: string;
  direction: string;
  uses: number;
  entry_id: string | null;
}

export interface IndicatorStatisticsTable {
  name_key: string;
  year: number;
  /** '' for all sectors. */
  sector: string;
  users: number;
  target_count: number;
  target_p10: number | null;
  target_median: number | null;
  target_p90: number | null;
  completion_median: number | null;
  /** Sector rows only: JSON text of the year's sorted targets and completions (peers without the asking unit). */
  target_values: string | null;
  completion_values: string | null;
}

/** SQLite only: the FTS5 trigram table over indicator_names.name. */
export interface IndicatorNamesSearchTable {
  name: string;
  name_key: string;
}
