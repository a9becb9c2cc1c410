#!/usr/bin/env node
// Builds the command line (cli/main.ts) into one JavaScript file, dist/cli/main.mjs, with esbuild
// (installed with tsx), so `jixiao import` starts without compiling TypeScript (issue 14 item 5).
// Runs at `npm install` (postinstall) and again from cli/bin/jixiao.mjs when a source is newer.
// dist/cli/inputs.json lists the sources, for that staleness check.
import { mkdirSync, renameSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
export const defaultCliOutDirectory = path.join(root, 'dist', 'cli');

/**
 * The database commands (backup, accounts) read TypeScript migrations and files next to their
 * sources: they stay outside the bundle, imported from their source when run (the launcher
 * registers tsx for them).
 */
const sourceOnlyModules = /[/\\]cli[/\\]commands[/\\](?:backup|accounts)\.ts$/;

/** Builds dist/cli (or `outDirectory`); returns the bundle's path. Throws when esbuild fails. */
export async function buildCli(outDirectory = defaultCliOutDirectory) {
  const esbuild = await import('esbuild');
  const result = await esbuild.build({
    entryPoints: [path.join(root, 'cli', 'main.ts')],
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node20',
    packages: 'external',
    write: false,
    metafile: true,
    logLevel: 'silent',
    plugins: [
      {
        name: 'source-only-modules',
        setup(build) {
          build.onResolve({ filter: /commands[/\\](?:backup|accounts)\.ts$/ }, (args) => {
            const file = path.resolve(args.resolveDir, args.path);
            return sourceOnlyModules.test(file) ? { path: pathToFileURL(file).href, external: true } : undefined;
          });
        },
      },
    ],
  });
  mkdirSync(outDirectory, { recursive: true });
  const bundle = path.join(outDirectory, 'main.mjs');
  const inputs = Object.keys(result.metafile.inputs).map((input) => path.resolve(root, input));
  // Written under a temporary name and renamed: two first runs at once never see half a file.
  const writeAtomically = (file, contents) => {
    const temporary = `${file}.${process.pid}.tmp`;
    writeFileSync(temporary, contents);
    renameSync(temporary, file);
  };
  writeAtomically(path.join(outDirectory, 'inputs.json'), JSON.stringify(inputs));
  writeAtomically(bundle, result.outputFiles[0].contents);
  return bundle;
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const started = performance.now();
  try {
    const bundle = await buildCli();
    console.log(`命令行已构建：${path.relative(root, bundle)}（${Math.round(performance.now() - started)} ms）`);
  } catch (error) {
    // Never fail `npm install`: the launcher falls back to running the TypeScript through tsx.
    console.warn(`命令行构建失败，将直接运行 TypeScript（较慢）：${error instanceof Error ? error.message : error}`);
  }
}
