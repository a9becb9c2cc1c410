/**
 * Writes one year's 催报 to a unit (issue 10), for a single unit and for all outstanding units alike:
 * a notification to the unit (its bell and 消息通知, with who sent it) and, on each draft or returned
 * document of the kinds outstanding, an entry in its history; all in one transaction. At most one
 * per unit, year and day (reminder-limit.ts): a second gets 429 and nothing is written.
 */
import type { UnitReminder } from '../../../contract/unit-reminders.ts';
import { documentKindNames } from '../../../core/model.ts';
import type { Actor } from '../actor.ts';
import type { ServiceDeps } from '../deps.ts';
import { notifyReminder, recordReminderInHistory } from '../notifications/notify-events.ts';
import { createRemindedTodayError, describeYearReminderKey } from '../notifications/reminder-limit.ts';
import type { OutstandingKind } from './year-outstanding.ts';

function describeOutstanding(entry: OutstandingKind): string {
  const when = entry.dueDate
    ? `截止日期 ${entry.dueDate}${entry.daysOverdue > 0 ? `，已逾期 ${entry.daysOverdue} 天` : ''}`
    : '';
  return `${documentKindNames[entry.kind]}${when ? `（${when}）` : ''}`;
}

/** What a year's 催报 to a unit says and where it is recorded: the message, the subject, the open documents. */
export function describeYearReminder(input: { year: number; outstanding: readonly OutstandingKind[]; message?: string | null }) {
  const { year, outstanding } = input;
  return {
    message: input.message?.trim() || `请尽快提交${year}年度${outstanding.map(describeOutstanding).join('、')}。`,
    subject: `${year}年度${outstanding.map((entry) => documentKindNames[entry.kind]).join('、')}`,
    openDocumentIds: outstanding.flatMap((entry) => entry.openDocumentIds),
  };
}

export async function sendYearReminder(
  deps: ServiceDeps,
  input: {
    actor: Actor;
    organisation: { id: string; name: string };
    year: number;
    outstanding: readonly OutstandingKind[];
    message?: string | null;
  },
): Promise<UnitReminder> {
  const { actor, organisation, year, outstanding } = input;
  const { message, subject, openDocumentIds } = describeYearReminder(input);
  const now = deps.now();
  const at = now.toISOString();
  await deps.transaction(async (repositories) => {
    const isNotified = await notifyReminder(repositories, {
      organisationId: organisation.id,
      subject,
      message,
      documentId: openDocumentIds[0] ?? null,
      fallbackLink: '/documents',
      dedupeKey: describeYearReminderKey({ year, now }),
      actorId: actor.userId,
      at,
    });
    if (!isNotified) throw createRemindedTodayError({ organisationName: organisation.name, subject: `${year}年度的文档`, now });
    await recordReminderInHistory(repositories, { documentIds: openDocumentIds, message, actorId: actor.userId, at });
  });
  return {
    organisationId: organisation.id,
    organisationName: organisation.name,
    year,
    kinds: outstanding.map((entry) => entry.kind),
    message,
    at,
  };
}
