/**
 * Finance-only steps of the monitoring cycle (conclusion, 催报, 整改): the finance bureau over the
 * organisation acts; someone who sees the organisation but is not that bureau gets 403; someone
 * who does not even see it gets 404 (ids cannot be probed), as for documents.
 */
import { canSeeOrganisation, isFinanceOver } from '../../../core/review/index.ts';
import type { Actor } from '../actor.ts';
import { createForbiddenError, createNotFoundError } from '../service-error.ts';

export function ensureFinanceOver(actor: Actor, organisationPath: readonly string[], input: { notFound: string; forbidden: string }): void {
  if (isFinanceOver(actor, organisationPath)) return;
  if (canSeeOrganisation(actor, organisationPath)) throw createForbiddenError(input.forbidden);
  throw createNotFoundError(input.notFound);
}
