/**
 * What reviewers of a target table see of last year's results (issue 11 结果应用): the unit's
 * records of the year before the table's — the project's own and the 部门整体 one for a project
 * table, all of them for a 部门整体 table. Whoever may read the document may read them.
 */
import type { DocumentApplications } from '../../../contract/results.ts';
import { mergeApplications } from '../../../core/results/index.ts';
import type { Actor } from '../actor.ts';
import type { ServiceDeps } from '../deps.ts';
import { loadDocumentFor } from '../documents/load-document.ts';
import { loadResultsEntries } from './load-results-entries.ts';

export async function listDocumentApplications(deps: ServiceDeps, input: { actor: Actor; id: string }): Promise<DocumentApplications> {
  const document = await loadDocumentFor(deps.repositories, { actor: input.actor, id: input.id, action: 'read' });
  const year = document.year - 1;
  const { entries } = await loadResultsEntries(deps, { actor: input.actor, year, organisationId: document.organisationId });
  const decided = await deps.repositories.results.listApplications({ year, organisationId: document.organisationId });
  const isProject = document.body.scope === 'project' && document.project !== null;
  const wanted = (project: string | null) => !isProject || project === null || project === document.project;
  const records = mergeApplications({
    year,
    entries: entries.filter((entry) => wanted(entry.project)),
    decided: decided.filter((item) => wanted(item.project)),
    units: new Map([[document.organisationId, document.organisationName]]),
  });
  return { year, items: records };
}
