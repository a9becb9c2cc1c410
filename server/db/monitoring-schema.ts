/**
 * Table types of monitoring rounds, reminders and 整改 (migrations 20261203120000 and …0100),
 * added to the one Database interface by declaration merging so schema.ts stays as it was.
 */
import type { Generated } from 'kysely';

export interface MonitoringRoundsTable {
  id: string;
  /** The finance bureau that opened the round. */
  organisation_id: string;
  year: number;
  title: string;
  /** JSON text of core/monitoring MonitoringPeriod. */
  period: string;
  /** YYYY-MM-DD, the last day on time. */
  deadline: string;
  /** 1 when the round covers a chosen list of 重点监控 units/projects. */
  is_selective: number;
  created_by: string;
  created_at: string;
}

export interface MonitoringRoundEntriesTable {
  round_id: string;
  organisation_id: string;
  /** '' for department scope. */
  project: string;
  /** The monitoring table made for this entry; null when the unit had no approved targets. */
  document_id: string | null;
  conclusion: string | null;
  conclusion_note: string | null;
  concluded_by: string | null;
  concluded_at: string | null;
}

export interface MonitoringRemindersTable {
  id: Generated<number>;
  round_id: string;
  organisation_id: string;
  message: string;
  actor_id: string;
  at: string;
}

export interface RectificationNoticesTable {
  id: string;
  organisation_id: string;
  year: number;
  round_id: string | null;
  title: string;
  deadline: string;
  state: string;
  issued_by: string;
  issued_at: string;
  closed_at: string | null;
}

export interface RectificationItemsTable {
  id: string;
  notice_id: string;
  position: number;
  document_id: string | null;
  indicator_path: string | null;
  finding_code: string | null;
  requirement: string;
  money_action: string | null;
  /** 万元, decimal text. */
  money_amount: string | null;
  state: string;
  answer: string | null;
  answered_by: string | null;
  answered_at: string | null;
  attachment_name: string | null;
  attachment_type: string | null;
  /** base64 of the attached file. */
  attachment_content: string | null;
  review_reason: string | null;
  reviewed_by: string | null;
  reviewed_at: string | null;
}

export interface RectificationEventsTable {
  id: Generated<number>;
  notice_id: string;
  item_id: string | null;
  actor_id: string;
  at: string;
  action: string;
  reason: string | null;
}

/**
 * A monitoring table's summary kept on its documents row (migration 20261205120000), written by the
 * documents repository with every write of the body, so overviews never read bodies. Null on other
 * kinds. Lights are core/monitoring Light ids; amounts and rates are exact decimal text.
 */
export interface DocumentMonitoringSummaryColumns {
  monitoring_budget_light: string | null;
  monitoring_target_light: string | null;
  monitoring_worst_light: string | null;
  monitoring_red_count: number | null;
  monitoring_yellow_count: number | null;
  monitoring_executed: string | null;
  monitoring_budget_base: string | null;
  monitoring_execution_rate: string | null;
  monitoring_time_progress: string | null;
}

declare module './schema.ts' {
  // eslint-disable-next-line @typescript-eslint/no-empty-object-type
  interface DocumentsTable extends DocumentMonitoringSummaryColumns {}
  interface Database {
    monitoring_rounds: MonitoringRoundsTable;
    monitoring_round_entries: MonitoringRoundEntriesTable;
    monitoring_reminders: MonitoringRemindersTable;
    rectification_notices: RectificationNoticesTable;
    rectification_items: RectificationItemsTable;
    rectification_events: RectificationEventsTable;
  }
}
