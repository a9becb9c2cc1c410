/**
 * Placeholder owned by the documents engineer: public read-only routes for published documents
 * (no session needed). server/app.ts already registers it.
 */
import type { ServiceDeps } from '../services/deps.ts';
import type { ApiApp } from './api-app.ts';

export function registerPublicRoutes(_app: ApiApp, _deps: ServiceDeps): void {}
