/**
 * Publishing the 评价结果通报 (issue 11): the notice as it stands is stored as a snapshot and shown
 * on the public pages; publishing again replaces it. Only the finance bureau publishes.
 */
import type { ResultsNoticeView } from '../../../contract/results.ts';
import { describeResultsNotice } from '../../../core/results/index.ts';
import type { Actor } from '../actor.ts';
import type { ServiceDeps } from '../deps.ts';
import { ServiceError } from '../service-error.ts';
import { buildCurrentNotice } from './get-results-notice.ts';

export async function publishResultsNotice(deps: ServiceDeps, input: { actor: Actor; year: number }): Promise<ResultsNoticeView> {
  const { notice, pending } = await buildCurrentNotice(deps, input);
  if (notice.entries.length === 0) {
    throw new ServiceError({ code: 'results-notice-empty', message: `${input.year}年度还没有已提交的绩效自评表，无法发布评价结果通报。`, httpStatus: 409 });
  }
  const publishedAt = deps.now().toISOString();
  await deps.repositories.results.publish({ year: input.year, notice, publishedBy: input.actor.userId, publishedAt });
  return { notice, summary: describeResultsNotice(notice), pending, publishedAt };
}
