/**
 * Authorisation in one place (issue 3): who may do what with which document. Every route and
 * service asks decideAccess; nothing else compares roles or organisations.
 *
 * Rules, and where they come from:
 * - a unit's people see and change only their own unit's documents (exact organisation match);
 * - only the 单位负责人 submits (he signs the table); the 填报 person fills in and saves;
 * - the 主管部门 sees its units' documents once submitted and reviews the 已提交 step;
 * - the 财政部门 sees its subtree once the 主管部门 has reviewed, reviews the next steps, and
 *   publishes. A unit with no separate 主管部门 above it is reviewed by finance for both steps
 *   (finance then also sees it once submitted);
 * - nobody edits a document outside 草稿/已退回;
 * - the 批复表 is finance's: it is produced only by 批复 of a target table, so nobody creates,
 *   uploads, edits or submits one (issue 9 item 8); finance only publishes it;
 * - separation of duties: a reviewer never reviews, approves, returns or publishes a document of
 *   their own organisation (a 主管部门's own documents go to finance, see hasSupervisor);
 * - the public reads published documents only; the administrator reads everything, changes nothing.
 */
import type { DocumentKind } from '../model.ts';
import { documentActionNames, isTransitionAction, type DocumentAction } from './actions.ts';
import { refuse, type Refusal } from './result.ts';
import { roleNames, isUnitRole, type ReviewActor, type Role } from './roles.ts';
import { isEditableState, reviewStateNames, type ReviewState } from './states.ts';
import { listSourceStates } from './transition.ts';

/** What decideAccess needs to know about a document (or, for 'create', the one to be made). */
export interface AccessDocument {
  kind: DocumentKind;
  state: ReviewState;
  /** The 预算单位 that owns the document. */
  organisationId: string;
  /** Organisation ids from the root down to and including the owner. */
  organisationPath: readonly string[];
  /**
   * Whether a 主管部门 sits between the owner and the finance bureau. A 主管部门's own documents
   * have none above them, so finance reviews them (separation of duties).
   */
  hasSupervisor: boolean;
}

export type AccessRefusalCode = 'not-found' | 'forbidden' | 'not-editable' | 'transition-not-allowed';
export type AccessDecision = { ok: true } | Refusal<AccessRefusalCode>;

const allowed: AccessDecision = { ok: true };

/** Actions each reviewer role takes on the step it is responsible for. */
const reviewerActions: Partial<Record<Role, readonly DocumentAction[]>> = {
  'supervisor-reviewer': ['supervisor-approve', 'return', 'add-opinion'],
  // Finance also takes the 主管部门 step for units without a separate 主管部门.
  'finance-reviewer': ['supervisor-approve', 'finance-approve', 'return', 'publish', 'add-opinion'],
};

/** States in which an opinion can be attached: the review steps. */
const opinionStates: readonly ReviewState[] = ['submitted', 'supervisor-reviewed', 'finance-reviewed'];

/** The reviewer role responsible for the document's current state, or null when no reviewer acts. */
export function getResponsibleReviewer(document: Pick<AccessDocument, 'state' | 'hasSupervisor'>): Role | null {
  switch (document.state) {
    case 'submitted':
      return document.hasSupervisor ? 'supervisor-reviewer' : 'finance-reviewer';
    case 'supervisor-reviewed':
    case 'finance-reviewed':
    case 'approved':
      return 'finance-reviewer';
    case 'draft':
    case 'returned':
    case 'published':
      return null;
  }
}

/** Whether the actor can see the document at all (otherwise it is reported as not found). */
export function canActorRead(actor: ReviewActor, document: AccessDocument): boolean {
  switch (actor.role) {
    case 'public':
      return document.state === 'published';
    case 'admin':
      return true;
    case 'unit-filler':
    case 'unit-leader':
      return actor.organisationId !== null && actor.organisationId === document.organisationId;
    case 'supervisor-reviewer':
      return isInSubtree(actor, document) && document.state !== 'draft';
    case 'finance-reviewer':
      return isInSubtree(actor, document) && listFinanceVisibleStates(document.hasSupervisor).includes(document.state);
  }
}

/** States in which the finance bureau sees a document (before that it is the 主管部门's business). */
export function listFinanceVisibleStates(hasSupervisor: boolean): readonly ReviewState[] {
  const afterSupervisor: ReviewState[] = ['supervisor-reviewed', 'approved', 'finance-reviewed', 'published'];
  return hasSupervisor ? afterSupervisor : ['submitted', 'returned', ...afterSupervisor];
}

/** Decides whether `actor` may take `action` on `document`; refusals carry a Chinese message. */
export function decideAccess(input: {
  actor: ReviewActor;
  document: AccessDocument;
  action: DocumentAction;
}): AccessDecision {
  const { actor, document, action } = input;
  // A document being created does not exist yet, so there is nothing to hide: refuse plainly.
  if (action === 'create') {
    if (document.kind === 'approval-table') return refuse('forbidden', approvalTableRefusal);
    return isUnitRole(actor.role) && actor.organisationId === document.organisationId
      ? allowed
      : refuse('forbidden', `${roleNames[actor.role]}不能为该单位新建文档；文档由预算单位自己填报。`);
  }
  // Not being allowed to see a document is reported as its absence, so ids cannot be probed.
  if (!canActorRead(actor, document)) {
    return refuse('not-found', '找不到该文档，或您无权查看。');
  }
  if (action === 'read' || action === 'read-history') return allowed;
  if (isUnitRole(actor.role)) return decideUnitAction(actor.role, document, action);
  if (reviewerActions[actor.role]?.includes(action) && actor.organisationId === document.organisationId) {
    return refuse('forbidden', '不能审核本单位的文档：审核须由上级主管部门或财政部门进行。');
  }
  if (reviewerActions[actor.role]?.includes(action) && actor.role === getResponsibleReviewer(document)) {
    return decideReviewerAction(document, action);
  }
  return refuseRole(actor.role, action, document);
}

/** Why a unit cannot create, upload, edit or submit a 批复表. */
export const approvalTableRefusal = '批复表由财政部门批复绩效目标表时生成，单位不能新建、上传、修改或提交批复表。';

function decideUnitAction(role: Role, document: AccessDocument, action: DocumentAction): AccessDecision {
  if (document.kind === 'approval-table' && (action === 'save' || action === 'submit')) return refuse('forbidden', approvalTableRefusal);
  if (action === 'save') {
    return isEditableState(document.state)
      ? allowed
      : refuse('not-editable', `文档当前状态为“${reviewStateNames[document.state]}”，只有草稿或已退回的文档可以修改。`);
  }
  if (action === 'submit') {
    if (role !== 'unit-leader') return refuse('forbidden', '只有单位负责人可以提交（提交即签字确认）。');
    return checkSourceState(document, action);
  }
  // Whoever signed may take the signature back, while no reviewer has started.
  if (action === 'withdraw') {
    if (role !== 'unit-leader') return refuse('forbidden', '只有单位负责人可以撤回提交。');
    return checkSourceState(document, action);
  }
  if (action === 'revise') return checkSourceState(document, action);
  return refuseRole(role, action, document);
}

function decideReviewerAction(document: AccessDocument, action: DocumentAction): AccessDecision {
  if (action === 'add-opinion') {
    return opinionStates.includes(document.state) && document.kind !== 'approval-table'
      ? allowed
      : refuse('transition-not-allowed', `文档当前状态为“${reviewStateNames[document.state]}”，不在审核环节，不能填写审核意见。`);
  }
  return checkSourceState(document, action);
}

function checkSourceState(document: AccessDocument, action: DocumentAction): AccessDecision {
  if (isTransitionAction(action) && listSourceStates(document.kind, action).includes(document.state)) return allowed;
  return refuse(
    'transition-not-allowed',
    `文档当前状态为“${reviewStateNames[document.state]}”，不能执行“${documentActionNames[action]}”。`,
  );
}

function refuseRole(role: Role, action: DocumentAction, document: AccessDocument): AccessDecision {
  return refuse(
    'forbidden',
    `${roleNames[role]}不能对“${reviewStateNames[document.state]}”状态的文档执行“${documentActionNames[action]}”。`,
  );
}

function isInSubtree(actor: ReviewActor, document: AccessDocument): boolean {
  return actor.organisationId !== null && document.organisationPath.includes(actor.organisationId);
}
