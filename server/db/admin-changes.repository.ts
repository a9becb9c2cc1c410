import type { Kysely } from 'kysely';
import type { FieldChange } from './audit-entries.repository.ts';
import type { Database } from './schema.ts';

export type AdminChangeAction =
  'create-organisation' | 'rename-organisation' | 'move-organisation' | 'set-deadlines' | 'change-role';
export type AdminChangeSubject = 'organisation' | 'fiscal-year' | 'user';

export interface AdminChange {
  id: number;
  actorId: string | null;
  at: string;
  action: AdminChangeAction;
  subjectKind: AdminChangeSubject;
  subjectId: string;
  changes: FieldChange[];
}

/** The settings changes of the admin screens (units, fiscal year deadlines), who and when. */
export function createAdminChangesRepository(db: Kysely<Database>) {
  return {
    async append(change: Omit<AdminChange, 'id'>): Promise<void> {
      await db
        .insertInto('admin_changes')
        .values({
          actor_id: change.actorId,
          at: change.at,
          action: change.action,
          subject_kind: change.subjectKind,
          subject_id: change.subjectId,
          changes: JSON.stringify(change.changes),
        })
        .execute();
    },

    /** The changes of one subject, oldest first. */
    async listBySubject(input: {
      subjectKind: AdminChangeSubject;
      subjectId: string;
    }): Promise<AdminChange[]> {
      const rows = await db
        .selectFrom('admin_changes')
        .selectAll()
        .where('subject_kind', '=', input.subjectKind)
        .where('subject_id', '=', input.subjectId)
        .orderBy('id')
        .execute();
      return rows.map((row) => ({
        id: Number(row.id),
        actorId: row.actor_id,
        at: row.at,
        action: row.action as AdminChangeAction,
        subjectKind: row.subject_kind as AdminChangeSubject,
        subjectId: row.subject_id,
        changes: JSON.parse(row.changes) as FieldChange[],
      }));
    },
  };
}

export type AdminChangesRepository = ReturnType<typeof createAdminChangesRepository>;
