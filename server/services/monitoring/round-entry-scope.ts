/**
 * The read rule of a round's entries (load-round-entries.ts) and the page's filters, turned into
 * what the round's page queries take (server/db/monitoring-round-page.repository.ts): a unit sees
 * its own entries, a 主管部门 or a finance bureau its subtree, the administrator every entry.
 */
import type { RoundCounts, RoundEntriesQuery } from '../../../contract/monitoring-rounds.ts';
import type { ReviewState } from '../../../core/review/index.ts';
import type { EntryConditions, EntryScope, RoundCountRow } from '../../db/monitoring-round-page.repository.ts';
import type { Actor } from '../actor.ts';
import { unsubmittedStates } from './load-round-entries.ts';

export function toEntryScope(actor: Actor): EntryScope {
  switch (actor.role) {
    case 'admin':
      return { kind: 'everything' };
    case 'unit-filler':
    case 'unit-leader':
      return { kind: 'organisation', organisationId: actor.organisationId };
    case 'supervisor-reviewer':
    case 'finance-reviewer':
      return { kind: 'within', path: actor.organisationPath };
    default:
      return { kind: 'nothing' };
  }
}

/**
 * The page's filters as conditions. 逾期 means not handed in after the round's deadline (one
 * deadline for every entry), so it is a state condition that holds only once the deadline passed.
 */
export function toEntryConditions(query: RoundEntriesQuery, context: { isPastDeadline: boolean; underPath?: string[] }): EntryConditions {
  const conditions: EntryConditions = {};
  let states: ReviewState[] | undefined;
  if (query.state === 'unsubmitted') states = [...unsubmittedStates];
  else if (query.state === 'no-table') conditions.hasTable = false;
  else if (query.state) states = [query.state];
  // An empty list matches nothing: 逾期 before the deadline, or 逾期 with a state already handed in.
  if (query.late === true) states = (states ?? [...unsubmittedStates]).filter((state) => context.isPastDeadline && unsubmittedStates.includes(state));
  if (query.late === false && context.isPastDeadline) conditions.excludeStates = unsubmittedStates;
  if (states) conditions.states = states;
  if (query.light) conditions.light = { value: query.light, side: query.lightSide };
  if (query.conclusion) conditions.conclusion = query.conclusion;
  if (query.search) conditions.search = query.search;
  if (context.underPath) conditions.underPath = context.underPath;
  return conditions;
}

/** The counts the page shows over the whole scope; lateness from the round's one deadline. */
export function toRoundCounts(row: RoundCountRow | undefined, isPastDeadline: boolean): RoundCounts {
  if (!row) return { entries: 0, tables: 0, withoutTable: 0, submitted: 0, unsubmitted: 0, late: 0, lateUnits: 0, concluded: 0 };
  return {
    entries: row.entries,
    tables: row.tables,
    withoutTable: row.entries - row.tables,
    submitted: row.submitted,
    unsubmitted: row.unsubmitted,
    late: isPastDeadline ? row.unsubmitted : 0,
    lateUnits: isPastDeadline ? row.unsubmittedUnits : 0,
    concluded: row.concluded,
  };
}
