/** Builds the web app when the served directory (dist/web or E2E_WEB_DIST) has no build yet. */
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import path from 'node:path';

export function ensureWebBuild(): void {
  const webDist = path.resolve(process.env.E2E_WEB_DIST ?? process.env.WEB_DIST ?? 'dist/web');
  if (existsSync(path.join(webDist, 'index.html'))) return;
  const build = spawnSync(
    'npx',
    ['vite', 'build', '--config', 'web/vite.config.ts', '--outDir', webDist, '--emptyOutDir'],
    {
      stdio: 'inherit',
    },
  );
  if (build.status !== 0) throw new Error('vite build failed');
}

export default function globalSetup(): void {
  ensureWebBuild();
}
