/**
 * The one place the server decides which rule pack scores a document: the pack stored with the
 * document's fiscal year (issue 12), the national default for a year never entered or a pack no
 * longer registered. Every analysis in the server goes through here.
 */
import { analyseWithPack, getRulePack, type RulePack } from '../../../core/rule-packs/index.ts';
import type { PerformanceDocument } from '../../../core/model.ts';
import type { Repositories } from '../../db/repositories.ts';
import type { ServiceDeps } from '../deps.ts';

/** The rule pack of fiscal year `year` (null: a document without a year scores by the default). */
export async function packForYear(repositories: Pick<Repositories, 'rulePacks'>, year: number | null | undefined): Promise<RulePack> {
  if (year === null || year === undefined) return getRulePack(null);
  return getRulePack(await repositories.rulePacks.findPackOfYear(year));
}

/** Scores and checks `document` in a worker under the pack of `year` (the document's own year when not given). */
export async function analyseForYear(
  deps: Pick<ServiceDeps, 'repositories' | 'heavyWork'>,
  document: PerformanceDocument,
  year: number | null = document.year,
): Promise<PerformanceDocument> {
  const pack = await packForYear(deps.repositories, year);
  return deps.heavyWork.analyse(document, pack.name);
}

/** The same in this thread, for short bodies built by the server itself (blank tables, demo data). */
export async function analyseForYearInThread(
  repositories: Pick<Repositories, 'rulePacks'>,
  document: PerformanceDocument,
  year: number | null = document.year,
): Promise<PerformanceDocument> {
  return analyseWithPack(document, await packForYear(repositories, year));
}
