import type { DocumentKind } from '../../../core/model.ts';
import { decideAccess } from '../../../core/review/index.ts';
import type { Actor } from '../actor.ts';
import { toServiceError } from '../service-error.ts';

/**
 * Refuses (ServiceError) unless the actor may create a draft of `kind` in their own unit. Only the
 * unit's own people may create; a new draft is visible to nobody else yet.
 */
export function ensureMayCreate(actor: Actor, kind: DocumentKind): void {
  const decision = decideAccess({
    actor,
    document: {
      kind,
      state: 'draft',
      organisationId: actor.organisationId,
      organisationPath: actor.organisationPath,
      hasSupervisor: false,
    },
    action: 'create',
  });
  if (!decision.ok) throw toServiceError(decision);
}
