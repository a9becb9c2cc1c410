/** Every repository, built over one Kysely handle (the pool, or a transaction). */
import type { Kysely } from 'kysely';
import { createAdminChangesRepository } from './admin-changes.repository.ts';
import { createAuditEntriesRepository } from './audit-entries.repository.ts';
import { createDocumentsRepository } from './documents.repository.ts';
import { createFiscalYearsRepository } from './fiscal-years.repository.ts';
import { createIndicatorHistoryRepository } from './indicator-history.repository.ts';
import { createIndicatorLibraryRepository } from './indicator-library.repository.ts';
import { createImportLayoutsRepository } from './import-layouts.repository.ts';
import { createKnownDevicesRepository } from './known-devices.repository.ts';
import { createLoginThrottlesRepository } from './login-throttles.repository.ts';
import { createMonitoringRoundsRepository } from './monitoring-rounds.repository.ts';
import { createRectificationRepository } from './rectification.repository.ts';
import { createOrganisationsRepository } from './organisations.repository.ts';
import { createReviewOpinionsRepository } from './review-opinions.repository.ts';
import type { Database } from './schema.ts';
import { createSessionsRepository } from './sessions.repository.ts';
import { createSummaryChangesRepository } from './summary-changes.repository.ts';
import { createUsersRepository } from './users.repository.ts';
import { createRulePacksRepository } from './rule-packs.repository.ts';
import { createNotificationsRepository } from './notifications.repository.ts';
import { createResultsRepository } from './results.repository.ts';
import { createReportOverviewRepository } from './report-overview.repository.ts';
import { createYearStatusQueries } from './year-status.repository.ts';

export function createRepositories(db: Kysely<Database>) {
  return {
    organisations: createOrganisationsRepository(db),
    fiscalYears: createFiscalYearsRepository(db),
    users: createUsersRepository(db),
    sessions: createSessionsRepository(db),
    loginThrottles: createLoginThrottlesRepository(db),
    knownDevices: createKnownDevicesRepository(db),
    documents: createDocumentsRepository(db),
    auditEntries: createAuditEntriesRepository(db),
    reviewOpinions: createReviewOpinionsRepository(db),
    monitoringRounds: createMonitoringRoundsRepository(db),
    rectification: createRectificationRepository(db),
    indicatorLibrary: createIndicatorLibraryRepository(db),
    indicatorHistory: createIndicatorHistoryRepository(db),
    rulePacks: createRulePacksRepository(db),
    importLayouts: createImportLayoutsRepository(db),
    notifications: createNotificationsRepository(db),
    results: createResultsRepository(db),
    adminChanges: createAdminChangesRepository(db),
    reportOverview: createReportOverviewRepository(db),
    yearStatus: createYearStatusQueries(db),
    summaryChanges: createSummaryChangesRepository(db),
  };
}

export type Repositories = ReturnType<typeof createRepositories>;

/** Runs `work` in one transaction with repositories bound to it; rolls back if it throws. */
export function runInTransaction<T>(db: Kysely<Database>, work: (repositories: Repositories) => Promise<T>): Promise<T> {
  return db.transaction().execute((transaction) => work(createRepositories(transaction)));
}

/** True when `error` is a UNIQUE violation (SQLite or PostgreSQL), e.g. a duplicate document. */
export function isUniqueViolation(error: unknown): boolean {
  const code = (error as { code?: unknown } | null)?.code;
  return code === '23505' || code === 'SQLITE_CONSTRAINT_UNIQUE' || code === 'SQLITE_CONSTRAINT_PRIMARYKEY';
}
