/**
 * Moves a document through the review workflow (submit, withdraw, approve, return, publish, revise).
 * core/review decides who may and what the next state is; this use case writes the new state,
 * the audit entry and any conclusion in one transaction. A 批复 of a target table also produces
 * its approval table; a 调整 creates the next revision as a draft (create-revision.ts).
 */
import type { TransitionResponse as TransitionOutcome } from '../../../contract/document-workflow.ts';
import { analyseForYear } from '../rule-packs/pack-for-year.ts';
import type { DocumentKind } from '../../../core/model.ts';
import {
  checkConclusion,
  checkSubmission,
  decideTransition,
  verdictNames,
  type ReviewConclusion,
  type ReviewState,
  type TransitionAction,
} from '../../../core/review/index.ts';
import type { StoredDocument } from '../../db/documents.repository.ts';
import type { Repositories } from '../../db/repositories.ts';
import type { Actor } from '../actor.ts';
import type { ServiceDeps } from '../deps.ts';
import { createNotFoundError, ServiceError, toServiceError } from '../service-error.ts';
import { createRevision } from './create-revision.ts';
import { createVersionConflictError, toInputError } from './document-errors.ts';
import { ensureYearOpen } from './ensure-year-open.ts';
import { toDocumentView } from './document-view.ts';
import { loadDocumentFor } from './load-document.ts';
import { produceApprovalTable, publishApprovalTable } from './produce-approval-table.ts';
import {
  isRecordedTransition,
  recordApprovedIndicators,
} from '../indicator-library/record-approved-indicators.ts';
import { notifyDocumentTransition } from '../notifications/notify-events.ts';

export async function transitionDocument(
  deps: ServiceDeps,
  input: {
    actor: Actor;
    id: string;
    action: TransitionAction;
    expectedVersion?: number | null;
    reason?: string | null;
    conclusion?: ReviewConclusion | null;
  },
): Promise<TransitionOutcome> {
  const { actor } = input;
  const stored = await loadDocumentFor(deps.repositories, { actor, id: input.id, action: input.action });
  if (input.expectedVersion != null && input.expectedVersion !== stored.version) {
    throw createVersionConflictError(toDocumentView(stored, actor));
  }
  await ensureYearOpen(deps.repositories, stored.year);
  const kind = stored.kind as DocumentKind;
  const conclusionCheck = checkConclusion({ kind, action: input.action, conclusion: input.conclusion });
  if (!conclusionCheck.ok) throw toInputError(conclusionCheck);
  const transition = decideTransition({
    kind,
    state: stored.state as ReviewState,
    action: input.action,
    reason: input.reason,
  });
  if (!transition.ok) {
    throw transition.code === 'transition-not-allowed'
      ? toServiceError(transition)
      : toInputError(transition);
  }
  if (input.action === 'submit') await checkSubmissionAllowed(deps, stored);
  if (input.action === 'withdraw') await checkReviewNotStarted(deps.repositories, stored);
  const reason = input.reason?.trim() || null;
  if (transition.createsRevision) {
    const revision = await createRevision(deps, { actor, stored, reason });
    return { document: toDocumentView(stored, actor), revision: toDocumentView(revision, actor) };
  }

  const now = deps.now().toISOString();
  const outcome = await deps.transaction(async (repositories) => {
    const result = await repositories.documents.updateWithVersion({
      id: stored.id,
      expectedVersion: stored.version,
      changes: { state: transition.state, updatedAt: now, updatedBy: actor.userId },
    });
    if (result.status === 'not-found') throw createNotFoundError('找不到该文档，或您无权查看。');
    if (result.status === 'stale') {
      const current = await repositories.documents.getById(stored.id);
      throw createVersionConflictError(toDocumentView(current ?? stored, actor));
    }
    await repositories.auditEntries.append({
      documentId: stored.id,
      actorId: actor.userId,
      at: now,
      action: input.action,
      fromState: stored.state,
      toState: transition.state,
      reason,
    });
    if (input.conclusion)
      await recordConclusion(repositories, { stored, actor, conclusion: input.conclusion, at: now });
    // Issue 10: the unit hears of a 退回 or 批复 in the same transaction.
    await notifyDocumentTransition(repositories, {
      document: result.document,
      action: input.action,
      toState: transition.state,
      reason,
      actorId: actor.userId,
      at: now,
    });
    // Issue 13: approved targets and reviewed actuals feed the indicator library's history.
    if (isRecordedTransition(kind, transition.state))
      await recordApprovedIndicators(repositories, result.document);
    const isTargetTable = kind === 'target-table';
    let approvalTable: StoredDocument | null = null;
    if (isTargetTable && input.action === 'finance-approve') {
      approvalTable = await produceApprovalTable({
        repositories,
        deps,
        actor,
        approved: result.document,
        at: now,
      });
    } else if (isTargetTable && input.action === 'publish') {
      approvalTable = await publishApprovalTable({
        repositories,
        actor,
        published: result.document,
        at: now,
      });
    }
    return { document: result.document, approvalTable };
  });
  return {
    document: toDocumentView(outcome.document, actor),
    ...(outcome.approvalTable ? { approvalTable: toDocumentView(outcome.approvalTable, actor) } : {}),
  };
}

/** Issue 3: a self-evaluation is refused while an indicator lacks its deviation reason or a score is out of band. */
async function checkSubmissionAllowed(deps: ServiceDeps, stored: StoredDocument): Promise<void> {
  const analysed = await analyseForYear(deps, stored.body, stored.year, stored.organisationId);
  const check = checkSubmission({ document: analysed, findings: analysed.findings });
  if (!check.ok) {
    throw new ServiceError({
      code: check.code,
      message: check.message,
      httpStatus: 422,
      details: { indicators: check.indicators },
    });
  }
}

/**
 * 撤回 is for a submission nobody has started reviewing: once a reviewer has written an opinion
 * on this revision the unit asks for a 退回 instead, so the reviewer's work is not lost.
 */
async function checkReviewNotStarted(repositories: Repositories, stored: StoredDocument): Promise<void> {
  const opinions = await repositories.reviewOpinions.listByDocument({
    documentId: stored.id,
    revision: stored.revision,
  });
  if (opinions.length > 0) {
    throw new ServiceError({
      code: 'review-started',
      message: '审核人已开始审核（已填写审核意见），不能撤回；如需修改，请联系审核人退回。',
      httpStatus: 409,
    });
  }
}

/** The conclusion (通过/不通过 and grade) is kept with the opinions on the whole document. */
async function recordConclusion(
  repositories: Repositories,
  input: { stored: StoredDocument; actor: Actor; conclusion: ReviewConclusion; at: string },
): Promise<void> {
  const { conclusion } = input;
  const grade = conclusion.grade ? `，等级：${conclusion.grade}` : '';
  const text = conclusion.text?.trim() ? `。${conclusion.text.trim()}` : '';
  await repositories.reviewOpinions.add({
    documentId: input.stored.id,
    revision: input.stored.revision,
    path: null,
    text: `审核结论：${verdictNames[conclusion.verdict]}${grade}${text}`,
    actorId: input.actor.userId,
    at: input.at,
  });
}
