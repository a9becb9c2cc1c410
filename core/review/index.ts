/** The review workflow: states, roles, actions, transitions, authorisation and submission rules. */
export * from './states.ts';
export * from './roles.ts';
export * from './actions.ts';
export * from './result.ts';
export * from './transition.ts';
export * from './access.ts';
export * from './submission-guard.ts';
export * from './conclusion.ts';
export { getReadScope, matchesReadScope, type ReadScope } from './read-scope.ts';
export { canRemindOrganisation, canSeeOrganisation, isFinanceOver } from './organisation-scope.ts';
