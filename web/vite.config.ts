/**
 * The web app's build: root web/, output dist/web (served by the server at /, WEB_DIST).
 * In development `vite --config web/vite.config.ts` proxies /api to a server on PORT 3000.
 */
import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

// URLs rather than node:path, so the lint rule "web/ imports no Node modules" holds here too.
const toPath = (relative: string) => decodeURIComponent(new URL(relative, import.meta.url).pathname);
const webRoot = toPath('.');

export default defineConfig({
  root: webRoot,
  base: '/',
  plugins: [react()],
  build: {
    outDir: toPath('../dist/web'),
    emptyOutDir: true,
    chunkSizeWarningLimit: 1500,
  },
  server: { proxy: { '/api': 'http://127.0.0.1:3000' } },
});
