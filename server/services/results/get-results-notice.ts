/**
 * 评价结果通报 for finance (issue 11): built from the year's submitted self-evaluations now, with
 * when it was last published and how many self-evaluations are still pending.
 */
import type { ResultsNoticeView } from '../../../contract/results.ts';
import { buildResultsNotice, describeResultsNotice, type ResultsNotice } from '../../../core/results/index.ts';
import type { Actor } from '../actor.ts';
import type { ServiceDeps } from '../deps.ts';
import { loadResultsEntries } from './load-results-entries.ts';

/** The notice as it stands today (not yet stored). */
export async function buildCurrentNotice(deps: ServiceDeps, input: { actor: Actor; year: number }): Promise<{ notice: ResultsNotice; pending: number }> {
  const { entries, pending } = await loadResultsEntries(deps, input);
  return { notice: buildResultsNotice({ year: input.year, entries }), pending };
}

export async function getResultsNotice(deps: ServiceDeps, input: { actor: Actor; year: number }): Promise<ResultsNoticeView> {
  const { notice, pending } = await buildCurrentNotice(deps, input);
  const published = await deps.repositories.results.findPublished(input.year);
  return {
    notice,
    summary: describeResultsNotice(notice),
    pending,
    publishedAt: published?.publishedAt ?? null,
  };
}
