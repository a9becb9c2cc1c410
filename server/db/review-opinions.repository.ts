import type { Kysely } from 'kysely';
import type { Database } from './schema.ts';
import { prepareStatement } from './prepared-statement.ts';

export interface ReviewOpinion {
  id: number;
  documentId: string;
  revision: number;
  /** Indicator path, or null for an opinion on the whole document. */
  path: string | null;
  text: string;
  actorId: string;
  actorName: string | null;
  at: string;
}

/** An opinion row (with its author's name) as services see it; documents.getReadView maps its opinions the same way. */
export function toReviewOpinion(row: { id: number | string; document_id: string; revision: number; path: string; text: string; actor_id: string; actorName: string | null; at: string }): ReviewOpinion {
  return {
    id: Number(row.id),
    documentId: row.document_id,
    revision: row.revision,
    path: row.path === '' ? null : row.path,
    text: row.text,
    actorId: row.actor_id,
    actorName: row.actorName,
    at: row.at,
  };
}

function selectOpinions(db: Kysely<Database>) {
  return db.selectFrom('review_opinions').leftJoin('users', 'users.id', 'review_opinions.actor_id').selectAll('review_opinions').select('users.display_name as actorName');
}

/** Every read of a document asks this (prepared-statement.ts: built and compiled once). */
const opinionsOfRevision = prepareStatement(['documentId', 'revision'], (db, values) =>
  selectOpinions(db)
    .where('review_opinions.document_id', '=', values.documentId)
    .where('review_opinions.revision', '=', values.revision)
    .orderBy('review_opinions.at')
    .orderBy('review_opinions.id'),
);

export function createReviewOpinionsRepository(db: Kysely<Database>) {
  return {
    async add(opinion: Omit<ReviewOpinion, 'id' | 'actorName'>): Promise<number> {
      const row = await db
        .insertInto('review_opinions')
        .values({
          document_id: opinion.documentId,
          revision: opinion.revision,
          path: opinion.path ?? '',
          text: opinion.text,
          actor_id: opinion.actorId,
          at: opinion.at,
        })
        .returning('id')
        .executeTakeFirstOrThrow();
      return Number(row.id);
    },

    async listByDocument(options: { documentId: string; revision?: number }): Promise<ReviewOpinion[]> {
      const { documentId, revision } = options;
      const rows =
        revision === undefined
          ? await selectOpinions(db).where('review_opinions.document_id', '=', documentId).orderBy('review_opinions.at').orderBy('review_opinions.id').execute()
          : await opinionsOfRevision.execute(db, { documentId, revision });
      return rows.map(toReviewOpinion);
    },
  };
}

export type ReviewOpinionsRepository = ReturnType<typeof createReviewOpinionsRepository>;
