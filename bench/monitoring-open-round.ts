/**
 * Part of bench/monitoring-overview.bench.ts: opening a later round of the year (1-9月 after the
 * seeded 1-6月) as the province's finance bureau, which carries each unit's table forward as its
 * next revision (server/services/monitoring/open-monitoring-round.ts). For the round to open over
 * every unit, every target table of the year is made approved and every 1-6月 table handed in
 * first; afterwards the new round, its tables and audit entries are deleted and the states put
 * back, so the seeded database stays as it was for the next run.
 */
import type { Kysely } from 'kysely';
import type { ApiApp } from '../server/http/api-app.ts';
import type { QueryCounter } from '../server/db/query-counter.ts';
import type { Database } from '../server/db/schema.ts';
import type { Measurement } from './measurement.ts';

const idsPerStatement = 500;

async function restoreStates(db: Kysely<Database>, saved: ReadonlyArray<{ id: string; state: string }>): Promise<void> {
  const byState = new Map<string, string[]>();
  for (const row of saved) byState.set(row.state, [...(byState.get(row.state) ?? []), row.id]);
  for (const [state, ids] of byState) {
    for (let start = 0; start < ids.length; start += idsPerStatement) {
      await db.updateTable('documents').set({ state }).where('id', 'in', ids.slice(start, start + idsPerStatement)).execute();
    }
  }
}

async function deleteRound(db: Kysely<Database>, roundId: string): Promise<void> {
  const tables = await db.selectFrom('monitoring_round_entries').select('document_id').where('round_id', '=', roundId).where('document_id', 'is not', null).execute();
  const ids = tables.map((row) => row.document_id!);
  await db.deleteFrom('monitoring_round_entries').where('round_id', '=', roundId).execute();
  await db.deleteFrom('monitoring_rounds').where('id', '=', roundId).execute();
  for (let start = 0; start < ids.length; start += idsPerStatement) {
    const part = ids.slice(start, start + idsPerStatement);
    await db.deleteFrom('audit_entries').where('document_id', 'in', part).execute();
    await db.deleteFrom('documents').where('id', 'in', part).execute();
  }
}

export async function benchOpenLaterRound(input: {
  name: string;
  app: ApiApp;
  db: Kysely<Database>;
  counter: QueryCounter;
  headers: Record<string, string>;
  year: number;
}): Promise<Measurement[]> {
  const { db, year } = input;
  const saved = await db
    .selectFrom('documents')
    .select(['id', 'state'])
    .where('year', '=', year)
    .where((eb) =>
      eb.or([
        eb.and([eb('kind', '=', 'monitoring'), eb('state', 'in', ['draft', 'returned'])]),
        eb.and([eb('kind', '=', 'target-table'), eb('state', 'not in', ['approved', 'published'])]),
      ]),
    )
    .execute();
  await db.updateTable('documents').set({ state: 'submitted' }).where('kind', '=', 'monitoring').where('year', '=', year).where('state', 'in', ['draft', 'returned']).execute();
  await db.updateTable('documents').set({ state: 'approved' }).where('kind', '=', 'target-table').where('year', '=', year).where('state', 'not in', ['approved', 'published']).execute();
  let roundId: string | null = null;
  try {
    input.counter.reset();
    const began = performance.now();
    const cpuBefore = process.cpuUsage();
    const response = await input.app.inject({
      method: 'POST',
      url: '/api/monitoring-rounds',
      headers: input.headers,
      payload: { year, title: '基准测试：1-9月', period: { throughMonth: 9 }, deadline: `${year}-10-31` },
    });
    const cpu = process.cpuUsage(cpuBefore);
    const elapsed = performance.now() - began;
    if (response.statusCode !== 201) throw new Error(`open a 1-9月 round: ${response.statusCode} ${response.body.slice(0, 300)}`);
    const answer = response.json() as { round: { id: string }; created: number };
    roundId = answer.round.id;
    const label = `${input.name}: open a later round (1-9月 after 1-6月, each unit's table carried forward), province finance`;
    return [
      { name: `${label}, ${answer.created} tables, ${input.counter.count} SQL statements, ${Math.round(response.rawPayload.length / 1024)} KB`, value: Math.round(elapsed), unit: 'ms' },
      { name: `${label}, CPU of this process (its worker threads' analyses included)`, value: Math.round((cpu.user + cpu.system) / 1000), unit: 'ms' },
    ];
  } finally {
    roundId ??= (await db.selectFrom('monitoring_rounds').select('id').where('title', '=', '基准测试：1-9月').executeTakeFirst())?.id ?? null;
    if (roundId) await deleteRound(db, roundId);
    await restoreStates(db, saved);
  }
}
