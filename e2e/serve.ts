/**
 * The journeys' web server: Playwright starts it before globalSetup, and the server only serves a
 * build that exists when it starts, so build first (when missing), then run server/main.ts.
 */
import { ensureWebBuild } from './global-setup.ts';

ensureWebBuild();
await import('../server/main.ts');
