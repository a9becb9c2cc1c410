/**
 * 催报 from the finance overview (issue 10): the finance bureau or the 主管部门 over a unit reminds it of the
 * year's 绩效目标表 / 绩效自评表 / 评价报告 it has not yet submitted. The reminder is a notification to the
 * unit (its bell and 消息通知, with who sent it) and, on each draft or returned document of those
 * kinds, an entry in its history; all in one transaction. Nothing outstanding: 409.
 */
import type { UnitReminder } from '../../../contract/unit-reminders.ts';
import { documentKindNames } from '../../../core/model.ts';
import { countDaysBetween } from '../../../core/review/deadline-calendar.ts';
import { editableStates, reviewStates } from '../../../core/review/states.ts';
import type { Actor } from '../actor.ts';
import type { ServiceDeps } from '../deps.ts';
import { ensureMayRemind } from '../notifications/ensure-may-remind.ts';
import { notifyReminder } from '../notifications/notify-events.ts';
import { createNotFoundError, ServiceError } from '../service-error.ts';

/** The kinds the overview tracks per unit and year (monitoring has its rounds' own 催报). */
const remindedKinds = ['target-table', 'self-evaluation', 'evaluation-report'] as const;
const handedInStates = reviewStates.filter((state) => !editableStates.includes(state));

export async function remindUnit(
  deps: ServiceDeps,
  input: { actor: Actor; organisationId: string; year: number; message?: string | null },
): Promise<UnitReminder> {
  const { actor, year } = input;
  const notFound = '找不到该单位，或您无权查看。';
  const organisation = await deps.repositories.organisations.getById(input.organisationId);
  if (!organisation) throw createNotFoundError(notFound);
  ensureMayRemind(actor, organisation.path, notFound);
  if (organisation.kind !== 'unit') {
    throw new ServiceError({
      code: 'not-a-unit',
      message: `“${organisation.name}”不是预算单位，不能催报。`,
      httpStatus: 400,
    });
  }
  const deadlines = (await deps.repositories.fiscalYears.getByYear(year))?.deadlines ?? null;
  const today = deps.now().toISOString().slice(0, 10);
  const outstanding: Array<{
    kind: (typeof remindedKinds)[number];
    text: string;
    openDocumentIds: string[];
  }> = [];
  for (const kind of remindedKinds) {
    const identity = { organisationId: organisation.id, year, kind, project: null };
    if ((await deps.repositories.documents.list({ ...identity, states: handedInStates, limit: 1 })).total > 0)
      continue;
    const open = await deps.repositories.documents.list({ ...identity, states: editableStates, limit: 20 });
    const due = kind === 'evaluation-report' ? null : (deadlines?.[kind] ?? null);
    const overdue = due ? countDaysBetween(due, today) : 0;
    const when = due ? `截止日期 ${due}${overdue > 0 ? `，已逾期 ${overdue} 天` : ''}` : '';
    outstanding.push({
      kind,
      text: `${documentKindNames[kind]}${when ? `（${when}）` : ''}`,
      openDocumentIds: open.items.map((item) => item.id),
    });
  }
  if (outstanding.length === 0) {
    throw new ServiceError({
      code: 'not-late',
      message: `${organisation.name}${year}年度的绩效目标表、绩效自评表和绩效评价报告都已提交，无需催报。`,
      httpStatus: 409,
    });
  }
  const message =
    input.message?.trim() || `请尽快提交${year}年度${outstanding.map((entry) => entry.text).join('、')}。`;
  const at = deps.now().toISOString();
  const openDocumentIds = outstanding.flatMap((entry) => entry.openDocumentIds);
  await deps.transaction(async (repositories) => {
    for (const documentId of openDocumentIds) {
      const document = await repositories.documents.getById(documentId);
      await repositories.auditEntries.append({
        documentId,
        actorId: actor.userId,
        at,
        action: 'remind',
        fromState: document?.state ?? null,
        toState: document?.state ?? null,
        reason: `催报：${message}`,
      });
    }
    await notifyReminder(repositories, {
      organisationId: organisation.id,
      subject: `${year}年度${outstanding.map((entry) => documentKindNames[entry.kind]).join('、')}`,
      message,
      documentId: openDocumentIds[0] ?? null,
      fallbackLink: '/documents',
      actorId: actor.userId,
      at,
    });
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
