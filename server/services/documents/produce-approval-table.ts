/**
 * Issue 3: "财政已批复 (the approval table is produced from it)". On 批复 the approved target
 * table is copied into a 批复表 of the same unit, year, project and revision, already approved.
 * An approval issued (approved/published) is never rewritten. Units can no longer create 批复表
 * (core/review decideAccess); one they made before that rule (a draft of the same revision) is
 * replaced by the approved copy, so finance's approval is always the one published (issue 9 item 8).
 * Publishing the target table publishes its approval table with it (批复 targets are made public).
 */
import type { StoredDocument } from '../../db/documents.repository.ts';
import type { Repositories } from '../../db/repositories.ts';
import type { Actor } from '../actor.ts';
import type { ServiceDeps } from '../deps.ts';

const issuedStates = ['approved', 'published'];

export async function produceApprovalTable(input: {
  repositories: Repositories;
  deps: Pick<ServiceDeps, 'createId'>;
  actor: Actor;
  approved: StoredDocument;
  at: string;
}): Promise<StoredDocument | null> {
  const { repositories, approved } = input;
  const existing = await repositories.documents.listRevisions({ ...approved, kind: 'approval-table' });
  const sameRevision = existing.find((document) => document.revision === approved.revision);
  if (sameRevision && issuedStates.includes(sameRevision.state)) return null;
  const body = { ...approved.body, kind: 'approval-table' as const, unit: approved.organisationName };
  if (sameRevision) return replaceUnitMadeDraft({ ...input, draft: sameRevision, body });
  const approvalTable = await repositories.documents.insert({
    id: input.deps.createId(),
    organisationId: approved.organisationId,
    year: approved.year,
    kind: 'approval-table',
    project: approved.project,
    revision: approved.revision,
    state: 'approved',
    body,
    score: null,
    grade: null,
    createdAt: input.at,
    updatedAt: input.at,
    updatedBy: input.actor.userId,
  });
  await repositories.auditEntries.append({
    documentId: approvalTable.id,
    actorId: input.actor.userId,
    at: input.at,
    action: 'produce-approval',
    fromState: null,
    toState: 'approved',
    reason: `由绩效目标表（第 ${approved.revision} 版）批复生成`,
  });
  return approvalTable;
}

/** A 批复表 a unit made itself before the rule: overwritten by the approved copy, in the audit trail. */
async function replaceUnitMadeDraft(input: {
  repositories: Repositories;
  actor: Actor;
  draft: StoredDocument;
  body: StoredDocument['body'];
  at: string;
}): Promise<StoredDocument | null> {
  const { repositories, draft } = input;
  const result = await repositories.documents.updateWithVersion({
    id: draft.id,
    expectedVersion: draft.version,
    changes: {
      body: input.body,
      state: 'approved',
      score: null,
      grade: null,
      updatedAt: input.at,
      updatedBy: input.actor.userId,
    },
  });
  if (result.status !== 'updated') return null;
  await repositories.auditEntries.append({
    documentId: draft.id,
    actorId: input.actor.userId,
    at: input.at,
    action: 'produce-approval',
    fromState: draft.state,
    toState: 'approved',
    reason: '单位自行上传的批复表已由财政批复生成的批复表取代',
  });
  return result.document;
}

/** On 公开 of a target table: publishes the approval table of the same revision, if it is approved. */
export async function publishApprovalTable(input: {
  repositories: Repositories;
  actor: Actor;
  published: StoredDocument;
  at: string;
}): Promise<StoredDocument | null> {
  const { repositories, published } = input;
  const candidates = await repositories.documents.listRevisions({ ...published, kind: 'approval-table' });
  const approvalTable = candidates.find(
    (document) => document.revision === published.revision && document.state === 'approved',
  );
  if (!approvalTable) return null;
  const result = await repositories.documents.updateWithVersion({
    id: approvalTable.id,
    expectedVersion: approvalTable.version,
    changes: { state: 'published', updatedAt: input.at, updatedBy: input.actor.userId },
  });
  if (result.status !== 'updated') return null;
  await repositories.auditEntries.append({
    documentId: approvalTable.id,
    actorId: input.actor.userId,
    at: input.at,
    action: 'publish',
    fromState: 'approved',
    toState: 'published',
    reason: '随绩效目标表一并公开',
  });
  return result.document;
}
