import type { Kysely } from 'kysely';
import type { Database } from './schema.ts';

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
      let query = db
        .selectFrom('review_opinions')
        .leftJoin('users', 'users.id', 'review_opinions.actor_id')
        .selectAll('review_opinions')
        .select('users.display_name as actorName')
        .where('review_opinions.document_id', '=', options.documentId);
      if (options.revision !== undefined) query = query.where('review_opinions.revision', '=', options.revision);
      const rows = await query.orderBy('review_opinions.at').orderBy('review_opinions.id').execute();
      return rows.map((row) => ({
        id: Number(row.id),
        documentId: row.document_id,
        revision: row.revision,
        path: row.path === '' ? null : row.path,
        text: row.text,
        actorId: row.actor_id,
        actorName: row.actorName,
        at: row.at,
      }));
    },
  };
}

export type ReviewOpinionsRepository = ReturnType<typeof createReviewOpinionsRepository>;
