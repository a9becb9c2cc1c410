#!/usr/bin/env node
// Builds the server into JavaScript with esbuild (issue 14 item 5), so `npm start` runs it without
// compiling TypeScript at every start:
//   dist/server/main.mjs          server/main.ts with every migration compiled in
//   dist/server/worker-entry.mjs  the worker threads' tasks (server/workers/heavy-tasks.ts); the
//                                 server finds it next to itself, as it finds the TypeScript one
//   dist/server/*-HASH.mjs        chunks: code both share, and what is imported on first use
//   dist/server/common-passwords.txt, read by the password policy next to its module
//   dist/server/inputs.json       the sources, for the staleness check in scripts/start.mjs
// `npm run dev` and the unit tests run the TypeScript through tsx; the journeys (e2e/serve.ts) run this build.
import { copyFileSync, mkdirSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import path from 'node:path';
import { writeAtomically } from './write-atomically.mjs';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
export const defaultServerOutDirectory = path.join(root, 'dist', 'server');
const migrationsDirectory = path.join(root, 'server', 'db', 'migrations');
const migrationFilePattern = /^\d{14}_[a-z0-9_]+\.ts$/;

/** The entry's source: the migrations imported statically and handed to server/db/migrate.ts, then the server. */
function serverEntry() {
  const files = readdirSync(migrationsDirectory).filter((file) => migrationFilePattern.test(file)).sort();
  const imports = files.map((file, index) => `import * as migration${index} from ${JSON.stringify(path.join(migrationsDirectory, file))};`);
  const table = files.map((file, index) => `  ${JSON.stringify(file.replace(/\.ts$/, ''))}: migration${index},`);
  return [...imports, `globalThis.jixiaoBundledMigrations = {`, ...table, `};`, `await import(${JSON.stringify(path.join(root, 'server', 'main.ts'))});`].join('\n');
}

const workerEntry = `export { runHeavyTask as default } from ${JSON.stringify(path.join(root, 'server', 'workers', 'heavy-tasks.ts'))};`;

/** Builds dist/server (or `outDirectory`); returns the server bundle's path. Throws when esbuild fails. */
export async function buildServer(outDirectory = defaultServerOutDirectory) {
  const esbuild = await import('esbuild');
  const entries = { main: serverEntry(), 'worker-entry': workerEntry };
  const result = await esbuild.build({
    entryPoints: Object.fromEntries(Object.keys(entries).map((name) => [name, `jixiao-entry:${name}`])),
    // Split: what is imported on first use (the in-thread readers and writers) becomes a chunk of
    // its own, so its packages (exceljs, docx, pdfjs…) are not loaded when the server starts.
    splitting: true,
    outdir: outDirectory,
    // Chunks sit beside the entries: server code finds its neighbours (worker-entry.mjs,
    // common-passwords.txt) by import.meta.url, whichever file it was bundled into.
    chunkNames: '[name]-[hash]',
    outExtension: { '.js': '.mjs' },
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
        name: 'generated-entries',
        setup(build) {
          build.onResolve({ filter: /^jixiao-entry:/ }, (args) => ({ path: args.path.slice('jixiao-entry:'.length), namespace: 'jixiao-entry' }));
          build.onLoad({ filter: /.*/, namespace: 'jixiao-entry' }, (args) => ({ contents: entries[args.path], resolveDir: root, loader: 'ts' }));
        },
      },
    ],
  });
  // Written under temporary names and renamed: a start at the same moment never sees half a file.
  // Chunks first, the entries last, the list of inputs at the very end (it marks the build complete).
  mkdirSync(outDirectory, { recursive: true });
  const entryFiles = new Set(Object.keys(entries).map((name) => path.join(outDirectory, `${name}.mjs`)));
  const isEntry = (file) => entryFiles.has(file.path);
  for (const file of result.outputFiles.filter((output) => !isEntry(output))) writeAtomically(file.path, file.contents);
  copyFileSync(path.join(root, 'server', 'services', 'users', 'common-passwords.txt'), path.join(outDirectory, 'common-passwords.txt'));
  for (const file of result.outputFiles.filter(isEntry)) writeAtomically(file.path, file.contents);
  const inputs = Object.keys(result.metafile.inputs)
    .filter((input) => !input.startsWith('jixiao-entry:'))
    .map((input) => path.resolve(root, input));
  // Chunks of earlier builds go once nothing refers to them.
  const written = new Set(result.outputFiles.map((output) => path.basename(output.path)));
  for (const file of readdirSync(outDirectory)) if (/-[A-Z0-9]{8}\.mjs$/.test(file) && !written.has(file)) rmSync(path.join(outDirectory, file));
  writeAtomically(path.join(outDirectory, 'inputs.json'), JSON.stringify({ inputs, migrations: readdirSync(migrationsDirectory).sort() }));
  return path.join(outDirectory, 'main.mjs');
}

/** True when dist/server exists and no source (nor the list of migrations) changed since it was built. */
export function isServerBuildCurrent(outDirectory = defaultServerOutDirectory) {
  try {
    const builtAt = statSync(path.join(outDirectory, 'main.mjs')).mtimeMs;
    const { inputs, migrations } = JSON.parse(readFileSync(path.join(outDirectory, 'inputs.json'), 'utf8'));
    if (JSON.stringify(readdirSync(migrationsDirectory).sort()) !== JSON.stringify(migrations)) return false;
    return inputs.every((input) => statSync(input).mtimeMs <= builtAt);
  } catch {
    return false;
  }
}

/**
 * The server entry `npm start` (scripts/start.mjs) and the journeys' server (e2e/serve.ts) run:
 * dist/server/main.mjs, built again first when a source is newer; null, with `fallbackNotice` and
 * the reason warned, when it cannot be built here (the caller then runs server/main.ts through tsx).
 */
export async function prepareServerEntry({ fallbackNotice, isBuildAnnounced = false }) {
  try {
    if (!isServerBuildCurrent()) {
      const started = performance.now();
      if (isBuildAnnounced) console.log('正在构建服务器（esbuild）…');
      await buildServer();
      if (isBuildAnnounced) console.log(`服务器已构建（${Math.round(performance.now() - started)} ms）。`);
    }
    return path.join(defaultServerOutDirectory, 'main.mjs');
  } catch (error) {
    console.warn(`${fallbackNotice}：${error instanceof Error ? error.message : String(error)}`);
    return null;
  }
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const started = performance.now();
  const bundle = await buildServer();
  console.log(`服务器已构建：${path.relative(root, bundle)}（${Math.round(performance.now() - started)} ms）`);
}
