/**
 * How long the server takes from `node` to its first answer on /api/health: the built server
 * (dist/server, scripts/build-server.mjs) against the TypeScript through tsx, on an empty database
 * (migrations run) and again on the same database. No demo data, so only start-up is measured.
 */
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { freePort } from '../test-support/free-port.ts';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { Measurement } from './measurement.ts';

const root = path.resolve(import.meta.dirname, '..');

/** Milliseconds from spawn to the first 200 on /api/health. */
async function timeToHealth(args: string[], dataDirectory: string): Promise<number> {
  const port = await freePort();
  const started = performance.now();
  const child = spawn(process.execPath, args, {
    cwd: root,
    stdio: 'ignore',
    env: {
      ...process.env,
      DATABASE_URL: '',
      DATA_DIR: dataDirectory,
      PORT: String(port),
      HOST: '127.0.0.1',
      DEMO_DATA: 'false',
    },
  });
  try {
    for (;;) {
      if (child.exitCode !== null) throw new Error(`server exited with ${child.exitCode}`);
      const ok = await fetch(`http://127.0.0.1:${port}/api/health`).then(
        (response) => response.ok,
        () => false,
      );
      if (ok) return performance.now() - started;
      await new Promise((resolve) => setTimeout(resolve, 20));
    }
  } finally {
    child.kill('SIGTERM');
    await new Promise((resolve) => child.once('exit', resolve));
  }
}

export async function benchServerStart(): Promise<Measurement[]> {
  // @ts-expect-error -- a plain .mjs script without types
  const { buildServer } = (await import('../scripts/build-server.mjs')) as {
    buildServer: () => Promise<string>;
  };
  const buildStarted = performance.now();
  await buildServer();
  const buildMs = performance.now() - buildStarted;
  const measurements: Measurement[] = [
    { name: 'build the server (esbuild)', value: Math.round(buildMs), unit: 'ms' },
  ];
  const ways: Array<[string, string[]]> = [
    ['built', [path.join(root, 'dist', 'server', 'main.mjs')]],
    ['tsx', ['--import', 'tsx', path.join(root, 'server', 'main.ts')]],
  ];
  for (const [way, args] of ways) {
    const dataDirectory = mkdtempSync(path.join(tmpdir(), 'jixiao-bench-start-'));
    try {
      measurements.push({
        name: `server start to /api/health, ${way}, empty database`,
        value: Math.round(await timeToHealth(args, dataDirectory)),
        unit: 'ms',
      });
      measurements.push({
        name: `server start to /api/health, ${way}, second start`,
        value: Math.round(await timeToHealth(args, dataDirectory)),
        unit: 'ms',
      });
    } finally {
      rmSync(dataDirectory, { recursive: true, force: true });
    }
  }
  return measurements;
}
