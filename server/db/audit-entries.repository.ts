import type { Kysely } from 'kysely';
import type { AuditEntryRow, Database } from './schema.ts';

type AuditRow = AuditEntryRow & { actorName: string | null };

/** One field-level change: `path` into the document, the value before and after. */
export interface FieldChange {
  path: string;
  before: unknown;
  after: unknown;
}

export interface AuditEntry {
  id: number;
  documentId: string;
  actorId: string | null;
  actorName: string | null;
  at: string;
  action: string;
  fromState: string | null;
  toState: string | null;
  reason: string | null;
  changes: FieldChange[];
}

export type NewAuditEntry = Omit<AuditEntry, 'id' | 'actorName' | 'changes'> & { changes?: FieldChange[] };

/** A joined audit row (entry + the actor's display name) as the service sees it. */
function toAuditEntry(row: AuditRow): AuditEntry {
  return {
    id: Number(row.id),
    documentId: row.document_id,
    actorId: row.actor_id,
    actorName: row.actorName,
    at: row.at,
    action: row.action,
    fromState: row.from_state,
    toState: row.to_state,
    reason: row.reason,
    changes: row.changes ? (JSON.parse(row.changes) as FieldChange[]) : [],
  };
}

/** Rows per multi-row INSERT (8 columns each). */
const entriesPerInsert = 1000;

/** The row of a new entry (documents.updateWithVersionAndAudit writes it in its own statement). */
export function toAuditRow(entry: NewAuditEntry) {
  return {
    document_id: entry.documentId,
    actor_id: entry.actorId,
    at: entry.at,
    action: entry.action,
    from_state: entry.fromState,
    to_state: entry.toState,
    reason: entry.reason,
    changes: entry.changes?.length ? JSON.stringify(entry.changes) : null,
  };
}

export function createAuditEntriesRepository(db: Kysely<Database>) {
  return {
    async append(entry: NewAuditEntry): Promise<number> {
      const row = await db
        .insertInto('audit_entries')
        .values(toAuditRow(entry))
        .returning('id')
        .executeTakeFirstOrThrow();
      return Number(row.id);
    },

    /** Many entries in multi-row INSERTs (one per table of a monitoring round), ids not read back. */
    async appendMany(entries: readonly NewAuditEntry[]): Promise<void> {
      for (let start = 0; start < entries.length; start += entriesPerInsert) {
        await db
          .insertInto('audit_entries')
          .values(entries.slice(start, start + entriesPerInsert).map(toAuditRow))
          .execute();
      }
    },

    /** Oldest first: the history reads as it happened. */
    async listByDocument(documentId: string): Promise<AuditEntry[]> {
      const rows = await db
        .selectFrom('audit_entries')
        .leftJoin('users', 'users.id', 'audit_entries.actor_id')
        .selectAll('audit_entries')
        .select('users.display_name as actorName')
        .where('audit_entries.document_id', '=', documentId)
        .orderBy('audit_entries.at')
        .orderBy('audit_entries.id')
        .execute();
      return rows.map(toAuditEntry);
    },
    /** One page of a document's trail, newest first from `offset` (history pagination); `hasMore` when older entries remain. */
    async listPageByDocument(
      documentId: string,
      page: { limit: number; offset: number },
    ): Promise<{ entries: AuditEntry[]; hasMore: boolean }> {
      const rows = await db
        .selectFrom('audit_entries')
        .leftJoin('users', 'users.id', 'audit_entries.actor_id')
        .selectAll('audit_entries')
        .select('users.display_name as actorName')
        .where('audit_entries.document_id', '=', documentId)
        .orderBy('audit_entries.at', 'desc')
        .orderBy('audit_entries.id', 'desc')
        .limit(page.limit + 1)
        .offset(page.offset)
        .execute();
      const hasMore = rows.length > page.limit;
      return { entries: rows.slice(0, page.limit).reverse().map(toAuditEntry), hasMore };
    },
  };
}

export type AuditEntriesRepository = ReturnType<typeof createAuditEntriesRepository>;
