/**
 * Review states of a stored document and the flow each document kind follows.
 * Flows come from issue 3 and the states seen in real systems (DOMAIN.md "Flow states"):
 * 单位填报 → 主管部门审核 → 财政审核 → 批复/公开, with 退回 from any review step.
 */
import type { DocumentKind } from '../model.ts';

export const reviewStates = [
  'draft',
  'returned',
  'submitted',
  'supervisor-reviewed',
  'approved',
  'finance-reviewed',
  'published',
] as const;
export type ReviewState = (typeof reviewStates)[number];

/** Chinese names for UI and messages. */
export const reviewStateNames: Record<ReviewState, string> = {
  draft: '草稿',
  returned: '已退回',
  submitted: '已提交',
  'supervisor-reviewed': '主管部门已审核',
  approved: '财政已批复',
  'finance-reviewed': '财政已复核',
  published: '已公开',
};

/**
 * The only states in which a document's content may change. 'returned' is a draft that
 * remembers it was sent back (the reason lives in the audit trail).
 */
export const editableStates: readonly ReviewState[] = ['draft', 'returned'];

/** Whether a document in this state may be edited by its unit. */
export function isEditableState(state: ReviewState): boolean {
  return editableStates.includes(state);
}

/**
 * Two flows. Target tables (and approval tables, which are produced from an approved target
 * table) end in 批复 and may then be published; self-evaluations and evaluation reports are
 * 复核ed by finance and then published (自评结果应公开, DOMAIN.md). The evaluation report has its
 * own state and moves through the same steps as the self-evaluation it is submitted with.
 */
export type ReviewFlow = 'targets' | 'evaluation';

const flowByKind: Record<DocumentKind, ReviewFlow> = {
  'target-table': 'targets',
  'approval-table': 'targets',
  'self-evaluation': 'evaluation',
  'evaluation-report': 'evaluation',
  // 监控表: unit fills, supervisor and finance review (财政复核), as a self-evaluation does.
  monitoring: 'evaluation',
};

/** The flow a document kind follows. */
export function getReviewFlow(kind: DocumentKind): ReviewFlow {
  return flowByKind[kind];
}

/** States a document of this kind can reach, in order (for filters and progress displays). */
export function listStatesOfKind(kind: DocumentKind): readonly ReviewState[] {
  return getReviewFlow(kind) === 'targets'
    ? ['draft', 'returned', 'submitted', 'supervisor-reviewed', 'approved', 'published']
    : ['draft', 'returned', 'submitted', 'supervisor-reviewed', 'finance-reviewed', 'published'];
}
