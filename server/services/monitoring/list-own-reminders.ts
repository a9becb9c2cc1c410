/** The 催报 messages addressed to the actor's own organisation, newest first (shown on its home page). */
import type { Reminder } from '../../../contract/monitoring-rounds.ts';
import type { Actor } from '../actor.ts';
import type { ServiceDeps } from '../deps.ts';

export async function listOwnReminders(deps: ServiceDeps, input: { actor: Actor }): Promise<Reminder[]> {
  return deps.repositories.monitoringRounds.listReminders({ organisationId: input.actor.organisationId, limit: 20 });
}
