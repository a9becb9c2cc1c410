/** Every registered rule pack and each entered fiscal year's choice (issue 12). */
import { defaultRulePackName, rulePacks } from '../../../core/rule-packs/index.ts';
import type { RulePackList } from '../../../contract/rule-packs.ts';
import type { ServiceDeps } from '../deps.ts';

export async function listRulePacks(deps: Pick<ServiceDeps, 'repositories'>): Promise<RulePackList> {
  const [years, packs] = await Promise.all([deps.repositories.fiscalYears.list(), deps.repositories.rulePacks.listPacksOfYears()]);
  return {
    items: rulePacks.map(({ name, version, title, source, region, changes }) => ({ name, version, title, source, region, changes })),
    years: years.map((fiscalYear) => ({ ...fiscalYear, rulePack: packs.get(fiscalYear.year) ?? defaultRulePackName })),
    defaultPack: defaultRulePackName,
  };
}
