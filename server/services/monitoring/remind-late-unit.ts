/**
 * 催报 (issue 11): finance, or the unit's 主管部门 (issue 10), reminds a unit that has not handed in its monitoring tables after the
 * deadline. The reminder is a message on the unit's home page, and an entry in the history of each
 * table still outstanding (audited: who, when, what was said).
 */
import type { Reminder } from '../../../contract/monitoring-rounds.ts';
import type { Actor } from '../actor.ts';
import type { ServiceDeps } from '../deps.ts';
import { createNotFoundError, ServiceError } from '../service-error.ts';
import { ensureMayRemind } from '../notifications/ensure-may-remind.ts';
import { loadRoundEntries } from './load-round-entries.ts';
import { notifyReminder, recordReminderInHistory } from '../notifications/notify-events.ts';
import { createRemindedTodayError, describeRoundReminderKey } from '../notifications/reminder-limit.ts';

export async function remindLateUnit(
  deps: ServiceDeps,
  input: { actor: Actor; roundId: string; organisationId: string; message?: string | null },
): Promise<Reminder> {
  const { actor } = input;
  const round = await deps.repositories.monitoringRounds.getRound(input.roundId);
  const organisation = round ? await deps.repositories.organisations.getById(input.organisationId) : null;
  if (!round || !organisation) throw createNotFoundError('找不到该监控轮次或单位，或您无权查看。');
  ensureMayRemind(actor, organisation.path, '找不到该监控轮次或单位，或您无权查看。');
  // Only this unit's entries are read, not the round's 10,000.
  const entries = await loadRoundEntries(deps, { actor, round, organisationId: organisation.id });
  if (entries.length === 0) throw createNotFoundError('该单位不在本监控轮次中。');
  const late = entries.filter((entry) => entry.isLate && entry.documentId !== null);
  if (late.length === 0) {
    throw new ServiceError({
      code: 'not-late',
      message: `${organisation.name}没有逾期未报的监控表（截止日期 ${round.deadline}），无需催报。`,
      httpStatus: 409,
    });
  }
  const days = Math.max(...late.map((entry) => entry.daysOverdue));
  const message =
    input.message?.trim() ||
    `请尽快填报并提交“${round.title}”的绩效运行监控表（截止日期 ${round.deadline}，已逾期 ${days} 天）。`;
  const at = deps.now().toISOString();
  const id = await deps.transaction(async (repositories) => {
    const reminderId = await repositories.monitoringRounds.insertReminder({
      roundId: round.id,
      organisationId: organisation.id,
      message,
      actorId: actor.userId,
      at,
    });
    await recordReminderInHistory(repositories, {
      documentIds: late.map((entry) => entry.documentId as string),
      message,
      actorId: actor.userId,
      at,
    });
    const isNotified = await notifyReminder(repositories, {
      organisationId: organisation.id,
      subject: round.title,
      message,
      documentId: late[0]?.documentId ?? null,
      fallbackLink: '/monitoring',
      dedupeKey: describeRoundReminderKey({ roundId: round.id, now: deps.now() }),
      actorId: actor.userId,
      at,
    });
    // Already reminded today: the error rolls back the reminder and audit entries above.
    if (!isNotified) throw createRemindedTodayError({ organisationName: organisation.name, subject: `“${round.title}”`, now: deps.now() });
    return reminderId;
  });
  return {
    id,
    roundId: round.id,
    roundTitle: round.title,
    organisationId: organisation.id,
    organisationName: organisation.name,
    message,
    actorName: actor.displayName,
    at,
  };
}
