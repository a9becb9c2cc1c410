import type { ActiveSession } from '../../db/sessions.repository.ts';
import type { ServiceDeps } from '../deps.ts';
import { hashToken } from './session-token.ts';

/** The live session for a cookie token, or null when unknown or expired. */
export function findSession(deps: ServiceDeps, input: { token: string }): Promise<ActiveSession | null> {
  return deps.repositories.sessions.findActive({ id: hashToken(input.token), now: deps.now().toISOString() });
}
