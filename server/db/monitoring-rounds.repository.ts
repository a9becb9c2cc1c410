/** Monitoring rounds, their entries (one per unit and project) and 催报 reminders. */
import type { Kysely, Selectable } from 'kysely';
import type { PerformanceDocument } from '../../core/model.ts';
import type { MonitoringConclusion, MonitoringPeriod, MonitoringSummary } from '../../core/monitoring/index.ts';
import type { ReviewState } from '../../core/review/states.ts';
import type { MonitoringRoundsTable } from './monitoring-schema.ts';
import { createMonitoringRollupQueries } from './monitoring-rollup.repository.ts';
import { createMonitoringRoundPageQueries, roundEntryColumns, toEntryRow } from './monitoring-round-page.repository.ts';
import { formatOrganisationPath } from './organisations.repository.ts';
import type { Database } from './schema.ts';

export interface MonitoringRound {
  id: string;
  organisationId: string;
  year: number;
  title: string;
  period: MonitoringPeriod;
  deadline: string;
  isSelective: boolean;
  createdBy: string;
  createdAt: string;
}

export interface RoundEntryRow {
  roundId: string;
  organisationId: string;
  organisationName: string;
  organisationPath: string[];
  hasSupervisor: boolean;
  project: string | null;
  documentId: string | null;
  documentState: ReviewState | null;
  conclusion: MonitoringConclusion | null;
  conclusionNote: string | null;
  /** The table's summary columns (documents row, written with its body); null without a table. */
  summary: MonitoringSummary | null;
}

export interface ApprovedTargets {
  id: string;
  organisationId: string;
  organisationName: string;
  project: string | null;
  revision: number;
}

const chunkSize = 500;

function chunk<T>(items: readonly T[]): T[][] {
  const chunks: T[][] = [];
  for (let start = 0; start < items.length; start += chunkSize) chunks.push(items.slice(start, start + chunkSize));
  return chunks;
}

export function createMonitoringRoundsRepository(db: Kysely<Database>) {
  function toRound(row: Selectable<MonitoringRoundsTable>): MonitoringRound {
    return {
      id: row.id,
      organisationId: row.organisation_id,
      year: row.year,
      title: row.title,
      period: JSON.parse(row.period) as MonitoringPeriod,
      deadline: row.deadline,
      isSelective: Boolean(row.is_selective),
      createdBy: row.created_by,
      createdAt: row.created_at,
    };
  }

  return {
    // The overview by level (monitoring-rollup.repository.ts).
    ...createMonitoringRollupQueries(db),
    // The round's page: counts, filters and paging in SQL (monitoring-round-page.repository.ts).
    ...createMonitoringRoundPageQueries(db),

    async insertRound(round: MonitoringRound): Promise<void> {
      await db
        .insertInto('monitoring_rounds')
        .values({
          id: round.id,
          organisation_id: round.organisationId,
          year: round.year,
          title: round.title,
          period: JSON.stringify(round.period),
          deadline: round.deadline,
          is_selective: round.isSelective ? 1 : 0,
          created_by: round.createdBy,
          created_at: round.createdAt,
        })
        .execute();
    },

    async insertEntries(entries: readonly { roundId: string; organisationId: string; project: string | null; documentId: string | null }[]): Promise<void> {
      for (const part of chunk(entries)) {
        await db
          .insertInto('monitoring_round_entries')
          .values(part.map((entry) => ({ round_id: entry.roundId, organisation_id: entry.organisationId, project: entry.project ?? '', document_id: entry.documentId })))
          .execute();
      }
    },

    async getRound(id: string): Promise<MonitoringRound | null> {
      const row = await db.selectFrom('monitoring_rounds').selectAll().where('id', '=', id).executeTakeFirst();
      return row ? toRound(row) : null;
    },

    /** Rounds opened by finance bureaus on `path` or with an entry below `path` (newest first). */
    async listRounds(filter: { year?: number }): Promise<MonitoringRound[]> {
      let query = db.selectFrom('monitoring_rounds').selectAll();
      if (filter.year !== undefined) query = query.where('year', '=', filter.year);
      const rows = await query.orderBy('created_at', 'desc').orderBy('id').limit(200).execute();
      return rows.map(toRound);
    },

    /** Entries of rounds with organisation and document state; only those under `withinPath` when given. */
    async listEntries(input: { roundIds: readonly string[]; withinPath?: string[]; organisationId?: string }): Promise<RoundEntryRow[]> {
      if (input.roundIds.length === 0) return [];
      let query = db
        .selectFrom('monitoring_round_entries as entries')
        .innerJoin('organisations', 'organisations.id', 'entries.organisation_id')
        // kind in the join lets both databases read the table's state and summary from the partial
        // covering index documents_monitoring_summary_index (migration 20261205120200), not the rows.
        .leftJoin('documents', (join) => join.onRef('documents.id', '=', 'entries.document_id').on('documents.kind', '=', 'monitoring'))
        .select(roundEntryColumns)
        .where('entries.round_id', 'in', input.roundIds);
      if (input.withinPath) query = query.where('organisations.path', 'like', `${formatOrganisationPath(input.withinPath)}%`);
      if (input.organisationId) query = query.where('entries.organisation_id', '=', input.organisationId);
      const rows = await query.orderBy('organisations.path').orderBy('entries.project').execute();
      return rows.map(toEntryRow);
    },

    async findEntryByDocument(input: { roundId: string; documentId: string }) {
      return db
        .selectFrom('monitoring_round_entries')
        .selectAll()
        .where('round_id', '=', input.roundId)
        .where('document_id', '=', input.documentId)
        .executeTakeFirst();
    },

    async setConclusion(input: { roundId: string; documentId: string; conclusion: MonitoringConclusion; note: string | null; actorId: string; at: string }): Promise<void> {
      await db
        .updateTable('monitoring_round_entries')
        .set({ conclusion: input.conclusion, conclusion_note: input.note, concluded_by: input.actorId, concluded_at: input.at })
        .where('round_id', '=', input.roundId)
        .where('document_id', '=', input.documentId)
        .execute();
    },

    /** Bodies of some documents by id (a round's target tables that have no monitoring table yet), 500 ids a statement. */
    async listDocumentBodies(ids: readonly string[]): Promise<Map<string, PerformanceDocument>> {
      const bodies = new Map<string, PerformanceDocument>();
      for (const part of chunk([...new Set(ids)])) {
        const rows = await db.selectFrom('documents').select(['id', 'body']).where('id', 'in', part).execute();
        for (const row of rows) bodies.set(row.id, JSON.parse(row.body) as PerformanceDocument);
      }
      return bodies;
    },

    /**
     * Before a round is opened: per year, how many approved (or published) target tables there are
     * under `withinPath` (one per unit and project, whatever its revisions) and how many units have
     * one; and how many units there are. Two statements, nothing per unit.
     */
    async countApprovedTargets(input: { withinPath: string[] }): Promise<{ units: number; years: Array<{ year: number; tables: number; units: number }> }> {
      const within = `${formatOrganisationPath(input.withinPath)}%`;
      const identities = db
        .selectFrom('documents')
        .innerJoin('organisations', 'organisations.id', 'documents.organisation_id')
        .select(['documents.year', 'documents.organisation_id', 'documents.project'])
        .distinct()
        .where('documents.kind', '=', 'target-table')
        .where('documents.state', 'in', ['approved', 'published'])
        .where('organisations.path', 'like', within)
        .as('identities');
      const years = await db
        .selectFrom(identities)
        .select((eb) => ['identities.year', eb.fn.countAll<number | string>().as('tables'), eb.fn.count<number | string>('identities.organisation_id').distinct().as('units')])
        .groupBy('identities.year')
        .orderBy('identities.year', 'desc')
        .execute();
      const units = await db
        .selectFrom('organisations')
        .select((eb) => eb.fn.countAll<number | string>().as('count'))
        .where('kind', '=', 'unit')
        .where('path', 'like', within)
        .executeTakeFirstOrThrow();
      return {
        units: Number(units.count),
        years: years.map((row) => ({ year: Number(row.year), tables: Number(row.tables), units: Number(row.units) })),
      };
    },

    /** The newest approved (or published) revision of every target table of `year` under `withinPath`; bodies are read apart (listDocumentBodies). */
    async listApprovedTargets(input: { year: number; withinPath: string[] }): Promise<ApprovedTargets[]> {
      const rows = await db
        .selectFrom('documents')
        .innerJoin('organisations', 'organisations.id', 'documents.organisation_id')
        .select(['documents.id', 'documents.organisation_id', 'documents.project', 'documents.revision', 'organisations.name as organisation_name'])
        .where('documents.kind', '=', 'target-table')
        .where('documents.year', '=', input.year)
        .where('documents.state', 'in', ['approved', 'published'])
        .where('organisations.path', 'like', `${formatOrganisationPath(input.withinPath)}%`)
        .orderBy('documents.revision', 'desc')
        .execute();
      const newest = new Map<string, ApprovedTargets>();
      for (const row of rows) {
        const key = `${row.organisation_id}|${row.project}`;
        if (newest.has(key)) continue;
        newest.set(key, {
          id: row.id,
          organisationId: row.organisation_id,
          organisationName: row.organisation_name,
          project: row.project === '' ? null : row.project,
          revision: row.revision,
        });
      }
      return [...newest.values()];
    },

    /** The newest revision of each monitoring table of `year` of these organisations (a round after the first starts from it). */
    async listNewestMonitoringTables(input: { year: number; organisationIds: readonly string[] }): Promise<Array<{ id: string; organisationId: string; project: string | null; revision: number; state: ReviewState; body: PerformanceDocument }>> {
      const newest = new Map<string, { id: string; organisationId: string; project: string | null; revision: number; state: ReviewState; body: PerformanceDocument }>();
      for (const part of chunk([...new Set(input.organisationIds)])) {
        const rows = await db
          .selectFrom('documents')
          .select(['id', 'organisation_id', 'project', 'revision', 'state', 'body'])
          .where('kind', '=', 'monitoring')
          .where('year', '=', input.year)
          .where('organisation_id', 'in', part)
          .orderBy('revision', 'desc')
          .execute();
        for (const row of rows) {
          const key = `${row.organisation_id}|${row.project}`;
          if (newest.has(key)) continue;
          newest.set(key, { id: row.id, organisationId: row.organisation_id, project: row.project === '' ? null : row.project, revision: row.revision, state: row.state as ReviewState, body: JSON.parse(row.body) as PerformanceDocument });
        }
      }
      return [...newest.values()];
    },

    async insertReminder(reminder: { roundId: string; organisationId: string; message: string; actorId: string; at: string }): Promise<number> {
      const row = await db
        .insertInto('monitoring_reminders')
        .values({ round_id: reminder.roundId, organisation_id: reminder.organisationId, message: reminder.message, actor_id: reminder.actorId, at: reminder.at })
        .returning('id')
        .executeTakeFirstOrThrow();
      return Number(row.id);
    },

    /** Reminders, newest first: of one organisation, or of some rounds. */
    async listReminders(filter: { organisationId?: string; roundIds?: readonly string[]; limit?: number }) {
      let query = db
        .selectFrom('monitoring_reminders as reminders')
        .innerJoin('monitoring_rounds as rounds', 'rounds.id', 'reminders.round_id')
        .innerJoin('organisations', 'organisations.id', 'reminders.organisation_id')
        .leftJoin('users', 'users.id', 'reminders.actor_id')
        .select([
          'reminders.id',
          'reminders.round_id',
          'rounds.title as round_title',
          'reminders.organisation_id',
          'organisations.name as organisation_name',
          'reminders.message',
          'users.display_name as actor_name',
          'reminders.at',
        ]);
      if (filter.organisationId) query = query.where('reminders.organisation_id', '=', filter.organisationId);
      if (filter.roundIds) {
        if (filter.roundIds.length === 0) return [];
        query = query.where('reminders.round_id', 'in', filter.roundIds);
      }
      const rows = await query.orderBy('reminders.at', 'desc').orderBy('reminders.id', 'desc').limit(filter.limit ?? 1000).execute();
      return rows.map((row) => ({
        id: Number(row.id),
        roundId: row.round_id,
        roundTitle: row.round_title,
        organisationId: row.organisation_id,
        organisationName: row.organisation_name,
        message: row.message,
        actorName: row.actor_name ?? null,
        at: row.at,
      }));
    },
  };
}

export type MonitoringRoundsRepository = ReturnType<typeof createMonitoringRoundsRepository>;
