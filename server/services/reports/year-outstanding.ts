/**
 * What a unit still owes for a year (issue 10): of the 绩效目标表, 绩效自评表 and 评价报告 of its
 * department scope, the kinds no revision of which has been handed in, with the year's stored
 * deadline and how many days it is past (China time, as monitoring rounds count; 0 for a deadline
 * that passed before the unit was set up, core/unit-deadlines.ts). Pure: the year view, a unit's
 * 催报 and the 催报 of all outstanding units read the same answer from it.
 */
import type { DocumentKind } from '../../../core/model.ts';
import { editableStates, type ReviewState } from '../../../core/review/states.ts';
import type { FiscalYearDeadlines } from '../../../core/fiscal-year-deadlines.ts';
import { countUnitDaysOverdue, type UnitStart } from '../../../core/unit-deadlines.ts';

/** The kinds a year's 催报 asks for (monitoring tables have their rounds' own 催报). */
export const remindedKinds = ['target-table', 'self-evaluation', 'evaluation-report'] as const satisfies readonly DocumentKind[];
export type RemindedKind = (typeof remindedKinds)[number];

export interface YearDocument {
  id: string;
  kind: DocumentKind;
  state: ReviewState;
  revision: number;
  project: string | null;
}

export interface OutstandingKind {
  kind: RemindedKind;
  /** The year's deadline for the kind (the 评价报告 has none). */
  dueDate: string | null;
  daysOverdue: number;
  /** Drafts and returned documents of the kind: the reminder is written into their history. */
  openDocumentIds: string[];
}

/** The due date of a reminded kind from the year's deadlines. */
export function findDueDate(kind: RemindedKind, deadlines: FiscalYearDeadlines | null): string | null {
  return kind === 'evaluation-report' ? null : (deadlines?.[kind] ?? null);
}

/** Whether a document of this state has been handed in (submitted or further along). */
export function isHandedIn(state: ReviewState): boolean {
  return !editableStates.includes(state);
}

/** The reminded kinds one unit has not handed in, in the order of the cycle (`documents`: the unit's own, any revision). */
export function listOutstandingKinds(input: {
  year: number;
  unit: UnitStart;
  documents: readonly YearDocument[];
  deadlines: FiscalYearDeadlines | null;
  now: Date;
}): OutstandingKind[] {
  const { year, unit, now } = input;
  const departmentScope = input.documents.filter((document) => document.project === null);
  return remindedKinds.flatMap((kind): OutstandingKind[] => {
    const ofKind = departmentScope.filter((document) => document.kind === kind);
    if (ofKind.some((document) => isHandedIn(document.state))) return [];
    const dueDate = findDueDate(kind, input.deadlines);
    return [
      {
        kind,
        dueDate,
        daysOverdue: dueDate ? countUnitDaysOverdue({ unit, year, dueDate, now }) : 0,
        openDocumentIds: ofKind.map((document) => document.id),
      },
    ];
  });
}
