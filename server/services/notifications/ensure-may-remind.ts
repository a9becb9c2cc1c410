/**
 * Who may 催报 (remind) an organisation: the finance bureau or the 主管部门 over it (issue 10,
 * core canRemindOrganisation). Someone who sees it but may not remind it gets 403; someone who
 * does not even see it 404, so ids cannot be probed (as ensure-finance-over.ts).
 */
import { canRemindOrganisation, canSeeOrganisation } from '../../../core/review/index.ts';
import type { Actor } from '../actor.ts';
import { createForbiddenError, createNotFoundError } from '../service-error.ts';

export function ensureMayRemind(actor: Actor, organisationPath: readonly string[], notFound: string): void {
  if (canRemindOrganisation(actor, organisationPath)) return;
  if (canSeeOrganisation(actor, organisationPath)) throw createForbiddenError('只有财政部门或上级主管部门可以催报。');
  throw createNotFoundError(notFound);
}
