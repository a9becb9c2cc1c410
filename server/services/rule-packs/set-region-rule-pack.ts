/**
 * A finance bureau chooses the rule pack of a fiscal year for its subtree (issue 12, per region),
 * overriding the year's pack for every unit below it; null goes back to the year's pack (or a
 * bureau's above). Finance staff may set it for their own bureau and bureaus below it,
 * administrators anywhere; refused for a closed year. The same audited action as a year's pack
 * change (rescore-drafts.ts): the drafts of units that score by this choice, before or after, are
 * rescored at once, with an audit entry each and the before/after list kept.
 */
import type { RegionRulePackChange } from '../../../contract/rule-packs.ts';
import type { Actor } from '../actor.ts';
import type { ServiceDeps } from '../deps.ts';
import { createForbiddenError, ServiceError } from '../service-error.ts';
import { ensureMayChangePack, findPackOrRefuse, refuseClosedYear } from './change-year-rule-pack.ts';
import { choosePack, loadPackChoices } from './pack-for-year.ts';
import { rescoreAfterPackChange } from './rescore-drafts.ts';

export async function setRegionRulePack(
  deps: ServiceDeps,
  input: { actor: Actor; organisationId: string; year: number; pack: string | null; dryRun?: boolean },
): Promise<RegionRulePackChange> {
  const { actor, year } = input;
  ensureMayChangePack(actor, '只有财政部门可以设置地区规则包。');
  const organisation = await deps.repositories.organisations.getById(input.organisationId);
  if (!organisation || organisation.kind !== 'finance-bureau') {
    throw new ServiceError({ code: 'not-a-region', message: '地区规则包只能设在财政部门（省、市、县财政）上。', httpStatus: 400 });
  }
  if (actor.role !== 'admin' && !organisation.path.includes(actor.organisationId)) {
    throw createForbiddenError('只能为本级及下级财政部门设置地区规则包。');
  }
  const chosen = input.pack === null ? null : findPackOrRefuse(input.pack);
  await refuseClosedYear(deps, year);

  const before = await loadPackChoices(deps.repositories, year);
  const regionPacks = new Map(before.regionPacks);
  if (chosen) regionPacks.set(organisation.id, chosen.name);
  else regionPacks.delete(organisation.id);
  const after = { ...before, regionPacks };
  const from = choosePack(organisation.path, before).pack;
  const to = choosePack(organisation.path, after).pack;
  const dryRun = input.dryRun ?? false;
  const outcome = await rescoreAfterPackChange(deps, {
    actor,
    year,
    region: { organisationId: organisation.id, path: organisation.path },
    before,
    after,
    fromPack: from.name,
    toPack: to.name,
    reason: `${organisation.name}的规则包由“${from.title}”改为“${to.title}”，重新评分`,
    dryRun,
    saveChoice: async (repositories) => {
      if (chosen) {
        await repositories.rulePacks.setRegionPack({ organisationId: organisation.id, year, pack: chosen.name, actorId: actor.userId, at: deps.now().toISOString() });
      } else {
        await repositories.rulePacks.removeRegionPack({ organisationId: organisation.id, year });
      }
    },
  });
  return { year, organisationId: organisation.id, organisationName: organisation.name, fromPack: from.name, toPack: to.name, dryRun, ...outcome };
}
