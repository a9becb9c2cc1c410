/**
 * Which documents a 整改通知 may point at. A draft (or a table sent back and not yet resubmitted) is
 * still the unit's working copy: its figures may change tomorrow, so there is nothing settled to
 * rectify, and the unit would be told to fix what it has not yet reported. Finance therefore issues
 * 整改 only on a document the unit has submitted (已提交, reviewed, approved or published).
 */
import { documentKindNames, type DocumentKind } from '../model.ts';
import { refuse, type Refusal } from '../review/result.ts';
import { isEditableState, type ReviewState } from '../review/states.ts';

/** Why 整改 cannot be issued on a document in this state, or null when it can. */
export function explainWhyNotRectifiable(state: ReviewState): string | null {
  if (state === 'draft') return '尚未提交（草稿），单位提交后才能下发整改';
  if (state === 'returned') return '已退回单位修改，单位重新提交后才能下发整改';
  return isEditableState(state) ? '尚未提交，单位提交后才能下发整改' : null;
}

/** Accepts a document as the target of a 整改 item, or refuses with a Chinese message naming the item. */
export function decideRectificationTarget(input: { where: string; kind: DocumentKind; state: ReviewState }): { ok: true } | Refusal<'document-not-submitted'> {
  const reason = explainWhyNotRectifiable(input.state);
  if (reason === null) return { ok: true };
  return refuse('document-not-submitted', `${input.where}关联的${documentKindNames[input.kind]}${reason}。`);
}
