/** The published 评价结果通报 for the public pages (no login): the years, and one year's snapshot. */
import type { PublicResultsNotice } from '../../../contract/results.ts';
import { describeResultsNotice } from '../../../core/results/index.ts';
import type { ServiceDeps } from '../deps.ts';
import { createNotFoundError } from '../service-error.ts';

export async function listPublicResultsNotices(deps: ServiceDeps): Promise<Array<{ year: number; publishedAt: string }>> {
  return deps.repositories.results.listPublished();
}

export async function getPublicResultsNotice(deps: ServiceDeps, input: { year: number }): Promise<PublicResultsNotice> {
  const published = await deps.repositories.results.findPublished(input.year);
  if (!published) throw createNotFoundError(`${input.year}年度的评价结果通报尚未发布。`);
  return { notice: published.notice, summary: describeResultsNotice(published.notice), publishedAt: published.publishedAt };
}
