/**
 * The summary from the kept figures (list-summary-rows.ts) answers exactly what the summary
 * computed from the bodies did (summary-rows-from-bodies-test-support.ts), on a generated
 * province with revisions and bodies changed through the repository after the seeding.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readConfig } from '../../config.ts';
import { seedProvince } from '../../demo/province/seed-province.ts';
import { createTestDatabase, listTestDialects, type TestDatabase } from '../../test-support/test-database.ts';
import type { Actor } from '../actor.ts';
import { createServiceDeps, type ServiceDeps } from '../deps.ts';
import { listSummaryRows } from './list-summary-rows.ts';
import { listSummaryRowsFromBodies } from './summary-rows-from-bodies-test-support.ts';

/** An actor at a generated organisation (ids in creation order: o000001 the province bureau, o000002 a city's…). */
async function actorAt(deps: ServiceDeps, organisationId: string, role: Actor['role']): Promise<Actor> {
  const organisation = (await deps.repositories.organisations.getById(organisationId))!;
  return {
    userId: `u-${organisationId}`,
    username: `test-${organisationId}`,
    displayName: '测试',
    role,
    isDemo: false,
    organisationId,
    organisationName: organisation.name,
    organisationKind: organisation.kind,
    organisationPath: organisation.path,
  };
}

/** Changes some documents the way the services do: a new revision, a rescored body, a body without findings. */
async function changeThroughRepository(deps: ServiceDeps): Promise<void> {
  const { items } = await deps.repositories.documents.list({ year: 2025, limit: 30 });
  const [revised, rescored, cleared] = await Promise.all(items.slice(0, 3).map(async (item) => (await deps.repositories.documents.getById(item.id))!));
  await deps.repositories.documents.insert({
    ...revised!,
    id: `${revised!.id}-r2`,
    revision: revised!.revision + 1,
    state: 'draft',
    score: null,
    grade: null,
    body: { ...revised!.body, budget: { ...revised!.body.budget, executionRate: null, executed: '75', total: '120', adjusted: null }, totals: { ...revised!.body.totals, score: '77.5', grade: '中' } },
  });
  const rescoredBody = {
    ...rescored!.body,
    budget: { ...rescored!.body.budget, executionRate: '88.8' },
    findings: [...rescored!.body.findings, { severity: 'error' as const, code: 'test', message: '测试', path: 'budget' }, { severity: 'info' as const, code: 'test', message: '测试', path: 'budget' }],
  };
  const updated = await deps.repositories.documents.updateWithVersion({ id: rescored!.id, expectedVersion: rescored!.version, changes: { body: rescoredBody, score: null, updatedAt: '2026-03-01T00:00:00.000Z', updatedBy: null } });
  expect(updated.status).toBe('updated');
  await deps.repositories.documents.updateWithVersion({ id: cleared!.id, expectedVersion: cleared!.version, changes: { body: { ...cleared!.body, findings: [] }, updatedAt: '2026-03-02T00:00:00.000Z', updatedBy: null } });
}

describe.each(await listTestDialects())('summary from kept figures on $dialect', ({ dialect, isAvailable }) => {
  let database: TestDatabase;
  let deps: ServiceDeps;

  beforeAll(async () => {
    if (!isAvailable) return;
    database = await createTestDatabase(dialect);
    await seedProvince(database.db, { units: 40, years: 2, seed: 5, passwordHash: 'not-a-real-hash' });
    deps = createServiceDeps({ db: database.db, config: readConfig({ DEMO_DATA: 'false' }) });
    await changeThroughRepository(deps);
  }, 60_000);
  afterAll(async () => {
    await database?.close();
  });

  it.skipIf(!isAvailable)('gives the rows and units the body-reading summary gave, for the province, a city, a county and the admin', async () => {
    const actors = [
      await actorAt(deps, 'o000001', 'finance-reviewer'),
      await actorAt(deps, 'o000002', 'finance-reviewer'),
      await actorAt(deps, 'o000003', 'finance-reviewer'),
      await actorAt(deps, 'o000001', 'admin'),
    ];
    for (const actor of actors) {
      for (const year of [2025, 2026, undefined]) {
        const input = { actor, ...(year === undefined ? {} : { year }) };
        const fromColumns = await listSummaryRows(deps, input);
        const fromBodies = await listSummaryRowsFromBodies(deps, input);
        expect(fromColumns.rows.length, `${actor.organisationId} ${actor.role} ${year}`).toBeGreaterThan(0);
        expect(fromColumns, `${actor.organisationId} ${actor.role} ${year}`).toEqual(fromBodies);
      }
    }
    // The changed documents are in it with the figures of their new bodies.
    const { rows } = await listSummaryRows(deps, { actor: actors[3]!, year: 2025 });
    const revised = rows.find((row) => row.documentId.endsWith('-r2'));
    expect(revised).toMatchObject({ revision: 2, executionRate: '62.5', score: '77.5', grade: '中' });
    expect(rows.some((row) => row.executionRate === '88.8' && row.findings.error >= 1 && row.findings.info >= 1)).toBe(true);
  });
});
