import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../test-support/create-test-app.ts';

describe('fiscal year routes', () => {
  let testApp: TestApp;
  beforeAll(async () => {
    testApp = await createTestApp();
  });
  afterAll(async () => {
    await testApp.close();
  });

  it('lists the demo years newest first to anyone signed in', async () => {
    const { headers } = await testApp.signIn('school-filler');
    const response = await testApp.app.inject({ method: 'GET', url: '/api/fiscal-years', headers });
    expect(response.json().items).toEqual([
      { year: 2026, isOpen: true },
      { year: 2025, isOpen: true },
      { year: 2024, isOpen: true },
    ]);
  });

  it('lets the administrator add a year and close one', async () => {
    const { headers } = await testApp.signIn('admin');
    expect((await testApp.app.inject({ method: 'PUT', url: '/api/fiscal-years/2027', headers, payload: { isOpen: true } })).json()).toEqual({ year: 2027, isOpen: true });
    await testApp.app.inject({ method: 'PUT', url: '/api/fiscal-years/2024', headers, payload: { isOpen: false } });
    const years = (await testApp.app.inject({ method: 'GET', url: '/api/fiscal-years', headers })).json().items;
    expect(years[0]).toEqual({ year: 2027, isOpen: true });
    expect(years.at(-1)).toEqual({ year: 2024, isOpen: false });
  });

  it('refuses a year outside 1990–2100 with 400 and other roles with 403', async () => {
    const admin = await testApp.signIn('admin');
    const bad = await testApp.app.inject({ method: 'PUT', url: '/api/fiscal-years/3000', headers: admin.headers, payload: { isOpen: true } });
    expect(bad.statusCode).toBe(400);
    expect(bad.json().message).toMatch(/年度须在 1990–2100 之间/);
    const finance = await testApp.signIn('finance');
    expect((await testApp.app.inject({ method: 'PUT', url: '/api/fiscal-years/2028', headers: finance.headers, payload: { isOpen: true } })).statusCode).toBe(403);
  });
});
