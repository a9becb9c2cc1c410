/**
 * The command line as a clerk runs it: `jixiao import` of one file (a fresh process each time,
 * through cli/bin/jixiao.mjs and its built bundle) and of a folder of 1,000 files in one process.
 */
import { spawnSync } from 'node:child_process';
import { copyFileSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { median, type Measurement } from './measurement.ts';

const root = path.resolve(import.meta.dirname, '..');
const bin = path.join(root, 'cli', 'bin', 'jixiao.mjs');
const fixture = path.join(root, 'documents', 'monitoring', 'fixtures', 'national-tabs.txt');

function run(args: string[]): number {
  const started = performance.now();
  const result = spawnSync(process.execPath, [bin, ...args], {
    encoding: 'utf8',
    maxBuffer: 256 * 1024 * 1024,
  });
  const ms = performance.now() - started;
  if (result.status !== 0)
    throw new Error(`jixiao ${args[0]} exited ${result.status}: ${result.stderr.slice(0, 300)}`);
  return ms;
}

export async function benchCli(files = 1000): Promise<Measurement[]> {
  run(['import', fixture]); // builds dist/cli when sources changed, warms the file cache
  const one = median(Array.from({ length: 7 }, () => run(['import', fixture])));
  const folder = mkdtempSync(path.join(tmpdir(), 'jixiao-bench-cli-'));
  try {
    for (let index = 0; index < files; index += 1)
      copyFileSync(fixture, path.join(folder, `${String(index).padStart(4, '0')}-监控表.txt`));
    const batch = run(['import', folder]);
    return [
      {
        name: 'jixiao import one file, wall (median of 7 fresh processes)',
        value: Math.round(one),
        unit: 'ms',
      },
      {
        name: `jixiao import a folder of ${files.toLocaleString('en')} files, wall`,
        value: Math.round(batch),
        unit: 'ms',
      },
      {
        name: 'jixiao import per file in a folder',
        value: Math.round((batch / files) * 10) / 10,
        unit: 'ms',
      },
    ];
  } finally {
    rmSync(folder, { recursive: true, force: true });
  }
}
