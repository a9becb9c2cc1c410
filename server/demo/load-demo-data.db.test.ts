import { afterEach, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../test-support/create-test-app.ts';
import { listTestDialects } from '../test-support/test-database.ts';
import { demoOrganisations, demoUsers } from './demo-organisations.ts';
import { describeDemoLogins, loadDemoData } from './load-demo-data.ts';

describe.each(await listTestDialects())('demo data and sign-in on $dialect', ({ dialect, isAvailable }) => {
  let testApp: TestApp | undefined;
  afterEach(async () => {
    await testApp?.close();
  });

  it.skipIf(!isAvailable)('loads the demo bureau once, with a user for every role who can sign in', async () => {
    testApp = await createTestApp({ dialect });
    expect(await testApp.deps.repositories.organisations.count()).toBe(demoOrganisations.length);
    expect(new Set(demoUsers.map((user) => user.role))).toEqual(new Set(['admin', 'finance-reviewer', 'supervisor-reviewer', 'unit-filler', 'unit-leader']));
    expect(await loadDemoData(testApp.deps)).toEqual({ isLoaded: false });
    expect(await testApp.deps.repositories.organisations.count()).toBe(demoOrganisations.length);

    const { headers } = await testApp.signIn('justice-leader');
    const session = await testApp.app.inject({ method: 'GET', url: '/api/session', headers });
    expect(session.json().user).toMatchObject({ role: 'unit-leader', organisationName: '示范县司法局' });
    expect((await testApp.app.inject({ method: 'POST', url: '/api/logout', headers })).statusCode).toBe(204);
    expect((await testApp.app.inject({ method: 'GET', url: '/api/health' })).json().database).toBe(dialect);
  });

  it('prints every demo login', () => {
    const text = describeDemoLogins().join('\n');
    for (const user of demoUsers) expect(text).toContain(user.username);
    expect(text).toContain('jixiao2026');
  });
});
