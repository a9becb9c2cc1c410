/**
 * Chain checks on save (issue 11): the service loads the documents a body is compared with — for a
 * monitoring table or self-evaluation the unit's approved target table of the same year and
 * project (its newest approved revision, i.e. after any 调整), for an evaluation report the newest
 * self-evaluation of the year and project — and the worker scores, checks and compares it in one
 * task (core/checks/chain-checks.ts). Earlier chain findings are replaced, so saving twice gives
 * the same findings.
 */
import { listChainNeeds, type ChainRelated } from '../../../core/checks/index.ts';
import type { PerformanceDocument } from '../../../core/model.ts';
import type { RulePack } from '../../../core/rule-packs/index.ts';
import type { ServiceDeps } from '../deps.ts';
import { packForDocument } from '../rule-packs/pack-for-year.ts';
import { analyseChainedWithPack } from '../../../core/rule-packs/analyse-with-pack.ts';
import { withPlainFindings } from '../../../core/checks/indicator-finding.ts';

const approvedStates = ['approved', 'published'];

/** The related documents of `body` in its unit (empty when it has no year or needs none). */
export async function loadChainRelated(
  deps: Pick<ServiceDeps, 'repositories'>,
  input: { organisationId: string; body: PerformanceDocument },
): Promise<ChainRelated> {
  const { body } = input;
  const related: ChainRelated = {};
  if (body.year === null) return related;
  const identity = { organisationId: input.organisationId, year: body.year, project: body.project ?? null };
  for (const need of listChainNeeds(body)) {
    if (need === 'approved') {
      const revisions = await deps.repositories.documents.listRevisions({
        ...identity,
        kind: 'target-table',
      });
      related.approved = revisions.find((revision) => approvedStates.includes(revision.state))?.body ?? null;
    } else {
      const revisions = await deps.repositories.documents.listRevisions({
        ...identity,
        kind: 'self-evaluation',
      });
      related.selfEvaluation = revisions[0]?.body ?? null;
    }
  }
  return related;
}

/**
 * `body` scored and checked in a worker under the pack of `year` (and region), with its chain findings (the
 * related documents of the owning unit `organisationId`).
 * `inRequestThread`: the worker's analysis (server/workers/heavy-tasks.ts: analyseChainedWithPack,
 * findings made plain) in this thread, for a body already within the document limits (a save):
 * analysing at most 1,000 indicators (about 1 ms) costs less than copying the body to a worker
 * and back (6–8 ms each way for such a body), and autosaves then never queue behind
 * uploads or get the worker queue's 503 (issue 14 item 3, BENCHMARKS.md).
 */
export async function analyseWithChain(
  deps: Pick<ServiceDeps, 'repositories' | 'heavyWork'>,
  input: {
    organisationId: string;
    body: PerformanceDocument;
    year?: number | null;
    organisationPath?: readonly string[];
    /** The pack when the caller resolved it already (packForDocument's answer; a save's packForOpenYear). */
    pack?: RulePack;
    inRequestThread?: boolean;
  },
): Promise<PerformanceDocument> {
  const year = input.year === undefined ? input.body.year : input.year;
  // The pack of the year, or of the unit's region when its finance bureau chose one (issue 12).
  const pack = input.pack ?? (await packForDocument(deps.repositories, { year, organisationId: input.organisationId, ...(input.organisationPath ? { organisationPath: input.organisationPath } : {}) }));
  const related = await loadChainRelated(deps, {
    organisationId: input.organisationId,
    body: { ...input.body, year: year ?? input.body.year },
  });
  if (input.inRequestThread) return withPlainFindings(analyseChainedWithPack(input.body, pack, related));
  return deps.heavyWork.analyse(input.body, pack.name, related);
}
