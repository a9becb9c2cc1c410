/**
 * The state machines of issue 3: which action moves a document from which state to which.
 * Who may act is decided elsewhere (decideAccess); this file only knows states.
 */
import type { DocumentKind } from '../model.ts';
import { documentActionNames, type TransitionAction } from './actions.ts';
import { refuse, type Refusal } from './result.ts';
import { getReviewFlow, reviewStateNames, type ReviewFlow, type ReviewState } from './states.ts';

type Moves = Partial<Record<TransitionAction, { from: readonly ReviewState[]; to: ReviewState }>>;

const editable: readonly ReviewState[] = ['draft', 'returned'];

const movesByFlow: Record<ReviewFlow, Moves> = {
  // 目标表: 草稿 → 已提交 → 主管部门已审核 → 财政已批复 (locked) → 已公开; 调整 starts a new revision.
  targets: {
    submit: { from: editable, to: 'submitted' },
    // 撤回: the unit takes a submission back before any review (the service also checks no opinion was given).
    withdraw: { from: ['submitted'], to: 'draft' },
    'supervisor-approve': { from: ['submitted'], to: 'supervisor-reviewed' },
    'finance-approve': { from: ['supervisor-reviewed'], to: 'approved' },
    return: { from: ['submitted', 'supervisor-reviewed'], to: 'returned' },
    publish: { from: ['approved'], to: 'published' },
    revise: { from: ['approved', 'published'], to: 'draft' },
  },
  // 自评表 / 评价报告: 草稿 → 已提交 → 主管部门已审核 → 财政已复核 → 已公开. Finance may still
  // send a 复核ed evaluation back before publishing it (抽查 finds a problem); nothing revises a
  // published evaluation.
  evaluation: {
    submit: { from: editable, to: 'submitted' },
    withdraw: { from: ['submitted'], to: 'draft' },
    'supervisor-approve': { from: ['submitted'], to: 'supervisor-reviewed' },
    'finance-approve': { from: ['supervisor-reviewed'], to: 'finance-reviewed' },
    return: { from: ['submitted', 'supervisor-reviewed', 'finance-reviewed'], to: 'returned' },
    publish: { from: ['finance-reviewed'], to: 'published' },
  },
};

/** The longest reason kept; longer texts are refused rather than cut. */
export const maxReasonLength = 2000;

/**
 * Actions that must say why, with the word for the reason: 退回 (issue 3) and 调整 (a revision of
 * approved targets is reviewed again, and the reviewers need the cause).
 */
const reasonNames: Partial<Record<TransitionAction, string>> = { return: '退回理由', revise: '调整原因' };

export type TransitionRefusalCode = 'transition-not-allowed' | 'reason-required' | 'reason-too-long';
export type TransitionResult =
  | { ok: true; state: ReviewState; createsRevision: boolean }
  | Refusal<TransitionRefusalCode>;

/**
 * The move of an action for a kind. Only the unit's target table is revised (调整); the 批复表 is
 * issued by finance, only published, and a new one is produced when the revised target table is approved.
 */
function getMove(kind: DocumentKind, action: TransitionAction) {
  if (action === 'revise' && kind !== 'target-table') return undefined;
  // The 批复表 is born approved (produced by 批复, issue 9 item 8): it can only be published.
  if (kind === 'approval-table' && action !== 'publish') return undefined;
  return movesByFlow[getReviewFlow(kind)][action];
}

/** The states from which an action is possible for a kind (empty when the kind has no such step). */
export function listSourceStates(kind: DocumentKind, action: TransitionAction): readonly ReviewState[] {
  return getMove(kind, action)?.from ?? [];
}

/**
 * Decides the next state of a document of `kind` in `state` when `action` is taken.
 * 退回 and 调整 need a reason (issue 3: "退回 (with a required reason)"); 调整 creates a new revision;
 * 撤回 takes a submission back to 草稿 before review starts.
 */
export function decideTransition(input: {
  kind: DocumentKind;
  state: ReviewState;
  action: TransitionAction;
  reason?: string | null;
}): TransitionResult {
  const move = getMove(input.kind, input.action);
  const actionName = documentActionNames[input.action];
  if (!move || !move.from.includes(input.state)) {
    return refuse(
      'transition-not-allowed',
      `文档当前状态为“${reviewStateNames[input.state]}”，不能执行“${actionName}”。`,
    );
  }
  const reasonName = reasonNames[input.action];
  if (reasonName) {
    const reason = input.reason?.trim() ?? '';
    if (reason === '') return refuse('reason-required', `${actionName}必须填写${reasonName}。`);
    if (reason.length > maxReasonLength) {
      return refuse('reason-too-long', `${reasonName}不能超过 ${maxReasonLength} 个字。`);
    }
  }
  return { ok: true, state: move.to, createsRevision: input.action === 'revise' };
}
