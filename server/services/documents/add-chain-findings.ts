/**
 * Chain checks on save (issue 11): a monitoring table or a self-evaluation is compared with the
 * unit's approved target table of the same year and project (its newest approved revision, i.e.
 * after any 调整), and the differences become findings (core/checks, target-differs-from-approved).
 * Earlier chain findings are replaced, so saving twice gives the same findings.
 */
import { chainCheckCodes, checkTargetsAgainstApproved } from '../../../core/checks/index.ts';
import type { PerformanceDocument } from '../../../core/model.ts';
import type { ServiceDeps } from '../deps.ts';

const approvedStates = ['approved', 'published'];
const chainCodes = new Set<string>(chainCheckCodes);

/** The body with its chain findings brought up to date (a new object; the input is untouched). */
export async function addChainFindings(
  deps: ServiceDeps,
  input: { organisationId: string; body: PerformanceDocument },
): Promise<PerformanceDocument> {
  const { body } = input;
  const findings = body.findings.filter((finding) => !chainCodes.has(finding.code));
  if ((body.kind !== 'monitoring' && body.kind !== 'self-evaluation') || body.year === null)
    return { ...body, findings };
  const revisions = await deps.repositories.documents.listRevisions({
    organisationId: input.organisationId,
    year: body.year,
    kind: 'target-table',
    project: body.project ?? null,
  });
  const approved = revisions.find((revision) => approvedStates.includes(revision.state));
  if (!approved) return { ...body, findings };
  return {
    ...body,
    findings: [...findings, ...checkTargetsAgainstApproved({ document: body, approved: approved.body })],
  };
}
