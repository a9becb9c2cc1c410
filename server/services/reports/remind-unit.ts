/**
 * 催报 from the overview or the year view (issue 10): the finance bureau or the 主管部门 over a unit
 * reminds it of the year's 绩效目标表 / 绩效自评表 / 评价报告 it has not yet submitted
 * (year-outstanding.ts), written by send-year-reminder.ts. Nothing outstanding: 409.
 */
import type { UnitReminder } from '../../../contract/unit-reminders.ts';
import type { Actor } from '../actor.ts';
import type { ServiceDeps } from '../deps.ts';
import { ensureMayRemind } from '../notifications/ensure-may-remind.ts';
import { createNotFoundError, ServiceError } from '../service-error.ts';
import { sendYearReminder } from './send-year-reminder.ts';
import { listOutstandingKinds } from './year-outstanding.ts';

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
  const documents = (await deps.repositories.documents.listFigures({ year, withinOrganisationPath: organisation.path })).filter(
    (document) => document.organisationId === organisation.id,
  );
  const firstDocumentYear = (await deps.repositories.yearStatus.listFirstDocumentYears({ withinPath: organisation.path })).get(organisation.id) ?? null;
  const unit = { createdAt: organisation.createdAt, firstDocumentYear };
  const outstanding = listOutstandingKinds({ year, unit, documents, deadlines, now: deps.now() });
  if (outstanding.length === 0) {
    throw new ServiceError({
      code: 'not-late',
      message: `${organisation.name}${year}年度的绩效目标表、绩效自评表和绩效评价报告都已提交，无需催报。`,
      httpStatus: 409,
    });
  }
  return sendYearReminder(deps, { actor, organisation, year, outstanding, message: input.message ?? null });
}
