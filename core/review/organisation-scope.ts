/**
 * Which organisations' monitoring rounds, reminders and 整改 notices an actor sees (issue 11):
 * a unit only its own, a 主管部门 its subordinates (and itself), finance its whole subtree, the
 * administrator everything, the public nothing. Documents keep their own, state-aware rule (access.ts).
 */
import type { ReviewActor } from './roles.ts';

/** Whether the actor may see records belonging to the organisation with this path (root … itself). */
export function canSeeOrganisation(actor: ReviewActor, organisationPath: readonly string[]): boolean {
  switch (actor.role) {
    case 'public':
      return false;
    case 'admin':
      return true;
    case 'unit-filler':
    case 'unit-leader':
      return actor.organisationId !== null && organisationPath[organisationPath.length - 1] === actor.organisationId;
    case 'supervisor-reviewer':
    case 'finance-reviewer':
      return actor.organisationId !== null && organisationPath.includes(actor.organisationId);
  }
}

/** Whether the actor is the finance bureau over this organisation (opens rounds, concludes, issues and accepts 整改). */
export function isFinanceOver(actor: ReviewActor, organisationPath: readonly string[]): boolean {
  return actor.role === 'finance-reviewer' && actor.organisationId !== null && organisationPath.includes(actor.organisationId) && organisationPath[organisationPath.length - 1] !== actor.organisationId;
}

/**
 * Whether the actor may remind this organisation (催报): the finance bureau over it, or the 主管部门
 * over it — it sees its units' lateness and answers for them first (issue 10).
 */
export function canRemindOrganisation(actor: ReviewActor, organisationPath: readonly string[]): boolean {
  if (isFinanceOver(actor, organisationPath)) return true;
  return actor.role === 'supervisor-reviewer' && actor.organisationId !== null && organisationPath.includes(actor.organisationId) && organisationPath[organisationPath.length - 1] !== actor.organisationId;
}
