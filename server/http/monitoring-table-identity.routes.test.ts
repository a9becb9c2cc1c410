/**
 * One monitoring table per unit, year, project and round (issue 11): a second round over a unit
 * that has its table for that window, a table imported again, and two rounds opened at the same
 * moment all end in 409 with a Chinese message, and the database holds one table; a later window
 * (1-9月 after 1-6月) gives the unit the next revision, pre-filled from the one before; on SQLite
 * and PostgreSQL.
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

  it('gives a unit the next revision of its table in a later round of the year, pre-filled from the round before', async () => {
    const targets = await createDocumentInState(testApp, { unitKey: 'police', state: 'approved' });
    const first = await call('finance', 'POST', '/api/monitoring-rounds', { year: targets.year, period: { throughMonth: 6 }, deadline: '2026-06-30', targets: [{ organisationId: targets.organisationId }] });
    const firstId = first.json().round.entries.find((entry: { documentId: string | null }) => entry.documentId !== null).documentId as string;
    // The unit's 1-6月 figures, then it hands the table in.
    const stored = await testApp.database.db.selectFrom('documents').select('body').where('id', '=', firstId).executeTakeFirstOrThrow();
    const body = JSON.parse(stored.body);
    body.budget.executedToDate = '40.5';
    body.monitoring.deviation = '上半年集中采购尚未支付';
    await testApp.database.db.updateTable('documents').set({ body: JSON.stringify(body) }).where('id', '=', firstId).execute();
    const later = { year: targets.year, period: { throughMonth: 9 }, deadline: '2026-10-10', targets: [{ organisationId: targets.organisationId }] };
    const whileDraft = await call('finance', 'POST', '/api/monitoring-rounds', later);
    expect(whileDraft.statusCode).toBe(409);
    expect(whileDraft.json().message).toContain('尚未提交');
    expect((await call('police-leader', 'POST', `/api/documents/${firstId}/transitions`, { action: 'submit' })).statusCode).toBe(200);

    const second = await call('finance', 'POST', '/api/monitoring-rounds', later);
    expect(second.statusCode, second.body.slice(0, 300)).toBe(201);
    const secondId = second.json().round.entries.find((entry: { documentId: string | null }) => entry.documentId !== null).documentId as string;
    const rows = await testApp.database.db.selectFrom('documents').select(['id', 'revision', 'state', 'body']).where('id', 'in', [firstId, secondId]).execute();
    const byId = new Map(rows.map((row) => [row.id, { ...row, body: JSON.parse(row.body) }]));
    expect(byId.get(secondId)).toMatchObject({ revision: 2, state: 'draft' });
    expect(byId.get(secondId)!.body.budget.executedToDate).toBe('40.5');
    expect(byId.get(secondId)!.body.monitoring).toMatchObject({ period: { throughMonth: 9 }, deviation: '上半年集中采购尚未支付' });
    expect(byId.get(firstId)).toMatchObject({ revision: 1, state: 'submitted' });
    expect(byId.get(firstId)!.body.monitoring.period).toEqual({ throughMonth: 6 });
    expect(await countTables(targets.organisationId, targets.year)).toBe(2);

    // The same window again, or an earlier one, is refused.
    for (const period of [{ throughMonth: 9 }, { throughMonth: 8 }]) {
      const again = await call('finance', 'POST', '/api/monitoring-rounds', { ...later, period });
      expect(again.statusCode).toBe(409);
      expect(again.json().message).toContain('已有本期或更晚一期的监控表');
    }
  });
});
