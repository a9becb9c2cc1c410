/**
 * The built server (scripts/build-server.mjs, issue 14 item 5) runs in plain Node: it migrates a
 * fresh database with the migrations compiled in, serves, and its worker entry does the heavy work.
 */
import { spawn, spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { freePort } from '../test-support/free-port.ts';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
// @ts-expect-error -- a plain .mjs script without types
import { buildServer, isServerBuildCurrent } from './build-server.mjs';

const root = path.join(import.meta.dirname, '..');
// Inside the checkout, so the bundle finds node_modules as dist/server does.
const outDirectory = path.join(root, 'dist', `server-test-${process.pid}`);
const dataDirectory = mkdtempSync(path.join(tmpdir(), 'jixiao-built-server-'));
const migrations = readdirSync(path.join(root, 'server', 'db', 'migrations')).filter((file) =>
  /^\d{14}_.*\.ts$/.test(file),
);

describe('the built server', () => {
  afterAll(() => {
    rmSync(outDirectory, { recursive: true, force: true });
    rmSync(dataDirectory, { recursive: true, force: true });
  });

  it('builds flat (every chunk beside worker-entry.mjs) and knows itself current', async () => {
    await buildServer(outDirectory);
    const files = readdirSync(outDirectory, { withFileTypes: true });
    expect(files.filter((entry) => entry.isDirectory())).toEqual([]);
    expect(files.map((entry) => entry.name)).toEqual(
      expect.arrayContaining(['main.mjs', 'worker-entry.mjs', 'common-passwords.txt']),
    );
    const { inputs } = JSON.parse(readFileSync(path.join(outDirectory, 'inputs.json'), 'utf8')) as {
      inputs: string[];
    };
    expect(inputs).toContain(path.join(root, 'server', 'main.ts'));
    for (const migration of migrations)
      expect(inputs).toContain(path.join(root, 'server', 'db', 'migrations', migration));
    expect(isServerBuildCurrent(outDirectory)).toBe(true);
  }, 120_000);

  it('starts in plain Node on a fresh database, applies every migration and answers /api/health', async () => {
    const port = await freePort();
    const child = spawn(process.execPath, [path.join(outDirectory, 'main.mjs')], {
      cwd: root,
      env: {
        ...process.env,
        DATABASE_URL: '',
        DATA_DIR: dataDirectory,
        PORT: String(port),
        HOST: '127.0.0.1',
        DEMO_DATA: 'false',
        NODE_ENV: 'development',
      },
    });
    let output = '';
    child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
    try {
      let status = 0;
      for (let attempt = 0; attempt < 240 && status !== 200 && child.exitCode === null; attempt += 1) {
        status = await fetch(`http://127.0.0.1:${port}/api/health`).then(
          (response) => response.status,
          () => 0,
        );
        if (status !== 200) await new Promise((resolve) => setTimeout(resolve, 250));
      }
      expect(status, output).toBe(200);
      for (const migration of migrations) expect(output).toContain(migration.replace(/\.ts$/, ''));
    } finally {
      child.kill('SIGTERM');
    }
  }, 90_000);

  it('its worker entry reads a file as the TypeScript task does', () => {
    const fixture = path.join(root, 'documents', 'monitoring', 'fixtures', 'national-tabs.txt');
    const script = [
      `const { default: run } = await import(${JSON.stringify(pathToFileURL(path.join(outDirectory, 'worker-entry.mjs')).href)});`,
      `const bytes = (await import('node:fs')).readFileSync(${JSON.stringify(fixture)});`,
      `const { value: document } = await run({ kind: 'import-file', bytes, fileName: 'national-tabs.txt', limits: {} });`,
      'process.stdout.write(JSON.stringify({ kind: document.kind, indicators: document.goals.flatMap((goal) => goal.indicators).length }));',
    ].join('\n');
    const result = spawnSync(process.execPath, ['--input-type=module', '-e', script], {
      encoding: 'utf8',
      cwd: root,
    });
    expect(result.stderr).toBe('');
    const read = JSON.parse(result.stdout) as { kind: string; indicators: number };
    expect(read.kind).toBe('monitoring');
    expect(read.indicators).toBeGreaterThan(0);
  });
});
