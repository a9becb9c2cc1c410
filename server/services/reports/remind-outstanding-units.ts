/**
 * 催报 of every unit still outstanding for a year (issue 10), from the year view: the same units the
 * view lists under the chosen organisation, each the actor may remind (canRemindOrganisation) and
 * with a 目标表, 自评表 or 评价报告 not handed in, gets the same reminder as one unit would
 * (send-year-reminder.ts). Units already reminded today are listed as skipped, not refused.
 * A province has thousands of such units: they are reminded a batch per transaction, each batch's
 * notifications in multi-row INSERTs and the history entries of its documents likewise.
 */
import type { OutstandingReminderResult } from '../../../contract/year-status.ts';
import type { UnitReminder } from '../../../contract/unit-reminders.ts';
import { canRemindOrganisation } from '../../../core/review/index.ts';
import type { NewAuditEntry } from '../../db/audit-entries.repository.ts';
import type { Actor } from '../actor.ts';
import type { ServiceDeps } from '../deps.ts';
import { toReminderNotification } from '../notifications/notify-events.ts';
import { createRemindedTodayError, describeYearReminderKey } from '../notifications/reminder-limit.ts';
import { createForbiddenError } from '../service-error.ts';
import { loadYearScope } from './load-year-scope.ts';
import { describeYearReminder } from './send-year-reminder.ts';
import { listOutstandingKinds, type OutstandingKind } from './year-outstanding.ts';

/** Units per transaction: a province's reminders commit in steps, and one batch holds the write lock briefly. */
const unitsPerBatch = 500;

interface Outstanding {
  unit: { id: string; name: string };
  outstanding: OutstandingKind[];
}

export async function remindOutstandingUnits(
  deps: ServiceDeps,
  input: { actor: Actor; year: number; organisationId?: string | undefined; message?: string | null },
): Promise<OutstandingReminderResult> {
  const { actor, year } = input;
  const scope = await loadYearScope(deps, input);
  const remindable = scope.units.filter((unit) => canRemindOrganisation(actor, unit.path));
  if (remindable.length === 0 && scope.units.length > 0) throw createForbiddenError('只有财政部门或上级主管部门可以催报。');
  const now = deps.now();
  const stateOf = new Map([...scope.documentsByUnit.values()].flat().map((document) => [document.id, document.state]));
  const due = remindable.flatMap((unit): Outstanding[] => {
    const outstanding = listOutstandingKinds({ year, unit: scope.startOf(unit), documents: scope.documentsByUnit.get(unit.id) ?? [], deadlines: scope.deadlines, now });
    return outstanding.length === 0 ? [] : [{ unit, outstanding }];
  });
  const result: OutstandingReminderResult = { year, reminded: [], skipped: [] };
  for (let start = 0; start < due.length; start += unitsPerBatch) {
    await remindBatch(deps, { actor, year, now, message: input.message ?? null, batch: due.slice(start, start + unitsPerBatch), stateOf, result });
  }
  return result;
}

/** One transaction: the batch's notifications (a unit reminded today is skipped), then the history of the reminded units' documents. */
async function remindBatch(
  deps: ServiceDeps,
  input: {
    actor: Actor;
    year: number;
    now: Date;
    message: string | null;
    batch: readonly Outstanding[];
    stateOf: ReadonlyMap<string, string>;
    result: OutstandingReminderResult;
  },
): Promise<void> {
  const { actor, year, now } = input;
  const at = now.toISOString();
  const dedupeKey = describeYearReminderKey({ year, now });
  const described = input.batch.map((entry) => ({ ...entry, ...describeYearReminder({ year, outstanding: entry.outstanding, message: input.message }) }));
  const reminded: UnitReminder[] = [];
  let written = new Set<string>();
  await deps.transaction(async (repositories) => {
    written = await repositories.notifications.insertMany(
      described.map((entry) =>
        toReminderNotification({
          organisationId: entry.unit.id,
          subject: entry.subject,
          message: entry.message,
          documentId: entry.openDocumentIds[0] ?? null,
          fallbackLink: '/documents',
          dedupeKey,
          actorId: actor.userId,
          at,
        }),
      ),
    );
    const history: NewAuditEntry[] = [];
    for (const entry of described) {
      if (!written.has(entry.unit.id)) continue;
      for (const documentId of entry.openDocumentIds) {
        // The state read with the scope a moment ago; a 催报 does not change it.
        const state = (input.stateOf.get(documentId) ?? null) as NewAuditEntry['fromState'];
        history.push({ documentId, actorId: actor.userId, at, action: 'remind', fromState: state, toState: state, reason: `催报：${entry.message}` });
      }
      reminded.push({ organisationId: entry.unit.id, organisationName: entry.unit.name, year, kinds: entry.outstanding.map((kind) => kind.kind), message: entry.message, at });
    }
    await repositories.auditEntries.appendMany(history);
  });
  input.result.reminded.push(...reminded);
  for (const entry of described) {
    if (written.has(entry.unit.id)) continue;
    const reason = createRemindedTodayError({ organisationName: entry.unit.name, subject: `${year}年度的文档`, now }).message;
    input.result.skipped.push({ organisationId: entry.unit.id, organisationName: entry.unit.name, reason });
  }
}
