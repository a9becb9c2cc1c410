/**
 * The built command line (scripts/build-cli.mjs, issue 14 item 5) behaves as the TypeScript one:
 * the bundle runs in plain Node (no tsx) and prints what cli/main.ts prints for the same file.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, rmSync } from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { main } from '../cli/main.ts';
// @ts-expect-error -- a plain .mjs script without types
import { buildCli } from './build-cli.mjs';

const root = path.join(import.meta.dirname, '..');
// Inside the checkout, so the bundle finds node_modules as dist/cli does.
const outDirectory = path.join(root, 'dist', `cli-test-${process.pid}`);
const fixture = path.join(root, 'documents', 'monitoring', 'fixtures', 'national-tabs.txt');

async function runInProcess(argv: string[]): Promise<{ status: number; stdout: string }> {
  const lines: string[] = [];
  const status = await main(argv, (text) => void lines.push(text));
  return { status, stdout: `${lines.join('\n')}\n` };
}

describe('the built command line', () => {
  afterAll(() => rmSync(outDirectory, { recursive: true, force: true }));

  it('builds one bundle that runs in plain Node and prints what the TypeScript prints', async () => {
    const bundle: string = await buildCli(outDirectory);
    expect(existsSync(bundle)).toBe(true);
    const inputs = JSON.parse(readFileSync(path.join(outDirectory, 'inputs.json'), 'utf8')) as string[];
    expect(inputs).toContain(path.join(root, 'cli', 'main.ts'));
    expect(inputs).toContain(path.join(root, 'core', 'analyse.ts'));
    // zod is bundled (loaded as a package it costs about 90 ms of every start); other packages are not.
    const code = readFileSync(bundle, 'utf8');
    expect(code).not.toMatch(/from\s*["']zod["']/);
    expect(code).toMatch(/from\s*["']opencc-js\/t2cn["']/);

    const script = `const { main } = await import(${JSON.stringify(pathToFileURL(bundle).href)}); process.exitCode = await main(process.argv.slice(1));`;
    for (const argv of [['import', fixture], ['import', '--json', fixture], ['check', fixture]]) {
      const result = spawnSync(process.execPath, ['--input-type=module', '-e', script, ...argv], { encoding: 'utf8', cwd: root });
      expect(result.stderr).toBe('');
      expect(result.stdout.length).toBeGreaterThan(100);
      expect({ status: result.status, stdout: result.stdout }).toEqual(await runInProcess(argv));
    }
  });
});
