/**
 * 调整 (revise): after 批复, targets may be revised mid-year (DOMAIN.md). The approved revision
 * stays as it is and readable; a copy becomes the next revision, a draft that goes through review
 * again. Only the newest revision can be revised, so two revisions never compete.
 */
import type { StoredDocument } from '../../db/documents.repository.ts';
import { isUniqueViolation } from '../../db/repositories.ts';
import type { Actor } from '../actor.ts';
import type { ServiceDeps } from '../deps.ts';
import { ServiceError } from '../service-error.ts';

function createRevisionExistsError(): ServiceError {
  return new ServiceError({
    code: 'revision-exists',
    message: '该文档已有更新的调整版本，请在最新版本上继续。',
    httpStatus: 409,
  });
}

export async function createRevision(
  deps: ServiceDeps,
  input: { actor: Actor; stored: StoredDocument; reason: string | null },
): Promise<StoredDocument> {
  const { stored, actor } = input;
  const now = deps.now().toISOString();
  try {
    return await deps.transaction(async (repositories) => {
      const revisions = await repositories.documents.listRevisions(stored);
      if ((revisions[0]?.revision ?? stored.revision) !== stored.revision) throw createRevisionExistsError();
      const revision = await repositories.documents.insert({
        id: deps.createId(),
        organisationId: stored.organisationId,
        year: stored.year,
        kind: stored.kind,
        project: stored.project,
        revision: stored.revision + 1,
        state: 'draft',
        body: stored.body,
        score: stored.score,
        grade: stored.grade,
        createdAt: now,
        updatedAt: now,
        updatedBy: actor.userId,
      });
      const entry = { actorId: actor.userId, at: now, action: 'revise', reason: input.reason };
      await repositories.auditEntries.append({
        ...entry,
        documentId: stored.id,
        fromState: stored.state,
        toState: stored.state,
      });
      await repositories.auditEntries.append({
        ...entry,
        documentId: revision.id,
        fromState: null,
        toState: 'draft',
      });
      return revision;
    });
  } catch (error) {
    if (isUniqueViolation(error)) throw createRevisionExistsError();
    throw error;
  }
}
