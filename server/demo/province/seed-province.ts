/**
 * Fills a migrated database with a generated province (issue 14 "A province generator"):
 * organisations, accounts, fiscal years and documents of every kind in every state, scored and
 * checked by core's analyseDocument as an upload would be. Rows go in with multi-row INSERTs,
 * one transaction per batch, so 10,000 units × 5 years load in minutes on either database.
 * Everything is drawn from one seed: the same seed gives the same rows.
 */
import type { Kysely } from 'kysely';
import { analyseWithPack } from '../../../core/rule-packs/index.ts';
import { toBodyColumns } from '../../db/body-columns.ts';
import { createRulePacksRepository } from '../../db/rule-packs.repository.ts';
import { packForYear } from '../../services/rule-packs/pack-for-year.ts';
import type { Database, NewDocumentRow } from '../../db/schema.ts';
import { pickScore } from '../../services/documents/pick-score.ts';
import { buildDocumentBody, plantedMistakes, type PlantedMistake } from './build-document.ts';
import { createStatePlanner } from './plan-documents.ts';
import { planProvince } from './plan-organisations.ts';
import { createRandom, deriveRandom } from './random.ts';

export interface ProvinceOptions {
  units: number;
  years: number;
  seed: number;
  /** The last (current, open) fiscal year; earlier years are closed. */
  lastYear?: number;
  /** Indicators per document, on average (each document draws ±4 around it). */
  indicatorsPerDocument?: number;
  /** Stored for every account; one hash for all keeps seeding fast (hash it with hashPassword). */
  passwordHash: string;
  /** Called after each batch with what is done so far. */
  onProgress?: (progress: { done: number; total: number }) => void;
}

export interface ProvinceCounts {
  organisations: number;
  users: number;
  fiscalYears: number;
  documents: number;
  indicators: number;
  findings: number;
}

/** Rows per INSERT: PostgreSQL allows 65,535 parameters; 14 columns × 500 stays far below. */
const documentBatchSize = 500;
const rowBatchSize = 1000;
/** One document in this many carries a planted mistake. */
const mistakeEvery = 12;

const defaultLastYear = 2026;
const defaultIndicatorsPerDocument = 12;

async function insertInBatches<T>(rows: readonly T[], size: number, insert: (batch: T[]) => Promise<void>): Promise<void> {
  for (let start = 0; start < rows.length; start += size) await insert(rows.slice(start, start + size));
}

/** Seeds the province into `db` (migrated, without these ids yet) and returns what it wrote. */
export async function seedProvince(db: Kysely<Database>, options: ProvinceOptions): Promise<ProvinceCounts> {
  const lastYear = options.lastYear ?? defaultLastYear;
  const indicatorsPerDocument = options.indicatorsPerDocument ?? defaultIndicatorsPerDocument;
  const plan = planProvince(createRandom(options.seed), options.units);
  const years = Array.from({ length: options.years }, (_, index) => lastYear - options.years + 1 + index);
  const createdAt = `${lastYear}-01-05T00:00:00.000Z`;

  await db.transaction().execute(async (transaction) => {
    await insertInBatches(plan.organisations, rowBatchSize, async (batch) => {
      await transaction
        .insertInto('organisations')
        .values(batch.map((organisation) => ({ id: organisation.id, parent_id: organisation.parentId, kind: organisation.kind, name: organisation.name, path: organisation.path, has_supervisor: organisation.hasSupervisor ? 1 : 0, created_at: createdAt })))
        .execute();
    });
    await insertInBatches(plan.users, rowBatchSize, async (batch) => {
      await transaction
        .insertInto('users')
        .values(batch.map((user) => ({ id: user.id, username: user.username, password_hash: options.passwordHash, display_name: user.displayName, role: user.role, organisation_id: user.organisationId, created_at: createdAt })))
        .execute();
    });
    for (const year of years) {
      await transaction
        .insertInto('fiscal_years')
        .values({ year, is_open: year === lastYear ? 1 : 0 })
        .onConflict((conflict) => conflict.column('year').doUpdateSet({ is_open: year === lastYear ? 1 : 0 }))
        .execute();
    }
  });

  const counts: ProvinceCounts = { organisations: plan.organisations.length, users: plan.users.length, fiscalYears: years.length, documents: 0, indicators: 0, findings: 0 };
  const planner = createStatePlanner();
  const total = plan.units.length * years.length;
  let done = 0;
  let pending: NewDocumentRow[] = [];
  const flush = async () => {
    const rows = pending;
    pending = [];
    await db.transaction().execute(async (transaction) => {
      await insertInBatches(rows, documentBatchSize, async (batch) => {
        await transaction.insertInto('documents').values(batch).execute();
      });
    });
    options.onProgress?.({ done, total });
  };

  const rulePacks = createRulePacksRepository(db);
  for (const [yearIndex, year] of years.entries()) {
    // Scored by the year's rule pack, as an upload would be (server/services/rule-packs).
    const pack = await packForYear({ rulePacks }, year);
    for (const [unitIndex, unit] of plan.units.entries()) {
      const random = deriveRandom(options.seed, year, unitIndex);
      const isCurrentYear = year === lastYear;
      for (const planned of planner.plan(random, { unitIndex, isCurrentYear })) {
        const mistake: PlantedMistake | null = random.integer(1, mistakeEvery) === 1 ? random.pick(plantedMistakes) : null;
        const body = analyseWithPack(
          buildDocumentBody(random, {
            kind: planned.kind,
            unit: unit.name,
            supervisor: unit.supervisorName,
            sector: unit.sector!,
            year,
            indicatorCount: Math.max(3, indicatorsPerDocument + random.integer(-4, 4)),
            mistake,
          }),
          pack,
        );
        const { score, grade } = pickScore(body);
        counts.documents++;
        counts.indicators += body.goals.reduce((sum, goal) => sum + goal.indicators.length, 0);
        counts.findings += body.findings.length;
        // Updated during the year, later years later; ids in creation order.
        const updatedAt = new Date(Date.UTC(year, 1 + random.integer(0, 10), random.integer(1, 28), random.integer(0, 23), random.integer(0, 59))).toISOString();
        pending.push({
          id: `d${String(counts.documents).padStart(8, '0')}`,
          organisation_id: unit.id,
          year,
          kind: planned.kind,
          project: '',
          revision: 1,
          state: planned.state,
          version: 1,
          ...toBodyColumns(body),
          score,
          grade,
          created_at: updatedAt,
          updated_at: updatedAt,
          updated_by: null,
        });
      }
      done = yearIndex * plan.units.length + unitIndex + 1;
      if (pending.length >= documentBatchSize * 4) await flush();
    }
  }
  if (pending.length > 0) await flush();
  return counts;
}
