import { afterEach, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../test-support/create-test-app.ts';
import { createTestDatabase, listTestDialects } from '../test-support/test-database.ts';
import { readConfig } from '../config.ts';
import { createServiceDeps } from '../services/deps.ts';
import { verifyPassword } from '../services/sessions/password.ts';
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

  it('prints every demo login with its own password', () => {
    const text = describeDemoLogins({ admin: 'abcd-efgh-jkmn-pq' }).join('\n');
    for (const user of demoUsers) expect(text).toContain(user.username);
    expect(text).toContain('abcd-efgh-jkmn-pq');
  });

  it.skipIf(!isAvailable)('gives every demo account its own random password per install, stored hashed, marked as demo', async () => {
    const installs = [];
    for (let index = 0; index < 2; index += 1) {
      const database = await createTestDatabase(dialect);
      const deps = createServiceDeps({ db: database.db, config: { ...readConfig({ DEMO_DATA: 'false' }) } });
      const loaded = await loadDemoData(deps, { shouldSeedDocuments: false });
      if (!loaded.isLoaded) throw new Error('not loaded');
      const rows = await database.db.selectFrom('users').select(['username', 'password_hash', 'is_demo']).execute();
      installs.push(loaded.passwords);
      expect(rows.every((row) => row.is_demo === 1 && row.password_hash.startsWith('$argon2id$'))).toBe(true);
      for (const row of rows) expect(row.password_hash).not.toContain(loaded.passwords[row.username]!);
      const admin = await deps.repositories.users.findCredentials('admin');
      expect(await verifyPassword({ passwordHash: admin!.passwordHash, password: loaded.passwords.admin! })).toBe(true);
      await database.close();
    }
    const [first, second] = installs;
    expect(new Set(Object.values(first!)).size).toBe(demoUsers.length);
    for (const user of demoUsers) {
      expect(first![user.username]).toMatch(/^[\w]{4}-[\w]{4}-[\w]{4}-[\w]{2}$/);
      expect(first![user.username]).not.toBe(second![user.username]);
    }
  });
});
