/**
 * Finance changes a fiscal year's rule pack (issue 12). Refused for anyone but finance
 * (财政部门 reviewers and administrators) and for a closed year. The year's draft and returned
 * documents that score by the year's pack (no region chose one for their unit) are rescored under
 * the new pack, audited, with the before/after list kept (rescore-drafts.ts). A dry run answers the
 * same list and changes nothing (the confirm dialog).
 */
import { findRulePack, getRulePack, rulePacks, type RulePack } from '../../../core/rule-packs/index.ts';
import type { YearRulePackChange } from '../../../contract/rule-packs.ts';
import type { Actor } from '../actor.ts';
import type { ServiceDeps } from '../deps.ts';
import { createForbiddenError, ServiceError } from '../service-error.ts';
import { loadPackChoices } from './pack-for-year.ts';
import { rescoreAfterPackChange } from './rescore-drafts.ts';

/** Only finance (财政部门 reviewers) and administrators choose packs, of a year or of a region. */
export function ensureMayChangePack(actor: Actor, message: string): void {
  if (actor.role === 'admin' || actor.role === 'finance-reviewer') return;
  throw createForbiddenError(message);
}

export function findPackOrRefuse(name: string): RulePack {
  const pack = findRulePack(name);
  if (pack) return pack;
  throw new ServiceError({
    code: 'unknown-rule-pack',
    message: `没有名为“${name}”的规则包。可用的规则包：${rulePacks.map((known) => known.name).join('、')}。`,
    httpStatus: 400,
  });
}

/** A closed year's scores stay as they were: its packs, the year's and the regions', cannot change. */
export async function refuseClosedYear(deps: ServiceDeps, year: number): Promise<void> {
  if (!(await deps.repositories.fiscalYears.isClosed(year))) return;
  throw new ServiceError({
    code: 'fiscal-year-closed',
    message: `${year} 年度已关闭，不能更换规则包（已关闭年度的评分保持不变）。`,
    httpStatus: 409,
  });
}

export async function changeYearRulePack(
  deps: ServiceDeps,
  input: { actor: Actor; year: number; pack: string; dryRun?: boolean },
): Promise<YearRulePackChange> {
  const { actor, year } = input;
  ensureMayChangePack(actor, '只有财政部门可以更换年度规则包。');
  const pack = findPackOrRefuse(input.pack);
  await refuseClosedYear(deps, year);
  const before = await loadPackChoices(deps.repositories, year);
  const from = getRulePack(before.yearPack);
  const dryRun = input.dryRun ?? false;
  const outcome = await rescoreAfterPackChange(deps, {
    actor,
    year,
    region: null,
    before,
    after: { ...before, yearPack: pack.name },
    fromPack: from.name,
    toPack: pack.name,
    reason: `规则包由“${from.title}”改为“${pack.title}”，重新评分`,
    dryRun,
    saveChoice: (repositories) => repositories.rulePacks.setPackOfYear({ year, pack: pack.name }),
  });
  return { year, fromPack: from.name, toPack: pack.name, dryRun, ...outcome };
}
