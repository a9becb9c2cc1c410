#!/usr/bin/env node
// Builds the command line (cli/main.ts) into one JavaScript file, dist/cli/main.mjs, with esbuild
// (installed with tsx), so `jixiao import` starts without compiling TypeScript (issue 14 item 5).
// Runs at `npm install` (postinstall) and again from cli/bin/jixiao.mjs when a source is newer.
// dist/cli/inputs.json lists the sources, for that staleness check.
import { mkdirSync, readdirSync, rmSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { writeAtomically } from './write-atomically.mjs';

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
    entryPoints: { main: path.join(root, 'cli', 'main.ts') },
    // Split: what is imported on first use (the .docx writers, …) becomes a chunk of its own, so
    // its packages are not loaded by a command that does not need them.
    splitting: true,
    outdir: outDirectory,
    chunkNames: '[name]-[hash]',
    outExtension: { '.js': '.mjs' },
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node20',
    write: false,
    metafile: true,
    logLevel: 'silent',
    minify: true,
    keepNames: true,
    plugins: [
      {
        // Packages stay outside the bundle (node_modules is there at run time), except zod:
        // loaded as a package it is about a hundred modules (every locale among them) and costs
        // about 90 ms of a command's start; bundled, only the parts in use are compiled.
        name: 'external-packages',
        setup(build) {
          build.onResolve({ filter: /^[^./]/ }, (args) =>
            /^zod(?:\/|$)/.test(args.path) || args.path.startsWith('file:') ? undefined : { path: args.path, external: true },
          );
        },
      },
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
  // Chunks first, the entry next, the list of inputs last (it marks the build complete).
  mkdirSync(outDirectory, { recursive: true });
  const bundle = path.join(outDirectory, 'main.mjs');
  for (const file of result.outputFiles.filter((output) => output.path !== bundle)) writeAtomically(file.path, file.contents);
  writeAtomically(bundle, result.outputFiles.find((output) => output.path === bundle).contents);
  // Chunks of earlier builds go once nothing refers to them.
  const written = new Set(result.outputFiles.map((output) => path.basename(output.path)));
  for (const file of readdirSync(outDirectory)) if (/-[A-Z0-9]{8}\.mjs$/.test(file) && !written.has(file)) rmSync(path.join(outDirectory, file));
  const inputs = Object.keys(result.metafile.inputs).map((input) => path.resolve(root, input));
  writeAtomically(path.join(outDirectory, 'inputs.json'), JSON.stringify(inputs));
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
