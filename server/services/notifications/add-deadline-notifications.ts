/**
 * "Deadline near" notices are computed when a unit's user asks for notifications, not by a timer:
 * a due date of an open fiscal year within `deadlineNearDays` whose document is not yet in
 * (submitted or further) is written once per unit (dedupe key), so it keeps its read state.
 * The due dates are the fiscal years' stored deadlines (issue 10 admin settings). A cheap check:
 * the documents are asked only for due dates in the window.
 */
import { listNearDeadlines } from '../../../core/review/deadline-calendar.ts';
import { editableStates, reviewStates } from '../../../core/review/states.ts';
import type { Actor } from '../actor.ts';
import type { ServiceDeps } from '../deps.ts';

/** How many days before a due date the unit is told (today counts). */
export const deadlineNearDays = 14;

const inStates = reviewStates.filter((state) => !editableStates.includes(state));

function formatDay(date: Date): string {
  return date.toISOString().slice(0, 10);
}

export async function addDeadlineNotifications(deps: ServiceDeps, input: { actor: Actor }): Promise<void> {
  const { actor } = input;
  if (actor.role !== 'unit-filler' && actor.role !== 'unit-leader') return;
  const now = deps.now();
  const openYears = (await deps.repositories.fiscalYears.list()).filter((year) => year.isOpen);
  const near = listNearDeadlines({ today: formatDay(now), openYears, withinDays: deadlineNearDays });
  for (const due of near) {
    const documents = await deps.repositories.documents.list({ organisationId: actor.organisationId, year: due.year, kind: due.kind, states: inStates, limit: 1 });
    if (documents.total > 0) continue;
    // Monitoring tables are asked of the units a round names: only those that have one are told.
    if (due.kind === 'monitoring') {
      const assigned = await deps.repositories.documents.list({ organisationId: actor.organisationId, year: due.year, kind: 'monitoring', limit: 1 });
      if (assigned.total === 0) continue;
    }
    await deps.repositories.notifications.insert({
      organisationId: actor.organisationId,
      kind: 'deadline-near',
      title: `${due.year}年度${due.kindName}将于 ${due.dueDate} 截止`,
      message: due.daysLeft === 0 ? '今天截止，请尽快提交。' : `还剩 ${due.daysLeft} 天，请按时提交。`,
      link: '/documents',
      dedupeKey: `deadline:${due.year}:${due.kind}:${due.dueDate}`,
      createdAt: now.toISOString(),
    });
  }
}
