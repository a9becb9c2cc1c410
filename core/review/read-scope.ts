/**
 * The read rule of decideAccess in a form a repository can turn into a query, so lists filter
 * in the database and paging stays exact. `matchesReadScope` is the same rule in memory; a test
 * keeps both equal to canActorRead for every actor and document.
 */
import { canActorRead, listFinanceVisibleStates, type AccessDocument } from './access.ts';
import type { ReviewActor } from './roles.ts';
import { reviewStates, type ReviewState } from './states.ts';

export type ReadScope =
  | { kind: 'nothing' }
  | { kind: 'everything' }
  /** Documents in one of `states`, wherever they are (the public: published only). */
  | { kind: 'states'; states: readonly ReviewState[] }
  /** Documents owned by exactly this organisation, in any state. */
  | { kind: 'organisation'; organisationId: string }
  /**
   * Documents whose organisation path contains `organisationId`, in `statesWithSupervisor` when
   * a 主管部门 sits above the unit, else in `statesWithoutSupervisor`.
   */
  | {
      kind: 'subtree';
      organisationId: string;
      statesWithSupervisor: readonly ReviewState[];
      statesWithoutSupervisor: readonly ReviewState[];
    };

/** The set of documents the actor can read, as a query-friendly description. */
export function getReadScope(actor: ReviewActor): ReadScope {
  switch (actor.role) {
    case 'public':
      return { kind: 'states', states: ['published'] };
    case 'admin':
      return { kind: 'everything' };
    case 'unit-filler':
    case 'unit-leader':
      return actor.organisationId === null
        ? { kind: 'nothing' }
        : { kind: 'organisation', organisationId: actor.organisationId };
    case 'supervisor-reviewer': {
      if (actor.organisationId === null) return { kind: 'nothing' };
      const states = reviewStates.filter((state) => state !== 'draft');
      return { kind: 'subtree', organisationId: actor.organisationId, statesWithSupervisor: states, statesWithoutSupervisor: states };
    }
    case 'finance-reviewer':
      if (actor.organisationId === null) return { kind: 'nothing' };
      return {
        kind: 'subtree',
        organisationId: actor.organisationId,
        statesWithSupervisor: listFinanceVisibleStates(true),
        statesWithoutSupervisor: listFinanceVisibleStates(false),
      };
  }
}

/** Whether a document lies inside a read scope. */
export function matchesReadScope(scope: ReadScope, document: AccessDocument): boolean {
  switch (scope.kind) {
    case 'nothing':
      return false;
    case 'everything':
      return true;
    case 'states':
      return scope.states.includes(document.state);
    case 'organisation':
      return document.organisationId === scope.organisationId;
    case 'subtree': {
      const states = document.hasSupervisor ? scope.statesWithSupervisor : scope.statesWithoutSupervisor;
      return document.organisationPath.includes(scope.organisationId) && states.includes(document.state);
    }
  }
}

/** Re-exported so callers filtering in memory need one import. */
export { canActorRead };
