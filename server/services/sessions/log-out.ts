import type { ServiceDeps } from '../deps.ts';

/** Ends the session with this id (the stored hash); expired sessions are swept on the way. */
export async function logOut(deps: ServiceDeps, input: { sessionId: string }): Promise<void> {
  await deps.repositories.sessions.delete(input.sessionId);
  await deps.repositories.sessions.deleteExpired(deps.now().toISOString());
}
