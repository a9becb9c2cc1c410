/**
 * The kept summary downloads (read-kept-summary.ts) on a generated province: each reader gets the
 * bytes a fresh build gives (its own read scope, never another reader's), the same kept answer
 * while nothing is written, and a new one after any write that changes what it shows.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readConfig } from '../../config.ts';
import { seedProvince } from '../../demo/province/seed-province.ts';
import { createTestDatabase, listTestDialects, type TestDatabase } from '../../test-support/test-database.ts';
import type { Actor } from '../actor.ts';
import { createServiceDeps, type ServiceDeps } from '../deps.ts';
import { exportSummaryWorkbook } from '../exports/export-summary-workbook.ts';
import type { JsonText } from '../json-text.ts';
import { listSummaryRows } from './list-summary-rows.ts';
import { readSummaryJson, readSummaryWorkbook } from './read-kept-summary.ts';
import { toSummaryJson } from './summary-json.ts';
import { actorAt } from './summary-province-test-support.ts';

type Input = { actor: Actor; year?: number };

const bytesOf = (text: JsonText) => Buffer.from(text.text);

describe.each(await listTestDialects())('kept summary downloads on $dialect', ({ dialect, isAvailable }) => {
  let database: TestDatabase;
  let deps: ServiceDeps;
  let actors: Actor[];

  beforeAll(async () => {
    if (!isAvailable) return;
    database = await createTestDatabase(dialect);
    // 200 units: three counties (about 80 units each), so two counties' scopes are apart.
    await seedProvince(database.db, { units: 200, years: 2, seed: 7, passwordHash: 'not-a-real-hash' });
    // One clock for every build: a workbook is dated, and a kept one must equal a fresh one byte for byte.
    const at = new Date('2026-12-01T08:00:00.000Z');
    deps = createServiceDeps({ db: database.db, config: readConfig({ DEMO_DATA: 'false' }), now: () => at });
    const counties = (await deps.repositories.organisations.listAll()).filter(
      (organisation) => organisation.kind === 'finance-bureau' && organisation.path.length === 3,
    );
    expect(counties.length).toBeGreaterThanOrEqual(2);
    actors = [
      await actorAt(deps, 'o000001', 'finance-reviewer'),
      await actorAt(deps, counties[0]!.id, 'finance-reviewer'),
      await actorAt(deps, counties[1]!.id, 'finance-reviewer'),
      await actorAt(deps, 'o000001', 'admin'),
    ];
  }, 60_000);
  afterAll(async () => {
    await database?.close();
  });

  /** The kept JSON equals a fresh build's bytes, for this reader and year. */
  async function expectJsonCurrent(input: Input) {
    const kept = await readSummaryJson(deps, input);
    const fresh = toSummaryJson(await listSummaryRows(deps, input));
    const label = `${input.actor.role} ${input.actor.organisationId} ${input.year}`;
    expect(bytesOf(kept.rows).equals(bytesOf(fresh.rows)), label).toBe(true);
    expect(bytesOf(kept.units).equals(bytesOf(fresh.units)), label).toBe(true);
    return kept;
  }

  async function firstDocument(year: number) {
    const { items } = await deps.repositories.documents.list({ year, limit: 1 });
    return (await deps.repositories.documents.getById(items[0]!.id))!;
  }

  it.skipIf(!isAvailable)('gives each reader its own scope, kept while nothing is written', async () => {
    // Every reader in turn, each year and all years: a key that forgot the reader would hand the
    // city the province's kept rows (read first) and fail here.
    for (const year of [2025, 2026, undefined]) {
      for (const actor of actors) {
        const input = { actor, ...(year === undefined ? {} : { year }) };
        const kept = await expectJsonCurrent(input);
        expect(await readSummaryJson(deps, input)).toBe(kept);
        const workbook = await readSummaryWorkbook(deps, input);
        expect(workbook).toEqual(await exportSummaryWorkbook(deps, input));
        expect(await readSummaryWorkbook(deps, input)).toBe(workbook);
      }
    }
    // The scopes differ, so the checks above could fail: two counties read apart rows, fewer than
    // the province's; the administrator reads drafts besides.
    const [province, county, otherCounty, admin] = await Promise.all(
      actors.map((actor) => readSummaryJson(deps, { actor, year: 2025 })),
    );
    const ids = (json: { rows: JsonText }) =>
      new Set(
        (JSON.parse(json.rows.toJsonString()) as Array<{ documentId: string }>).map((row) => row.documentId),
      );
    expect(ids(county!).size).toBeGreaterThan(0);
    expect([...ids(county!)].filter((id) => ids(otherCounty!).has(id))).toEqual([]);
    expect(ids(county!).size + ids(otherCounty!).size).toBeLessThan(ids(province!).size);
    expect(ids(admin!).size).toBeGreaterThan(ids(province!).size);
  });

  it.skipIf(!isAvailable)('shows a changed document at once, and keeps the other year', async () => {
    const input = { actor: actors[3]!, year: 2025 };
    const before = await readSummaryJson(deps, input);
    const workbookBefore = await readSummaryWorkbook(deps, input);
    const otherYear = await readSummaryJson(deps, { actor: actors[3]!, year: 2026 });
    const document = await firstDocument(2025);
    const updated = await deps.repositories.documents.updateWithVersion({
      id: document.id,
      expectedVersion: document.version,
      changes: {
        body: { ...document.body, budget: { ...document.body.budget, executionRate: '12.3' } },
        updatedAt: '2026-05-01T00:00:00.000Z',
        updatedBy: null,
      },
    });
    expect(updated.status).toBe('updated');
    const after = await expectJsonCurrent(input);
    expect(after).not.toBe(before);
    const row = (
      JSON.parse(after.rows.toJsonString()) as Array<{
        documentId: string;
        executionRate: string | null;
        updatedAt: string;
      }>
    ).find((each) => each.documentId === document.id);
    expect(row).toMatchObject({ executionRate: '12.3', updatedAt: '2026-05-01T00:00:00.000Z' });
    const workbookAfter = await readSummaryWorkbook(deps, input);
    expect(workbookAfter.bytes.equals(workbookBefore.bytes)).toBe(false);
    expect(workbookAfter).toEqual(await exportSummaryWorkbook(deps, input));
    // The other year's answer did not change, so it is still the kept one.
    expect(await readSummaryJson(deps, { actor: actors[3]!, year: 2026 })).toBe(otherYear);
  });

  it.skipIf(!isAvailable)(
    'shows a new revision, a state change and a renamed unit in every year',
    async () => {
      const input = { actor: actors[0]!, year: 2026 };
      await readSummaryJson(deps, input);
      const document = await firstDocument(2026);
      await deps.repositories.documents.insert({
        ...document,
        id: `${document.id}-r2`,
        revision: document.revision + 1,
        state: 'finance-reviewed',
      });
      const withRevision = await expectJsonCurrent(input);
      expect(withRevision.rows.toJsonString()).toContain(`${document.id}-r2`);

      const stateChanged = await deps.repositories.documents.updateWithVersion({
        id: `${document.id}-r2`,
        expectedVersion: 1,
        changes: { state: 'published', updatedAt: '2026-06-01T00:00:00.000Z', updatedBy: null },
      });
      expect(stateChanged.status).toBe('updated');
      const rows = JSON.parse((await expectJsonCurrent(input)).rows.toJsonString()) as Array<{
        documentId: string;
        stateName: string;
      }>;
      expect(rows.find((row) => row.documentId === `${document.id}-r2`)?.stateName).toBe('已公开');

      const everyYear = { actor: actors[0]!, year: undefined };
      await readSummaryJson(deps, everyYear);
      const workbook = await readSummaryWorkbook(deps, { actor: actors[0]!, year: 2025 });
      await deps.repositories.organisations.rename({ id: document.organisationId, name: '改名后的测试单位' });
      expect((await expectJsonCurrent(input)).rows.toJsonString()).toContain('改名后的测试单位');
      expect((await expectJsonCurrent(everyYear)).units.toJsonString()).toContain('改名后的测试单位');
      expect(
        (await readSummaryWorkbook(deps, { actor: actors[0]!, year: 2025 })).bytes.equals(workbook.bytes),
      ).toBe(false);
    },
  );

  it.skipIf(!isAvailable)('shows a write made through another instance', async () => {
    // A second server over the same database, with its own kept answers: only the database is shared.
    const other = createServiceDeps({ db: database.db, config: readConfig({ DEMO_DATA: 'false' }) });
    const input = { actor: actors[1]!, year: 2025 };
    const before = await readSummaryJson(deps, input);
    const shown = (JSON.parse(before.rows.toJsonString()) as Array<{ documentId: string }>)[0]!;
    const document = (await other.repositories.documents.getById(shown.documentId))!;
    await other.repositories.documents.updateWithVersion({
      id: document.id,
      expectedVersion: document.version,
      changes: { updatedAt: '2026-09-09T09:09:09.000Z', updatedBy: null },
    });
    const after = await expectJsonCurrent(input);
    expect(after.rows.toJsonString()).toContain('2026-09-09T09:09:09.000Z');
  });

  it.skipIf(!isAvailable)('moves the generation on in the writer’s transaction only', async () => {
    const before = await deps.repositories.summaryChanges.readGeneration(2025);
    const document = await firstDocument(2025);
    await expect(
      deps.transaction(async (repositories) => {
        await repositories.documents.updateWithVersion({
          id: document.id,
          expectedVersion: document.version,
          changes: { state: 'published', updatedAt: '2026-07-01T00:00:00.000Z', updatedBy: null },
        });
        throw new Error('rolled back');
      }),
    ).rejects.toThrow('rolled back');
    expect((await deps.repositories.summaryChanges.readGeneration(2025)).generation).toBe(before.generation);
    await deps.transaction(async (repositories) => {
      await repositories.documents.updateWithVersion({
        id: document.id,
        expectedVersion: document.version,
        changes: { state: 'published', updatedAt: '2026-07-01T00:00:00.000Z', updatedBy: null },
      });
    });
    const after = await deps.repositories.summaryChanges.readGeneration(2025);
    expect(BigInt(after.generation)).toBeGreaterThan(BigInt(before.generation));
    // A write to 2026 leaves 2025's generation alone.
    const other = await firstDocument(2026);
    await deps.repositories.documents.updateWithVersion({
      id: other.id,
      expectedVersion: other.version,
      changes: { updatedAt: '2026-07-02T00:00:00.000Z', updatedBy: null },
    });
    expect((await deps.repositories.summaryChanges.readGeneration(2025)).generation).toBe(after.generation);
  });

  it.skipIf(!isAvailable)(
    'keeps the generation when many writing transactions are folded into one row',
    async () => {
      const document = await firstDocument(2026);
      let version = (await deps.repositories.documents.getById(document.id))!.version;
      const write = async (second: number) => {
        const result = await deps.repositories.documents.updateWithVersion({
          id: document.id,
          expectedVersion: version,
          changes: {
            updatedAt: `2026-08-01T00:00:${String(second % 60).padStart(2, '0')}.000Z`,
            updatedBy: null,
          },
        });
        expect(result.status).toBe('updated');
        version += 1;
      };
      const before = BigInt((await deps.repositories.summaryChanges.readGeneration(2026)).generation);
      // Over the fold bound (256 rows on PostgreSQL, one per writing transaction).
      for (let index = 0; index < 300; index += 1) await write(index);
      const written = await deps.repositories.summaryChanges.readGeneration(2026);
      expect(BigInt(written.generation)).toBeGreaterThan(before);
      // The read above folded the rows: the same generation from far fewer rows.
      const folded = await deps.repositories.summaryChanges.readGeneration(2026);
      expect(folded.generation).toBe(written.generation);
      expect(folded.rows).toBeLessThanOrEqual(2);
      await write(0);
      expect(
        BigInt((await deps.repositories.summaryChanges.readGeneration(2026)).generation),
      ).toBeGreaterThan(BigInt(folded.generation));
    },
    60_000,
  );
});
