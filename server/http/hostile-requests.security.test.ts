/**
 * Hostile requests against the whole app (issue 9): the hostile-file set through the import route
 * (each refused with its status and a Chinese message, nothing saved, no temp file left), health
 * answering while the worker pool is busy, a NUL character refused at the edge, oversized fields
 * refused by the schemas, and the security headers on the web app, the API and /api/docs.
 */
import { mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildHostileFiles, type HostileFile } from '../../test-support/hostile-files.ts';
import { makeRun } from '../../test-support/hostile-text.ts';
import { createEmptyDocument } from '../../core/model.ts';
import { createTestApp, type TestApp } from '../test-support/create-test-app.ts';
import { createSessionCache } from './documents-test-support.ts';

const expectedStatus: Record<string, [number, string]> = {
  'far-row.xlsx': [413, 'too-many-cells'],
  'many-rows.xlsx': [413, 'too-many-rows'],
  'wide.xlsx': [413, 'too-many-cells'],
  'huge-merge.xlsx': [413, 'too-many-cells'],
  'sheet-order.xlsx': [422, 'not-a-document'],
  'grid-span.docx': [413, 'too-many-cells'],
  'many-rows.docx': [413, 'too-many-rows'],
  'bomb.xlsx': [413, 'zip-bomb'],
  'encrypted.xlsx': [422, 'encrypted'],
  'damaged.pdf': [422, 'damaged-file'],
  'bomb.ofd': [413, 'zip-bomb'],
  'entities.ofd': [422, 'damaged-file'],
  'many-pages.ofd': [413, 'too-many-rows'],
  'no-entry.ofd': [422, 'damaged-file'],
  'runs.txt': [413, 'document-too-large'],
};

describe('hostile requests', () => {
  let testApp: TestApp;
  let signIn: ReturnType<typeof createSessionCache>;
  let files: HostileFile[];
  let temporary: string;
  const originalTemp = process.env.TMPDIR;

  beforeAll(async () => {
    // Our own temp directory (os.tmpdir() follows TMPDIR; the worker threads inherit it).
    temporary = mkdtempSync(path.join(tmpdir(), 'jixiao-hostile-http-'));
    process.env.TMPDIR = temporary;
    testApp = await createTestApp({ withWorkerPool: true });
    signIn = createSessionCache(testApp);
    files = buildHostileFiles();
  }, 120_000);
  afterAll(async () => {
    await testApp?.close();
    if (originalTemp === undefined) delete process.env.TMPDIR;
    else process.env.TMPDIR = originalTemp;
    rmSync(temporary, { recursive: true, force: true });
  });

  async function post(url: string, payload: object) {
    return testApp.app.inject({ method: 'POST', url, headers: (await signIn('police-filler')).headers, payload });
  }

  async function countDocuments(): Promise<number> {
    return (await testApp.deps.repositories.documents.list({ limit: 1000 })).total;
  }

  it('refuses every hostile file with its status, saves nothing and leaves no temp file', async () => {
    const before = await countDocuments();
    // Top-level entries only: tsx keeps its compile cache in a folder of its own there.
    const entriesBefore = readdirSync(temporary).filter((entry) => !entry.startsWith('tsx-'));
    for (const file of files) {
      const response = await post('/api/documents/import', { fileName: file.fileName, contentBase64: file.bytes.toString('base64') });
      const [status, code] = expectedStatus[file.fileName] ?? [0, ''];
      expect({ file: file.fileName, status: response.statusCode, code: response.json().code }).toEqual({ file: file.fileName, status, code });
      expect(response.json().message, file.label).toMatch(/[\u4e00-\u9fff]/);
      expect(readdirSync(temporary).filter((entry) => !entry.startsWith('tsx-')), `temp files after ${file.label}`).toEqual(entriesBefore);
    }
    expect(await countDocuments()).toBe(before);
  }, 300_000);

  it('answers /api/health while every worker thread is busy', async () => {
    const events: string[] = [];
    const slowJob = testApp.deps.heavyWork.probe({ milliseconds: 4_000 }).then(() => events.push('job done'));
    for (let attempt = 0; attempt < 5; attempt++) {
      const response = await testApp.app.inject({ method: 'GET', url: '/api/health' });
      expect(response.statusCode).toBe(200);
      events.push('health');
    }
    await slowJob;
    expect(events).toEqual(['health', 'health', 'health', 'health', 'health', 'job done']);
  }, 120_000);

  it('refuses a NUL character in a JSON body or a query with 400, saving nothing', async () => {
    const before = await countDocuments();
    const upload = await post('/api/documents/upload', { text: '2023年度部门整体支出绩效目标表\u0000' });
    expect(upload.statusCode).toBe(400);
    expect(upload.json()).toMatchObject({ code: 'nul-character', message: expect.stringContaining('空字符') });
    const query = await testApp.app.inject({ method: 'GET', url: '/api/documents?project=%00', headers: (await signIn('police-filler')).headers });
    expect(query.statusCode).toBe(400);
    expect(await countDocuments()).toBe(before);
  });

  it('refuses an 80,000-character 指标值 in a score preview at the schema, at once', async () => {
    const document = createEmptyDocument('self-evaluation');
    const text = makeRun('.', 80_000);
    document.goals = [{ name: '', indicators: [{ level1: '产出指标', level2: '数量指标', name: '培训', target: { text, operator: null, value: null, unit: null, direction: 'qualitative', change: null, qualitative: null } }] }];
    const response = await post('/api/documents/preview-score', { body: document });
    expect(response.statusCode).toBe(400);
    expect(response.json().message).toContain('goals.0.indicators.0.target.text');
  });

  it.each([
    ['the API', '/api/health'],
    ['the API docs', '/api/docs/'],
    ['the web app', '/'],
  ])('sends the security headers on %s', async (_label, url) => {
    const response = await testApp.app.inject({ method: 'GET', url });
    expect(response.statusCode).toBe(200);
    const policy = String(response.headers['content-security-policy']);
    expect(policy).toContain("default-src 'self'");
    expect(policy).toContain("script-src 'self'");
    expect(policy).toContain("frame-ancestors 'none'");
    expect(policy).not.toContain('upgrade-insecure-requests');
    expect(response.headers).toMatchObject({ 'x-content-type-options': 'nosniff', 'x-frame-options': 'DENY', 'referrer-policy': 'same-origin' });
    // Plain http (no COOKIE_SECURE): no HSTS, which would lock browsers out of an http-only office server.
    expect(response.headers['strict-transport-security']).toBeUndefined();
  });

  it('adds HSTS when the server is reached over https', async () => {
    const secureApp = await createTestApp({ config: { isCookieSecure: true } });
    try {
      const response = await secureApp.app.inject({ method: 'GET', url: '/api/health' });
      expect(response.headers['strict-transport-security']).toMatch(/max-age=\d+/);
      expect(String(response.headers['content-security-policy'])).toContain('upgrade-insecure-requests');
    } finally {
      await secureApp.close();
    }
  }, 60_000);
});
