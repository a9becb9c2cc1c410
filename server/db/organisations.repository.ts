import { sql, type Kysely } from 'kysely';
import type { Database, OrganisationKind, OrganisationRow } from './schema.ts';

export interface Organisation {
  id: string;
  parentId: string | null;
  kind: OrganisationKind;
  name: string;
  /** Ids from the root down to this organisation, itself last. */
  path: string[];
  createdAt: string;
}

export function toOrganisation(row: OrganisationRow): Organisation {
  return {
    id: row.id,
    parentId: row.parent_id,
    kind: row.kind,
    name: row.name,
    path: row.path.split('/').filter(Boolean),
    createdAt: row.created_at,
  };
}

/** '/a/b/' — stored form of a path; ids never contain '/'. */
export function formatOrganisationPath(ids: string[]): string {
  return `/${ids.join('/')}/`;
}

export function createOrganisationsRepository(db: Kysely<Database>) {
  return {
    async getById(id: string): Promise<Organisation | null> {
      const row = await db.selectFrom('organisations').selectAll().where('id', '=', id).executeTakeFirst();
      return row ? toOrganisation(row) : null;
    },

    async listAll(): Promise<Organisation[]> {
      const rows = await db.selectFrom('organisations').selectAll().orderBy('path').execute();
      return rows.map(toOrganisation);
    },

    /** The organisation with this path and everything below it. */
    async listSubtree(path: string[]): Promise<Organisation[]> {
      const rows = await db
        .selectFrom('organisations')
        .selectAll()
        .where('path', 'like', `${formatOrganisationPath(path)}%`)
        .orderBy('path')
        .execute();
      return rows.map(toOrganisation);
    },

    async insert(organisation: { id: string; parentPath: string[]; kind: OrganisationKind; name: string; createdAt: string }): Promise<Organisation> {
      // core/review hasSupervisor, kept as a column so document lists need no subquery per row.
      const parentId = organisation.parentPath.at(-1);
      const parent = parentId ? await db.selectFrom('organisations').select(['kind', 'has_supervisor']).where('id', '=', parentId).executeTakeFirst() : undefined;
      // The organisation itself does not count: a 主管部门's own documents go to finance (separation of duties).
      const hasSupervisor = parent?.kind === 'supervisor' || Boolean(parent?.has_supervisor);
      const row = await db
        .insertInto('organisations')
        .values({
          id: organisation.id,
          parent_id: organisation.parentPath.at(-1) ?? null,
          kind: organisation.kind,
          name: organisation.name,
          path: formatOrganisationPath([...organisation.parentPath, organisation.id]),
          has_supervisor: hasSupervisor ? 1 : 0,
          created_at: organisation.createdAt,
        })
        .returningAll()
        .executeTakeFirstOrThrow();
      return toOrganisation(row);
    },

    async rename(input: { id: string; name: string }): Promise<Organisation | null> {
      const row = await db.updateTable('organisations').set({ name: input.name }).where('id', '=', input.id).returningAll().executeTakeFirst();
      return row ? toOrganisation(row) : null;
    },

    /**
     * Moves the organisation and everything below it under `newParentPath`: every path in the
     * subtree gets the new prefix, and has_supervisor is worked out again (insert's rule: a
     * 主管部门 above, the organisation itself not counting). Run inside a transaction.
     */
    async move(input: { id: string; oldPath: string[]; newParentPath: string[] }): Promise<Organisation> {
      const oldPrefix = formatOrganisationPath(input.oldPath);
      const newPrefix = formatOrganisationPath([...input.newParentPath, input.id]);
      await db
        .updateTable('organisations')
        .set({ parent_id: input.newParentPath.at(-1) ?? null })
        .where('id', '=', input.id)
        .execute();
      await db
        .updateTable('organisations')
        .set({ path: sql<string>`cast(${newPrefix} as text) || substr(path, cast(${oldPrefix.length + 1} as integer))` })
        .where('path', 'like', `${oldPrefix}%`)
        .execute();
      await sql`update organisations set has_supervisor = case when exists (select 1 from organisations as supervisors where supervisors.kind = 'supervisor' and supervisors.id <> organisations.id and organisations.path like '%/' || supervisors.id || '/%') then 1 else 0 end where path like ${`${newPrefix}%`}`.execute(db);
      const row = await db.selectFrom('organisations').selectAll().where('id', '=', input.id).executeTakeFirstOrThrow();
      return toOrganisation(row);
    },

    /** The top-level 财政部门 (no parent), at most two: the caller tells one from several. */
    async listTopFinanceBureaus(): Promise<Organisation[]> {
      const rows = await db.selectFrom('organisations').selectAll().where('parent_id', 'is', null).where('kind', '=', 'finance-bureau').orderBy('path').limit(2).execute();
      return rows.map(toOrganisation);
    },

    async count(): Promise<number> {
      const row = await db.selectFrom('organisations').select((eb) => eb.fn.countAll<number>().as('count')).executeTakeFirstOrThrow();
      return Number(row.count);
    },
  };
}

export type OrganisationsRepository = ReturnType<typeof createOrganisationsRepository>;
