import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { createTestApp, type TestApp } from '../test-support/create-test-app.ts';
import { listTestDialects } from '../test-support/test-database.ts';

describe.each(await listTestDialects())('demo indicator library on $dialect', ({ dialect, isAvailable }) => {
  let testApp: TestApp;
  const it = isAvailable ? test : test.skip;

  beforeAll(async () => {
    if (!isAvailable) return;
    testApp = await createTestApp({ dialect, withDemoDocuments: true });
  });
  afterAll(async () => {
    await testApp?.close();
  });

  it('suggests 满意度 indicators on a fresh start, with the unit’s last values and the peers’ median', async () => {
    const { headers } = await testApp.signIn('police-filler');
    const response = await testApp.app.inject({ method: 'GET', url: `/api/indicator-library/suggestions?q=${encodeURIComponent('满意度')}&year=2026`, headers });
    const { items, sector } = response.json();
    expect(sector).toBe('公安');
    const safety = items.find((item: { name: string }) => item.name === '群众安全感满意度');
    // 2025: the six peers' targets 90 … 96 (±3 around 93); the police bureau's own 93 (actual 94) and
    // its approved demo target table's 95 are left out of its peers: six users, median 93.
    expect(safety).toMatchObject({ unit: '%', direction: 'higher-better', entry: { status: 'confirmed' }, own: { year: 2025, actualValue: 94 }, peers: { sector: '公安', year: 2025, users: 6, median: 93 } });
  });

  it('ships the 共性指标 as confirmed entries', async () => {
    const { headers } = await testApp.signIn('finance');
    const response = await testApp.app.inject({ method: 'GET', url: '/api/indicator-library?kind=common', headers });
    expect(response.json().items.map((entry: { name: string }) => entry.name)).toEqual(expect.arrayContaining(['预算执行率', '结转结余率', '三公经费控制率', '政府采购执行率']));
  });
});
