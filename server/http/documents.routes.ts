/**
 * Placeholder owned by the documents engineer (issue 3 documents and workflow): replace the body
 * with the document routes. server/app.ts already registers it after authentication is set up.
 */
import type { ServiceDeps } from '../services/deps.ts';
import type { ApiApp } from './api-app.ts';

export function registerDocumentRoutes(_app: ApiApp, _deps: ServiceDeps): void {}
