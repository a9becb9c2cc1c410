/**
 * The kept summary patched after writes (read-kept-summary.ts, patch-summary-rows.ts) on a
 * generated province: after every mix of writes (new figures, states in and out of a reader's
 * scope, new revisions, deletions, new project names, writes of two units in one transaction, a
 * rolled-back one, writes through a second instance), each reader's download equals a fresh
 * build byte for byte, and a cold download after document writes re-reads only the written units.
 */
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { reviewStates, type ReviewState } from '../../../core/review/index.ts';
import { readConfig } from '../../config.ts';
import { seedProvince } from '../../demo/province/seed-province.ts';
import { createSummaryChangesRepository } from '../../db/summary-changes.repository.ts';
import { createTestDatabase, listTestDialects, type TestDatabase } from '../../test-support/test-database.ts';
import type { Actor } from '../actor.ts';
import { createServiceDeps, type ServiceDeps } from '../deps.ts';
import { exportSummaryWorkbook } from '../exports/export-summary-workbook.ts';
import { listSummaryRows } from './list-summary-rows.ts';
import { readSummaryJson, readSummaryWorkbook } from './read-kept-summary.ts';
import { toSummaryJson } from './summary-json.ts';
import { actorAt } from './summary-province-test-support.ts';

const year = 2025;
const states: readonly ReviewState[] = reviewStates;

/** A small seeded generator (mulberry32): the same writes on every run. */
function random(seed: number) {
  let state = seed;
  return () => {
    state = (state + 0x6d2b79f5) | 0;
    let t = Math.imul(state ^ (state >>> 15), 1 | state);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

describe.each(await listTestDialects())('kept summary patched on $dialect', ({ dialect, isAvailable }) => {
  let database: TestDatabase;
  let deps: ServiceDeps;
  let other: ServiceDeps;
  let actors: Actor[];
  const at = new Date('2026-12-01T08:00:00.000Z');

  beforeAll(async () => {
    if (!isAvailable) return;
    database = await createTestDatabase(dialect);
    await seedProvince(database.db, { units: 200, years: 2, seed: 11, passwordHash: 'not-a-real-hash' });
    const config = readConfig({ DEMO_DATA: 'false' });
    // Two instances over one database, each with its own kept answers; one clock (workbooks are dated).
    deps = createServiceDeps({ db: database.db, config, now: () => at });
    other = createServiceDeps({ db: database.db, config, now: () => at });
    const counties = (await deps.repositories.organisations.listAll()).filter(
      (organisation) => organisation.kind === 'finance-bureau' && organisation.path.length === 3,
    );
    actors = [
      await actorAt(deps, 'o000001', 'finance-reviewer'),
      await actorAt(deps, counties[0]!.id, 'finance-reviewer'),
      await actorAt(deps, 'o000001', 'admin'),
    ];
  }, 60_000);
  afterAll(async () => {
    await database?.close();
  });

  async function expectCurrent(on: ServiceDeps, actor: Actor, label: string) {
    const input = { actor, year };
    const kept = await readSummaryJson(on, input);
    const fresh = toSummaryJson(await listSummaryRows(on, input));
    expect(Buffer.from(kept.rows.text).equals(Buffer.from(fresh.rows.text)), `${label} ${actor.organisationId} ${actor.role}`).toBe(true);
    expect(Buffer.from(kept.units.text).equals(Buffer.from(fresh.units.text))).toBe(true);
  }

  async function anyDocument(next: () => number) {
    const { items } = await deps.repositories.documents.list({ year, limit: 1, offset: Math.floor(next() * 400) });
    return (await deps.repositories.documents.getById(items[0]!.id))!;
  }

  it.skipIf(!isAvailable)(
    'equals a fresh build after every mix of writes, for each reader on both instances',
    async () => {
      const next = random(dialect === 'postgres' ? 5 : 6);
      let added = 0;
      const stamp = () => `2026-0${1 + Math.floor(next() * 9)}-1${Math.floor(next() * 10)}T00:00:00.000Z`;
      const writes: Array<(on: ServiceDeps) => Promise<unknown>> = [
        // New figures and findings, a new time (the order among units of one name).
        async (on) => {
          const document = await anyDocument(next);
          const findings = next() < 0.5 ? [] : [{ severity: 'error' as const, code: 'test', message: '测试', path: 'budget' }];
          return on.repositories.documents.updateWithVersion({
            id: document.id,
            expectedVersion: document.version,
            changes: {
              body: { ...document.body, budget: { ...document.body.budget, executionRate: String(Math.floor(next() * 1200) / 10) }, findings },
              score: next() < 0.5 ? null : '81.5',
              grade: next() < 0.5 ? null : '良',
              updatedAt: stamp(),
              updatedBy: null,
            },
          });
        },
        // A state in or out of the finance reviewers' scope.
        async (on) => {
          const document = await anyDocument(next);
          const state = states[Math.floor(next() * states.length)]!;
          return on.repositories.documents.updateWithVersion({ id: document.id, expectedVersion: document.version, changes: { state, updatedAt: stamp(), updatedBy: null } });
        },
        // A new revision (seen or not, as its state decides) replacing the one shown.
        async (on) => {
          const document = await anyDocument(next);
          added += 1;
          return on.repositories.documents.insert({ ...document, id: `${document.id}-p${added}`, revision: document.revision + 1, state: states[Math.floor(next() * states.length)]!, updatedAt: stamp() });
        },
        // A project of a new name (collator ties included), where no row was.
        async (on) => {
          const document = await anyDocument(next);
          added += 1;
          const project = ['新增测试项目', '\b', 'Ａ项目', '项目\u0000'][Math.floor(next() * 4)]!;
          return on.repositories.documents.insert({ ...document, id: `${document.id}-n${added}`, project, revision: 1, state: 'finance-reviewed', updatedAt: stamp() });
        },
        // A deleted document (a revision below it shows again, if any).
        async () => {
          const document = await anyDocument(next);
          return database.db.deleteFrom('documents').where('id', '=', document.id).execute();
        },
        // Two units in one transaction.
        async (on) => {
          const [first, second] = [await anyDocument(next), await anyDocument(next)];
          return on.transaction(async (repositories) => {
            for (const document of [first, second]) {
              await repositories.documents.updateWithVersion({ id: document.id, expectedVersion: document.version, changes: { state: 'published', updatedAt: stamp(), updatedBy: null } });
            }
          });
        },
        // A transaction rolled back: nothing shows.
        async (on) => {
          const document = await anyDocument(next);
          await expect(
            on.transaction(async (repositories) => {
              await repositories.documents.updateWithVersion({ id: document.id, expectedVersion: document.version, changes: { state: 'draft', updatedAt: stamp(), updatedBy: null } });
              throw new Error('rolled back');
            }),
          ).rejects.toThrow('rolled back');
        },
      ];
      for (const instance of [deps, other]) for (const actor of actors) await expectCurrent(instance, actor, 'first');
      for (let step = 0; step < 24; step += 1) {
        const count = 1 + Math.floor(next() * 3);
        for (let index = 0; index < count; index += 1) {
          await writes[Math.floor(next() * writes.length)]!(next() < 0.5 ? deps : other);
        }
        // Each instance after each step, so every instance's kept answer is patched across writes made on both.
        for (const instance of [deps, other]) {
          for (const actor of actors) await expectCurrent(instance, actor, `step ${step}`);
        }
        if (step % 6 === 5) {
          for (const actor of actors) {
            const kept = await readSummaryWorkbook(deps, { actor, year });
            expect(kept).toEqual(await exportSummaryWorkbook(deps, { actor, year }));
          }
        }
      }
    },
    180_000,
  );

  it.skipIf(!isAvailable)('re-reads only the written unit after a document write, and everything after a rename', async () => {
    const input = { actor: actors[0]!, year };
    await readSummaryJson(deps, input);
    await readSummaryWorkbook(deps, input);
    const figures = vi.spyOn(deps.repositories.documents, 'listSummaryFigures');
    const organisations = vi.spyOn(deps.repositories.organisations, 'listAll');
    try {
      const { items } = await deps.repositories.documents.list({ year, states: ['finance-reviewed', 'published'], limit: 1 });
      const document = (await deps.repositories.documents.getById(items[0]!.id))!;
      await deps.repositories.documents.updateWithVersion({ id: document.id, expectedVersion: document.version, changes: { updatedAt: '2026-11-11T11:11:11.000Z', updatedBy: null } });
      const json = await readSummaryJson(deps, input);
      expect(json.rows.toJsonString()).toContain('2026-11-11T11:11:11.000Z');
      const workbook = await readSummaryWorkbook(deps, input);
      expect(workbook).toEqual(await exportSummaryWorkbook(deps, input));
      // The two patches: the unit's documents only, and no organisation list.
      expect(figures.mock.calls.slice(0, 2).map(([filter]) => filter.organisationIds)).toEqual([[document.organisationId], [document.organisationId]]);
      expect(organisations).not.toHaveBeenCalled();
      await expectCurrent(deps, actors[0]!, 'patched');

      figures.mockClear();
      await deps.repositories.organisations.rename({ id: document.organisationId, name: '补丁测试改名单位' });
      const renamed = await readSummaryJson(deps, input);
      expect(renamed.rows.toJsonString()).toContain('补丁测试改名单位');
      expect(figures.mock.calls.map(([filter]) => filter.organisationIds)).toEqual([undefined]);
    } finally {
      figures.mockRestore();
      organisations.mockRestore();
    }
  });

  it.skipIf(!isAvailable || dialect !== 'postgres')(
    'shows a write whose transaction began before the kept answer and committed after a later one',
    async () => {
      const actor = actors[2]!;
      const { items } = await deps.repositories.documents.list({ year, limit: 40 });
      const first = (await deps.repositories.documents.getById(items[0]!.id))!;
      const second = (await deps.repositories.documents.getById(items.find((item) => item.organisationId !== first.organisationId)!.id))!;
      let release!: () => void;
      const held = new Promise<void>((resolve) => (release = resolve));
      let wrote!: () => void;
      const written = new Promise<void>((resolve) => (wrote = resolve));
      // Transaction ids are taken in one order and committed in another: this one's id is the lower.
      const slow = other.transaction(async (repositories) => {
        await repositories.documents.updateWithVersion({ id: first.id, expectedVersion: first.version, changes: { updatedAt: '2026-12-24T01:00:00.000Z', updatedBy: null } });
        wrote();
        await held;
      });
      await written;
      await expectCurrent(deps, actor, 'while a write is open');
      await other.repositories.documents.updateWithVersion({ id: second.id, expectedVersion: second.version, changes: { updatedAt: '2026-12-24T02:00:00.000Z', updatedBy: null } });
      await expectCurrent(deps, actor, 'after the later write');
      release();
      await slow;
      await expectCurrent(deps, actor, 'after the earlier write committed');
      expect((await readSummaryJson(deps, { actor, year })).rows.toJsonString()).toContain('2026-12-24T01:00:00.000Z');
    },
  );

  it.skipIf(!isAvailable)('builds again when the change rows it needs were cut, and patches after', async () => {
    // One instance whose change log is cut after every 3 writes (PostgreSQL: transaction ids).
    const summaryChanges = createSummaryChangesRepository(database.db, { cutAfter: 3 });
    const cutting: ServiceDeps = { ...deps, repositories: { ...deps.repositories, summaryChanges }, keptSummaries: createServiceDeps({ db: database.db, config: readConfig({ DEMO_DATA: 'false' }) }).keptSummaries };
    const input = { actor: actors[2]!, year };
    const first = await summaryChanges.readChanges(year);
    expect(first.changedOrganisationIds).toBeNull();
    await readSummaryJson(cutting, input);
    const write = async () => {
      const { items } = await deps.repositories.documents.list({ year, limit: 1 });
      const document = (await deps.repositories.documents.getById(items[0]!.id))!;
      await deps.repositories.documents.updateWithVersion({ id: document.id, expectedVersion: document.version, changes: { updatedAt: '2026-10-10T10:10:10.000Z', updatedBy: null } });
      return document.organisationId;
    };
    const unit = await write();
    expect((await summaryChanges.readChanges(year, first.marker)).changedOrganisationIds).toContain(unit);
    // Two cuts: the rows after `first` are gone, so it can no longer tell what changed.
    for (let round = 0; round < 2; round += 1) {
      for (let index = 0; index < 5; index += 1) await write();
      await summaryChanges.readChanges(year);
    }
    expect((await summaryChanges.readChanges(year, first.marker)).changedOrganisationIds).toBeNull();
    const figures = vi.spyOn(cutting.repositories.documents, 'listSummaryFigures');
    try {
      await expectCurrent(cutting, input.actor, 'after the cuts');
      const now = await summaryChanges.readChanges(year);
      await write();
      expect((await summaryChanges.readChanges(year, now.marker)).changedOrganisationIds).toEqual([unit]);
    } finally {
      figures.mockRestore();
    }
  });
});
