#!/usr/bin/env node
// Entry of `npx jixiao`: runs the built JavaScript (dist/cli/main.mjs, scripts/build-cli.mjs), so
// a command starts without compiling TypeScript. The build is made at `npm install` and made again
// here when missing or older than a source; without esbuild the TypeScript runs through tsx.
import { existsSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
const outDirectory = path.join(root, 'dist', 'cli');
const bundle = path.join(outDirectory, 'main.mjs');
// These load TypeScript from the sources (migrations, …): tsx is registered for them.
const sourceCommands = new Set(['backup', 'restore', 'create-admin', 'reset-password']);

function isBuildCurrent() {
  try {
    const builtAt = statSync(bundle).mtimeMs;
    const inputs = JSON.parse(readFileSync(path.join(outDirectory, 'inputs.json'), 'utf8'));
    return inputs.every((input) => statSync(input).mtimeMs <= builtAt);
  } catch {
    return false;
  }
}

async function loadMain() {
  const command = process.argv[2];
  if (isBuildCurrent() || (existsSync(path.join(root, 'scripts', 'build-cli.mjs')) && (await tryBuild()))) {
    if (sourceCommands.has(command)) (await import('tsx/esm/api')).register();
    return (await import(pathToFileURL(bundle).href)).main;
  }
  (await import('tsx/esm/api')).register();
  return (await import('../main.ts')).main;
}

async function tryBuild() {
  try {
    const { buildCli } = await import('../../scripts/build-cli.mjs');
    await buildCli(outDirectory);
    return true;
  } catch {
    return false;
  }
}

const main = await loadMain();
process.exitCode = await main(process.argv.slice(2));
