/**
 * 催报 of every unit still outstanding for a year (issue 10), from the year view: the same units the
 * view lists under the chosen organisation, each the actor may remind (canRemindOrganisation) and
 * with a 目标表, 自评表 or 评价报告 not handed in, gets the same reminder as one unit would
 * (send-year-reminder.ts). Units already reminded today are listed as skipped, not refused.
 */
import type { OutstandingReminderResult } from '../../../contract/year-status.ts';
import { canRemindOrganisation } from '../../../core/review/index.ts';
import type { Actor } from '../actor.ts';
import type { ServiceDeps } from '../deps.ts';
import { createForbiddenError, ServiceError } from '../service-error.ts';
import { loadYearScope } from './load-year-scope.ts';
import { sendYearReminder } from './send-year-reminder.ts';
import { listOutstandingKinds } from './year-outstanding.ts';

export async function remindOutstandingUnits(
  deps: ServiceDeps,
  input: { actor: Actor; year: number; organisationId?: string | undefined; message?: string | null },
): Promise<OutstandingReminderResult> {
  const { actor, year } = input;
  const scope = await loadYearScope(deps, input);
  const remindable = scope.units.filter((unit) => canRemindOrganisation(actor, unit.path));
  if (remindable.length === 0 && scope.units.length > 0) throw createForbiddenError('只有财政部门或上级主管部门可以催报。');
  const now = deps.now();
  const result: OutstandingReminderResult = { year, reminded: [], skipped: [] };
  for (const unit of remindable) {
    const outstanding = listOutstandingKinds({ documents: scope.documentsByUnit.get(unit.id) ?? [], deadlines: scope.deadlines, now });
    if (outstanding.length === 0) continue;
    try {
      result.reminded.push(await sendYearReminder(deps, { actor, organisation: unit, year, outstanding, message: input.message ?? null }));
    } catch (error) {
      if (!(error instanceof ServiceError) || error.code !== 'reminded-today') throw error;
      result.skipped.push({ organisationId: unit.id, organisationName: unit.name, reason: error.message });
    }
  }
  return result;
}
