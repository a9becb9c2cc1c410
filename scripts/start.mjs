#!/usr/bin/env node
// `npm start`: build the web app and the server when missing or older than their sources, then run
// the built server (dist/server/main.mjs, scripts/build-server.mjs). Without esbuild, or when the
// build fails, the server runs straight from TypeScript through tsx (slower to start).
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const webConfig = path.join(root, 'web', 'vite.config.ts');
const webDistIndex = path.join(path.resolve(root, process.env.WEB_DIST || 'dist/web'), 'index.html');

/** Newest modification time of any file under `directory` (skipping node_modules and dist). */
function findNewestModification(directory) {
  let newest = 0;
  for (const entry of readdirSync(directory, { withFileTypes: true })) {
    if (entry.name === 'node_modules' || entry.name === 'dist' || entry.name.startsWith('.')) continue;
    const full = path.join(directory, entry.name);
    newest = Math.max(newest, entry.isDirectory() ? findNewestModification(full) : statSync(full).mtimeMs);
  }
  return newest;
}

function isWebBuildStale() {
  if (!existsSync(webDistIndex)) return true;
  const builtAt = statSync(webDistIndex).mtimeMs;
  // The web app also imports core/, contract/ and parts of documents/ (file names), so a change there needs a rebuild too.
  return ['web', 'core', 'contract', 'documents'].map((folder) => path.join(root, folder)).some((directory) => existsSync(directory) && findNewestModification(directory) > builtAt);
}

if (existsSync(webConfig) && isWebBuildStale()) {
  console.log('正在构建网页应用（vite build）…');
  const build = spawnSync('npx', ['vite', 'build', '--config', 'web/vite.config.ts'], { cwd: root, stdio: 'inherit' });
  if (build.status !== 0) console.warn('网页应用构建失败：接口仍会启动，首页将显示“尚未构建”。');
}

const { prepareServerEntry } = await import('./build-server.mjs');
const builtEntry = await prepareServerEntry({ fallbackNotice: '服务器构建失败，改为直接运行 TypeScript（启动较慢）', isBuildAnnounced: true });

const server = spawn(process.execPath, builtEntry ? [builtEntry] : ['--import', 'tsx', 'server/main.ts'], { cwd: root, stdio: 'inherit' });
for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => server.kill(signal));
server.on('exit', (code, signal) => process.exit(code ?? (signal ? 1 : 0)));
