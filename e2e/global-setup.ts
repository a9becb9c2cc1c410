/** Builds the web app once when dist/web is missing (the server serves whatever is there). */
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import path from 'node:path';

export default function globalSetup(): void {
  if (existsSync(path.resolve('dist/web/index.html'))) return;
  const build = spawnSync('npx', ['vite', 'build', '--config', 'web/vite.config.ts'], { stdio: 'inherit' });
  if (build.status !== 0) throw new Error('vite build failed');
}
