/**
 * How the year view shows one unit's document of a kind and its monitoring table (issue 10): the
 * furthest revision handed in, else the latest; a document the actor may not open (a unit's
 * draft) is named by its state only. Shared by the paged view and the full list its tests compare.
 */
import type { YearDocumentStatus, YearUnitStatus } from '../../../contract/year-status.ts';
import { countDaysOverdue } from '../../../core/monitoring/index.ts';
import { reviewStateNames, type ReviewState } from '../../../core/review/index.ts';
import type { DocumentFiguresSummary } from '../../db/documents.repository.ts';
import type { Actor } from '../actor.ts';
import { canActorReadSummary } from '../documents/can-read.ts';
import { unsubmittedStates } from '../monitoring/load-round-entries.ts';
import { isHandedIn, type RemindedKind } from './year-outstanding.ts';

export const yearStatusNames = { missing: '未填报', draft: '未提交', noTable: '未生成' } as const;

export function describeYearDocument(input: {
  actor: Actor;
  kind: RemindedKind;
  documents: readonly DocumentFiguresSummary[];
  dueDate: string | null;
  daysOverdue: number;
}): YearDocumentStatus {
  const ofKind = input.documents.filter((document) => document.kind === input.kind);
  // A revised table (revision 2 in draft) does not undo the approved revision 1: show the furthest handed in, else the latest.
  const latest = (list: DocumentFiguresSummary[]) => list.sort((a, b) => b.revision - a.revision)[0];
  const shown = latest(ofKind.filter((document) => isHandedIn(document.state))) ?? latest(ofKind);
  if (!shown) return { status: 'missing', state: null, stateName: yearStatusNames.missing, documentId: null, dueDate: input.dueDate, daysOverdue: input.daysOverdue };
  const status = isHandedIn(shown.state) ? 'handed-in' : shown.state === 'returned' ? 'returned' : 'draft';
  return {
    status,
    state: shown.state,
    stateName: status === 'draft' ? yearStatusNames.draft : reviewStateNames[shown.state],
    documentId: canActorReadSummary(input.actor, shown) ? shown.id : null,
    dueDate: input.dueDate,
    daysOverdue: status === 'handed-in' ? 0 : input.daysOverdue,
  };
}

/**
 * The unit's table in the round (its department table, else its first project's): state only, no
 * link — the round page (linked by the web view) shows what the actor may open.
 */
export function describeYearMonitoring(input: { state: ReviewState | null; roundDeadline: string; now: Date }): NonNullable<YearUnitStatus['monitoring']> {
  const { state } = input;
  const isUnsubmitted = state !== null && unsubmittedStates.includes(state);
  return {
    state,
    stateName: state === null ? yearStatusNames.noTable : state === 'draft' ? yearStatusNames.draft : reviewStateNames[state],
    daysOverdue: isUnsubmitted ? countDaysOverdue({ deadline: input.roundDeadline, now: input.now }) : 0,
  };
}
