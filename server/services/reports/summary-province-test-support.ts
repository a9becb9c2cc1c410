/** A generated province for the summary and overview tests: actors at its organisations, and documents changed after the seeding. */
import { expect } from 'vitest';
import type { Actor } from '../actor.ts';
import type { ServiceDeps } from '../deps.ts';

/** An actor at a generated organisation (ids in creation order: o000001 the province bureau, o000002 a city's…). */
export async function actorAt(deps: ServiceDeps, organisationId: string, role: Actor['role']): Promise<Actor> {
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
export async function changeThroughRepository(deps: ServiceDeps): Promise<void> {
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

