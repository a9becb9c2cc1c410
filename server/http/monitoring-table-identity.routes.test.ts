/**
 * One monitoring table per unit, year, project and round (issue 11): a second round over a unit
 * that has its table, a table imported again, and two rounds opened at the same moment all end in
 * 409 with a Chinese message, and the database holds one table, on SQLite and PostgreSQL.
 */
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import * as uniqueEntryMigration from '../db/migrations/20261205120100_unique_monitoring_table_per_entry.ts';
import { isUniqueViolation } from '../db/repositories.ts';
import { createTestApp, type TestApp } from '../test-support/create-test-app.ts';
import { listTestDialects } from '../test-support/test-database.ts';
import { createDocumentInState, createSessionCache } from './documents-test-support.ts';

describe.each(await listTestDialects())('one monitoring table per identity on $dialect', ({ dialect, isAvailable }) => {
  let testApp: TestApp;
  let signIn: ReturnType<typeof createSessionCache>;
  const it = isAvailable ? test : test.skip;

  beforeAll(async () => {
    if (!isAvailable) return;
    testApp = await createTestApp({ dialect, startAt: '2026-06-20T02:00:00.000Z' });
    signIn = createSessionCache(testApp);
  });
  afterAll(async () => {
    await testApp?.close();
  });

  async function call(username: string, method: 'GET' | 'POST', url: string, payload?: Record<string, unknown>) {
    return testApp.app.inject({ method, url, headers: (await signIn(username)).headers, ...(payload ? { payload } : {}) });
  }

  async function countTables(organisationId: string, year: number): Promise<number> {
    const rows = await testApp.database.db.selectFrom('documents').select('id').where('kind', '=', 'monitoring').where('organisation_id', '=', organisationId).where('year', '=', year).execute();
    return rows.length;
  }

  it('refuses a second round and a second import of the same table with 409, keeping one table', async () => {
    const targets = await createDocumentInState(testApp, { unitKey: 'police', state: 'approved' });
    const request = { year: targets.year, period: { throughMonth: 6 }, deadline: '2026-06-30', targets: [{ organisationId: targets.organisationId }] };
    const opened = await call('finance', 'POST', '/api/monitoring-rounds', request);
    expect(opened.statusCode).toBe(201);
    const table = opened.json().round.entries.find((entry: { documentId: string | null }) => entry.documentId !== null);

    const again = await call('finance', 'POST', '/api/monitoring-rounds', { ...request, period: { throughMonth: 8 }, deadline: '2026-08-31' });
    expect(again.statusCode).toBe(409);
    expect(again.json()).toMatchObject({ code: 'monitoring-table-exists', message: expect.stringContaining('示范县公安局') });

    const exported = await call('police-filler', 'GET', `/api/documents/${table.documentId}/export?format=xlsx`);
    expect(exported.statusCode).toBe(200);
    const imported = await call('police-filler', 'POST', '/api/documents/import', { fileName: '监控表.xlsx', contentBase64: exported.rawPayload.toString('base64'), year: targets.year });
    expect(imported.statusCode, imported.body.slice(0, 300)).toBe(409);
    expect(imported.json()).toMatchObject({ code: 'document-exists', message: expect.stringContaining('监控表') });
    expect(await countTables(targets.organisationId, targets.year)).toBe(1);
  });

  it('opens one of two rounds started at the same moment for the same unit and refuses the other with 409', async () => {
    const targets = await createDocumentInState(testApp, { unitKey: 'police', state: 'approved' });
    const request = { year: targets.year, period: { throughMonth: 6 }, deadline: '2026-06-30', targets: [{ organisationId: targets.organisationId }] };
    const responses = await Promise.all([call('finance', 'POST', '/api/monitoring-rounds', request), call('finance', 'POST', '/api/monitoring-rounds', request)]);
    expect(responses.map((response) => response.statusCode).sort()).toEqual([201, 409]);
    const refused = responses.find((response) => response.statusCode === 409)!;
    expect(refused.json()).toMatchObject({ code: 'monitoring-table-exists', message: expect.stringMatching(/监控表/) });
    expect(await countTables(targets.organisationId, targets.year)).toBe(1);
    const rounds = await testApp.database.db.selectFrom('monitoring_rounds').select('id').where('year', '=', targets.year).execute();
    expect(rounds).toHaveLength(1);
  });

  it('links a table to one round entry only, in the database too, and the migration keeps the earliest round', async () => {
    const targets = await createDocumentInState(testApp, { unitKey: 'police', state: 'approved' });
    const opened = await call('finance', 'POST', '/api/monitoring-rounds', { year: targets.year, period: { throughMonth: 6 }, deadline: '2026-06-30', targets: [{ organisationId: targets.organisationId }] });
    const round = opened.json().round;
    const documentId = round.entries.find((entry: { documentId: string | null }) => entry.documentId !== null).documentId as string;
    const monitoringRounds = testApp.deps.repositories.monitoringRounds;
    const stored = (await monitoringRounds.getRound(round.id))!;
    const later = { ...stored, id: `${round.id}-later`, createdAt: '2099-01-01T00:00:00.000Z' };
    await monitoringRounds.insertRound(later);
    const second = monitoringRounds.insertEntries([{ roundId: later.id, organisationId: targets.organisationId, project: null, documentId }]);
    expect(isUniqueViolation(await second.then(() => null, (error: unknown) => error))).toBe(true);

    // A database from before the unique index, holding the same table in two rounds.
    await uniqueEntryMigration.down(testApp.database.db);
    await monitoringRounds.insertEntries([{ roundId: later.id, organisationId: targets.organisationId, project: null, documentId }]);
    await uniqueEntryMigration.up(testApp.database.db);
    const entries = await testApp.database.db.selectFrom('monitoring_round_entries').select('round_id').where('document_id', '=', documentId).execute();
    expect(entries.map((entry) => entry.round_id)).toEqual([round.id]);
  });
});
