/**
 * The floor of a save on PostgreSQL (issue 14 item 3), measured in the API bench beside the app's save
 * line (BENCH_API_LINES=save-floor): a bare Fastify route at the save's path that does only what any
 * server storing the document whole must do for an autosave — an UPDATE of the same row with the
 * same stored body bytes, a new version and time (kept within its minute, as the app's), with the version check, batched as the app batches —
 * and answers as many bytes as the app's save answer. No session, no analysis, no audit entry: what is
 * left of a save's time once the app's own work is gone (the row keeps its indexes and trigger: the
 * same table). The gap between this line and the app's save line is the app's; if this route missed
 * the aims on a host, no change to the app's code of a save could meet them there.
 */
import Fastify from 'fastify';
import pg from 'pg';

/** BENCH_SAVE_FLOOR_BODY=0: the UPDATE leaves the body as it is (what the row, its indexes and trigger cost without the 40 KB). */
const withoutBody = process.env.BENCH_SAVE_FLOOR_BODY === '0';

/**
 * The saves waiting are written together, one statement at a time, as the app's group commit does
 * (save-queue.ts) without its work; BENCH_SAVE_FLOOR_BATCH=0: one UPDATE a request over the pool.
 */
const batched = process.env.BENCH_SAVE_FLOOR_BATCH !== '0';
const batchSize = 16;

interface FloorSave {
  id: string;
  body: string;
  expectedVersion: number;
}

/** One writer: the saves queued while a batch is written go in the next (up to batchSize). */
function createBatchWriter(pool: pg.Pool): (save: FloorSave) => Promise<number | undefined> {
  const queue: { save: FloorSave; resolve: (version: number | undefined) => void; reject: (error: unknown) => void }[] = [];
  let isWriting = false;
  const writeNext = async (): Promise<void> => {
    if (isWriting || queue.length === 0) return;
    isWriting = true;
    const batch = queue.splice(0, batchSize);
    try {
      // A VALUES list of plain parameters, as the app's batch statement (db/body-save-batch.ts): an array
      // parameter would have pg escape every quote of 16 bodies into one array literal.
      const rowsList = batch.map((_, at) => `($${3 * at + 2}::text, $${3 * at + 3}::text, $${3 * at + 4}::integer)`).join(', ');
      const { rows } = await pool.query<{ id: string; version: number }>({
        name: `save-floor-batch-${withoutBody ? 'no-body-' : ''}${batch.length}`,
        // updated_at as the app's save writes it (store-edited-body.ts keepWithinMinute): kept within its minute.
        text: `update documents set ${withoutBody ? '' : 'body = input.body, '}version = documents.version + 1,
          updated_at = case when left(documents.updated_at, 16) = left($1, 16) then documents.updated_at else $1 end
          from (values ${rowsList}) as input (id, body, expected_version)
          where documents.id = input.id and documents.version = input.expected_version returning documents.id, documents.version`,
        values: [new Date().toISOString(), ...batch.flatMap(({ save }) => [save.id, withoutBody ? '' : save.body, save.expectedVersion])],
      });
      const versions = new Map(rows.map((row) => [row.id, row.version]));
      for (const { save, resolve } of batch) resolve(versions.get(save.id));
    } catch (error) {
      for (const { reject } of batch) reject(error);
    } finally {
      isWriting = false;
      void writeNext();
    }
  };
  return (save) =>
    new Promise((resolve, reject) => {
      queue.push({ save, resolve, reject });
      void writeNext();
    });
}

export interface SaveFloor {
  url: string;
  close(): Promise<void>;
}

/** The route, on its own port, over `schema` of the database at `databaseUrl` (`poolSize` connections, as the app's pool). */
export async function startSaveFloor(options: {
  databaseUrl: string;
  schema: string;
  ids: string[];
  /** Bytes of one answer of the app's save, so both routes send alike. */
  answerBytes: number;
  poolSize: number;
}): Promise<SaveFloor> {
  const pool = new pg.Pool({ connectionString: options.databaseUrl, max: options.poolSize, options: `-c search_path=${options.schema}` });
  const { rows } = await pool.query<{ id: string; body: string }>('select id, body from documents where id = any($1)', [options.ids]);
  const bodies = new Map(rows.map((row) => [row.id, row.body]));
  const writeBatch = createBatchWriter(pool);
  const app = Fastify({ logger: false });
  app.patch<{ Params: { id: string }; Body: { expectedVersion: number } }>('/api/documents/:id/indicators', async (request, reply) => {
    const body = bodies.get(request.params.id);
    if (body === undefined) return reply.code(404).send({ error: 'not found' });
    const version = batched
      ? await writeBatch({ id: request.params.id, body, expectedVersion: request.body.expectedVersion })
      : await updateOne(request.params.id, body, request.body.expectedVersion);
    if (version === undefined) return reply.code(409).send({ current: { version: request.body.expectedVersion } });
    const answer = JSON.stringify({ version, padding: '' });
    return reply
      .header('content-type', 'application/json; charset=utf-8')
      .send(answer.replace('"padding":""', `"padding":"${'x'.repeat(Math.max(0, options.answerBytes - answer.length))}"`));
  });
  async function updateOne(id: string, body: string, expectedVersion: number): Promise<number | undefined> {
    const result = await pool.query<{ version: number }>({
      name: 'save-floor',
      text: withoutBody
        ? 'update documents set version = version + 1, updated_at = $1 where id = $2 and version = $3 returning version'
        : 'update documents set body = $1, version = version + 1, updated_at = $2 where id = $3 and version = $4 returning version',
      values: [...(withoutBody ? [] : [body]), new Date().toISOString(), id, expectedVersion],
    });
    return result.rows[0]?.version;
  }
  const url = await app.listen({ port: 0, host: '127.0.0.1' });
  return {
    url,
    async close() {
      await app.close();
      await pool.end();
    },
  };
}
