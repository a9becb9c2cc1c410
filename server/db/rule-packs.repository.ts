/** Which rule pack each fiscal year scores by, and the record of every change (issue 12). */
import { proposeDeadlines } from '../../core/fiscal-year-deadlines.ts';
import { sql, type Kysely } from 'kysely';
import type { Database } from './schema.ts';

/** One document whose total or grade a pack change moved. */
export interface RescoredDocument {
  documentId: string;
  unit: string;
  kind: string;
  state: string;
  before: { score: string | null; grade: string | null };
  after: { score: string | null; grade: string | null };
}

export interface RulePackChange {
  id: number;
  year: number;
  /** The bureau whose region pack changed; null for the year's pack. */
  organisationId: string | null;
  fromPack: string;
  toPack: string;
  actorId: string | null;
  at: string;
  rescored: RescoredDocument[];
}

/** A bureau's pack for its subtree in one year. */
export interface RegionRulePack {
  organisationId: string;
  year: number;
  pack: string;
  actorId: string | null;
  at: string;
}

export function createRulePacksRepository(db: Kysely<Database>) {
  return {
    /**
     * In one statement (a save and a read each resolve a pack; on PostgreSQL every statement is a
     * round trip): the year's pack (null: never entered) and the region packs of `year` set on any
     * of `organisationIds`, by organisation id; and whether the year is closed (a year never entered
     * is open, as fiscalYears.isClosed says).
     */
    async findPackChoices(input: {
      year: number;
      organisationIds: readonly string[];
    }): Promise<{ yearPack: string | null; regionPacks: Map<string, string>; isYearClosed: boolean }> {
      const ids = input.organisationIds.length ? [...input.organisationIds] : [''];
      // The fiscal year's row also says whether the year is closed: a save asks both (one round trip).
      const { rows } = await sql<{ organisation_id: string | null; pack: string | null; is_open: number | null }>`
        select organisation_id, pack, null as is_open from region_rule_packs
        where year = ${input.year} and organisation_id in (${sql.join(ids)})
        union all
        select null, rule_pack, is_open from fiscal_years where year = ${input.year}`.execute(db);
      let yearPack: string | null = null;
      let isYearClosed = false;
      const regionPacks = new Map<string, string>();
      for (const row of rows) {
        if (row.organisation_id === null) {
          yearPack = row.pack;
          isYearClosed = !Number(row.is_open);
        } else if (row.pack !== null) regionPacks.set(row.organisation_id, row.pack);
      }
      return { yearPack, regionPacks, isYearClosed };
    },

    /** The region packs of `year` set on any of `organisationIds` (a document's ancestry). */
    async findRegionPacks(input: {
      year: number;
      organisationIds: readonly string[];
    }): Promise<RegionRulePack[]> {
      if (input.organisationIds.length === 0) return [];
      const rows = await db
        .selectFrom('region_rule_packs')
        .selectAll()
        .where('year', '=', input.year)
        .where('organisation_id', 'in', [...input.organisationIds])
        .execute();
      return rows.map((row) => ({
        organisationId: row.organisation_id,
        year: row.year,
        pack: row.pack,
        actorId: row.actor_id,
        at: row.at,
      }));
    },

    /** Every region pack (of `year` when given), by year then organisation. */
    async listRegionPacks(year?: number): Promise<RegionRulePack[]> {
      let query = db.selectFrom('region_rule_packs').selectAll();
      if (year !== undefined) query = query.where('year', '=', year);
      const rows = await query
        .orderBy('year')
        .orderBy('organisation_id')
        .execute();
      return rows.map((row) => ({
        organisationId: row.organisation_id,
        year: row.year,
        pack: row.pack,
        actorId: row.actor_id,
        at: row.at,
      }));
    },

    async setRegionPack(input: RegionRulePack): Promise<void> {
      await db
        .insertInto('region_rule_packs')
        .values({
          organisation_id: input.organisationId,
          year: input.year,
          pack: input.pack,
          actor_id: input.actorId,
          at: input.at,
        })
        .onConflict((conflict) =>
          conflict
            .columns(['organisation_id', 'year'])
            .doUpdateSet({ pack: input.pack, actor_id: input.actorId, at: input.at }),
        )
        .execute();
    },

    /** Removes a region's choice (its subtree falls back to the year's pack); whether there was one. */
    async removeRegionPack(input: { organisationId: string; year: number }): Promise<boolean> {
      const result = await db
        .deleteFrom('region_rule_packs')
        .where('organisation_id', '=', input.organisationId)
        .where('year', '=', input.year)
        .executeTakeFirst();
      return Number(result.numDeletedRows) > 0;
    },

    /** The pack name stored for `year`; null when the year was never entered. */
    async findPackOfYear(year: number): Promise<string | null> {
      const row = await db
        .selectFrom('fiscal_years')
        .select('rule_pack')
        .where('year', '=', year)
        .executeTakeFirst();
      return row?.rule_pack ?? null;
    },

    /** Every entered year's pack name, by year. */
    async listPacksOfYears(): Promise<Map<number, string>> {
      const rows = await db.selectFrom('fiscal_years').select(['year', 'rule_pack']).execute();
      return new Map(rows.map((row) => [row.year, row.rule_pack]));
    },

    /** Sets the year's pack, entering the year (open, with the proposed deadlines) when it was never entered. */
    async setPackOfYear(input: { year: number; pack: string }): Promise<void> {
      const deadlines = proposeDeadlines(input.year);
      await db
        .insertInto('fiscal_years')
        .values({
          year: input.year,
          is_open: 1,
          rule_pack: input.pack,
          target_table_due: deadlines['target-table'],
          monitoring_due: deadlines.monitoring,
          self_evaluation_due: deadlines['self-evaluation'],
        })
        .onConflict((conflict) => conflict.column('year').doUpdateSet({ rule_pack: input.pack }))
        .execute();
    },

    async appendChange(change: Omit<RulePackChange, 'id'>): Promise<number> {
      const row = await db
        .insertInto('rule_pack_changes')
        .values({
          year: change.year,
          organisation_id: change.organisationId,
          from_pack: change.fromPack,
          to_pack: change.toPack,
          actor_id: change.actorId,
          at: change.at,
          rescored: JSON.stringify(change.rescored),
        })
        .returning('id')
        .executeTakeFirstOrThrow();
      return Number(row.id);
    },

    /** The changes of a year, newest first. */
    async listChanges(year: number): Promise<RulePackChange[]> {
      const rows = await db
        .selectFrom('rule_pack_changes')
        .selectAll()
        .where('year', '=', year)
        .orderBy('id', 'desc')
        .execute();
      return rows.map((row) => ({
        id: Number(row.id),
        year: row.year,
        organisationId: row.organisation_id,
        fromPack: row.from_pack,
        toPack: row.to_pack,
        actorId: row.actor_id,
        at: row.at,
        rescored: JSON.parse(row.rescored) as RescoredDocument[],
      }));
    },
  };
}

export type RulePacksRepository = ReturnType<typeof createRulePacksRepository>;
