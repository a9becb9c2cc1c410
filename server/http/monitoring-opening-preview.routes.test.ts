/**
 * The preview before a monitoring round is opened: what it counts is what opening then does (the
 * tables generated, the units left without), only approved or published target tables count, once
 * per unit and project whatever their revisions, and a year without any says so, on SQLite and PostgreSQL.
 */
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { createTestApp, type TestApp } from '../test-support/create-test-app.ts';
import { listTestDialects } from '../test-support/test-database.ts';
import { createDocumentInState, createSessionCache } from './documents-test-support.ts';

describe.each(await listTestDialects())('monitoring round opening preview on $dialect', ({ dialect, isAvailable }) => {
  let testApp: TestApp;
  let signIn: ReturnType<typeof createSessionCache>;
  let year: number;
  // Years no test document is given (createDocumentInState counts up from 2040).
  const emptyYear = 2098;
  const closedYear = 2099;
  const it = isAvailable ? test : test.skip;

  beforeAll(async () => {
    if (!isAvailable) return;
    testApp = await createTestApp({ dialect, startAt: '2026-06-20T02:00:00.000Z' });
    signIn = createSessionCache(testApp);
    const police = await createDocumentInState(testApp, { unitKey: 'police', state: 'approved' });
    year = police.year;
    // createDocumentInState gives each document its own year: move the others into the police's.
    for (const [unitKey, state] of [['school', 'published'], ['justice', 'submitted'], ['primary', 'draft']] as const) {
      const stored = await createDocumentInState(testApp, { unitKey, state });
      await testApp.database.db.updateTable('documents').set({ year, body: JSON.stringify({ ...stored.body, year }) }).where('id', '=', stored.id).execute();
    }
    // A second approved revision of the police's table (an 调整) is still one table.
    const revised = await createDocumentInState(testApp, { unitKey: 'police', state: 'approved' });
    await testApp.database.db.updateTable('documents').set({ year, revision: police.revision + 1, body: JSON.stringify({ ...revised.body, year }) }).where('id', '=', revised.id).execute();
  });
  afterAll(async () => {
    await testApp?.close();
  });

  async function preview(query: string) {
    return testApp.app.inject({ method: 'GET', url: `/api/monitoring-rounds/opening-preview${query}`, headers: (await signIn('finance')).headers });
  }

  it('counts what opening the round then generates, and who is left without', async () => {
    const answer = await preview(`?year=${year}`);
    expect(answer.statusCode).toBe(200);
    const counted = answer.json();
    expect({ tables: counted.tables, units: counted.units, isYearOpen: counted.isYearOpen }).toEqual({ tables: 2, units: 2, isYearOpen: true });
    expect(counted.years).toContainEqual({ year, tables: 2 });
    const opened = await testApp.app.inject({
      method: 'POST',
      url: '/api/monitoring-rounds',
      headers: (await signIn('finance')).headers,
      payload: { year, period: { throughMonth: 6 }, deadline: '2026-06-30' },
    });
    expect(opened.statusCode).toBe(201);
    expect({ tables: opened.json().created, unitsWithout: opened.json().withoutTargets.length }).toEqual({ tables: counted.tables, unitsWithout: counted.unitsWithout });
    expect(counted.unitsWithout).toBeGreaterThan(0);
  });

  it('says a year has no approved targets, and names the years that do', async () => {
    const counted = (await preview(`?year=${emptyYear}`)).json();
    expect({ tables: counted.tables, units: counted.units }).toEqual({ tables: 0, units: 0 });
    expect(counted.unitsWithout).toBe((await preview(`?year=${year}`)).json().unitsWithout + 2);
    expect(counted.years.map((row: { year: number }) => row.year)).toContain(year);
    expect(counted.years.map((row: { year: number }) => row.year)).not.toContain(emptyYear);
  });

  it('says when the year is closed, and refuses a year that is not a number', async () => {
    await testApp.deps.repositories.fiscalYears.save({ year: closedYear, isOpen: false });
    expect((await preview(`?year=${closedYear}`)).json().isYearOpen).toBe(false);
    expect((await preview('?year=明年')).statusCode).toBe(400);
  });
});
