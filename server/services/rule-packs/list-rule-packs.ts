/** Every registered rule pack, each entered fiscal year's choice and each region's (issue 12). */
import { defaultRulePackName, rulePacks } from '../../../core/rule-packs/index.ts';
import type { RulePackList } from '../../../contract/rule-packs.ts';
import type { ServiceDeps } from '../deps.ts';

export async function listRulePacks(deps: Pick<ServiceDeps, 'repositories'>): Promise<RulePackList> {
  const [years, packs, regions, organisations] = await Promise.all([
    deps.repositories.fiscalYears.list(),
    deps.repositories.rulePacks.listPacksOfYears(),
    deps.repositories.rulePacks.listRegionPacks(),
    deps.repositories.organisations.listAll(),
  ]);
  const names = new Map(organisations.map((organisation) => [organisation.id, organisation.name]));
  return {
    regions: regions.map(({ organisationId, year, pack }) => ({ organisationId, organisationName: names.get(organisationId) ?? organisationId, year, pack })),
    bureaus: organisations.filter((organisation) => organisation.kind === 'finance-bureau').map(({ id, name }) => ({ id, name })),
    items: rulePacks.map(({ name, version, title, source, region, changes }) => ({ name, version, title, source, region, changes })),
    years: years.map(({ year, isOpen }) => ({ year, isOpen, rulePack: packs.get(year) ?? defaultRulePackName })),
    defaultPack: defaultRulePackName,
  };
}
