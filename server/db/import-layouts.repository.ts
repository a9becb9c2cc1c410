import type { Kysely } from 'kysely';
import { z } from 'zod';
import { columnRoles } from '../../documents/vocabulary/columns.ts';
import type { Database } from './schema.ts';

export const layoutScopes = ['organisation', 'shared'] as const;
export type LayoutScope = (typeof layoutScopes)[number];

const storedRolesSchema = z.array(z.object({ column: z.number().int().min(0), role: z.enum(columnRoles).nullable() }));
export type LayoutColumnRoles = z.infer<typeof storedRolesSchema>;

/** A named layout: a column-role mapping keyed by the header signature it was made for. */
export interface ImportLayout {
  id: string;
  organisationId: string;
  scope: LayoutScope;
  name: string;
  headerSignature: string;
  headerText: string;
  columnRoles: LayoutColumnRoles;
  createdBy: string | null;
  createdAt: string;
  updatedAt: string;
}

type Row = Database['import_layouts'];

function toImportLayout(row: Row): ImportLayout {
  return {
    id: row.id,
    organisationId: row.organisation_id,
    scope: row.scope === 'shared' ? 'shared' : 'organisation',
    name: row.name,
    headerSignature: row.header_signature,
    headerText: row.header_text,
    // Stored by save() below from validated input; parsed again so a hand-edited row cannot mislead the reader.
    columnRoles: storedRolesSchema.catch([]).parse(JSON.parse(row.column_roles)),
    createdBy: row.created_by,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
  };
}

export function createImportLayoutsRepository(db: Kysely<Database>) {
  return {
    /**
     * The layout for a header signature that applies to files of `organisationId`: the
     * organisation's own first, else one shared by an organisation above it (`organisationPath`).
     */
    async findForSignature(input: { headerSignature: string; organisationId: string; organisationPath: readonly string[] }): Promise<ImportLayout | null> {
      const rows = await db
        .selectFrom('import_layouts')
        .selectAll()
        .where('header_signature', '=', input.headerSignature)
        .where((where) =>
          where.or([
            where.and([where('scope', '=', 'organisation'), where('organisation_id', '=', input.organisationId)]),
            where.and([where('scope', '=', 'shared'), where('organisation_id', 'in', [...input.organisationPath, input.organisationId])]),
          ]),
        )
        .execute();
      const own = rows.find((row) => row.scope === 'organisation');
      const shared = rows.sort((left, right) => input.organisationPath.indexOf(right.organisation_id) - input.organisationPath.indexOf(left.organisation_id))[0];
      const row = own ?? shared;
      return row ? toImportLayout(row) : null;
    },

    /** Adds the layout, or replaces the mapping and name of the one with the same owner, scope and signature. */
    async save(layout: Omit<ImportLayout, 'createdAt'> & { at: string }): Promise<ImportLayout> {
      const values = {
        id: layout.id,
        organisation_id: layout.organisationId,
        scope: layout.scope,
        name: layout.name,
        header_signature: layout.headerSignature,
        header_text: layout.headerText,
        column_roles: JSON.stringify(storedRolesSchema.parse(layout.columnRoles)),
        created_by: layout.createdBy,
        created_at: layout.at,
        updated_at: layout.at,
      };
      await db
        .insertInto('import_layouts')
        .values(values)
        .onConflict((conflict) =>
          conflict.columns(['organisation_id', 'scope', 'header_signature']).doUpdateSet({
            name: values.name,
            header_text: values.header_text,
            column_roles: values.column_roles,
            updated_at: values.updated_at,
          }),
        )
        .execute();
      const row = await db
        .selectFrom('import_layouts')
        .selectAll()
        .where('organisation_id', '=', layout.organisationId)
        .where('scope', '=', layout.scope)
        .where('header_signature', '=', layout.headerSignature)
        .executeTakeFirstOrThrow();
      return toImportLayout(row);
    },

    /** The layouts an organisation sees: its own and those shared by organisations above it. */
    async listVisible(input: { organisationId: string; organisationPath: readonly string[] }): Promise<ImportLayout[]> {
      const rows = await db
        .selectFrom('import_layouts')
        .selectAll()
        .where((where) =>
          where.or([
            where('organisation_id', '=', input.organisationId),
            where.and([where('scope', '=', 'shared'), where('organisation_id', 'in', [...input.organisationPath, input.organisationId])]),
          ]),
        )
        .orderBy('updated_at', 'desc')
        .limit(200)
        .execute();
      return rows.map(toImportLayout);
    },
  };
}

export type ImportLayoutsRepository = ReturnType<typeof createImportLayoutsRepository>;
