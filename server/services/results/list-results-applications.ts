/**
 * 结果应用 records of a year for finance (issue 11): every evaluated unit or project with its
 * grade and finance's budget suggestion for the next year, the policy's suggestion until decided.
 */
import type { ApplicationList } from '../../../contract/results.ts';
import { defaultApplicationPolicy, mergeApplications } from '../../../core/results/index.ts';
import type { Actor } from '../actor.ts';
import type { ServiceDeps } from '../deps.ts';
import { listOrganisations } from '../organisations/list-organisations.ts';
import { loadResultsEntries } from './load-results-entries.ts';

export async function listResultsApplications(deps: ServiceDeps, input: { actor: Actor; year: number }): Promise<ApplicationList> {
  const { entries } = await loadResultsEntries(deps, input);
  const organisations = await listOrganisations(deps, { actor: input.actor });
  const visible = new Set(organisations.map((organisation) => organisation.id));
  const decided = (await deps.repositories.results.listApplications({ year: input.year })).filter((item) => visible.has(item.organisationId));
  const units = new Map(organisations.map((organisation) => [organisation.id, organisation.name]));
  return { items: mergeApplications({ year: input.year, entries, decided, units }), policy: defaultApplicationPolicy };
}
