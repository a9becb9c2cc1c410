/**
 * A finance bureau chooses the rule pack of a fiscal year for its subtree (issue 12, per region),
 * overriding the year's pack for every unit below it; null goes back to the year's pack. Finance
 * staff may set it for their own bureau and bureaus below it, administrators anywhere; refused for
 * a closed year. Drafts already scored are rescored when next saved or submitted (pack-for-year.ts).
 */
import { findRulePack, rulePacks } from '../../../core/rule-packs/index.ts';
import type { RulePackList } from '../../../contract/rule-packs.ts';
import type { Actor } from '../actor.ts';
import type { ServiceDeps } from '../deps.ts';
import { createForbiddenError, ServiceError } from '../service-error.ts';
import { listRulePacks } from './list-rule-packs.ts';

export async function setRegionRulePack(
  deps: ServiceDeps,
  input: { actor: Actor; organisationId: string; year: number; pack: string | null },
): Promise<RulePackList> {
  const { actor, year } = input;
  if (actor.role !== 'admin' && actor.role !== 'finance-reviewer') throw createForbiddenError('只有财政部门可以设置地区规则包。');
  const organisation = await deps.repositories.organisations.getById(input.organisationId);
  if (!organisation || organisation.kind !== 'finance-bureau') {
    throw new ServiceError({ code: 'not-a-region', message: '地区规则包只能设在财政部门（省、市、县财政）上。', httpStatus: 400 });
  }
  if (actor.role !== 'admin' && !organisation.path.includes(actor.organisationId)) {
    throw createForbiddenError('只能为本级及下级财政部门设置地区规则包。');
  }
  if (input.pack !== null && !findRulePack(input.pack)) {
    throw new ServiceError({
      code: 'unknown-rule-pack',
      message: `没有名为“${input.pack}”的规则包。可用的规则包：${rulePacks.map((known) => known.name).join('、')}。`,
      httpStatus: 400,
    });
  }
  if (await deps.repositories.fiscalYears.isClosed(year)) {
    throw new ServiceError({ code: 'fiscal-year-closed', message: `${year} 年度已关闭，不能更换规则包（已关闭年度的评分保持不变）。`, httpStatus: 409 });
  }
  if (input.pack === null) await deps.repositories.rulePacks.removeRegionPack({ organisationId: organisation.id, year });
  else await deps.repositories.rulePacks.setRegionPack({ organisationId: organisation.id, year, pack: input.pack, actorId: actor.userId, at: deps.now().toISOString() });
  return listRulePacks(deps);
}
