/** A reviewer's opinion on one indicator (or the whole document), kept per revision and in the history. */
import type { ReviewOpinion } from '../../../core/review/index.ts';
import type { Actor } from '../actor.ts';
import type { ServiceDeps } from '../deps.ts';
import { createInvalidInputError } from './document-errors.ts';
import { ensureYearOpen } from './ensure-year-open.ts';
import { loadDocumentFor } from './load-document.ts';

const indicatorPathPattern = /^goals\.(\d+)\.indicators\.(\d+)/;

export async function addOpinion(
  deps: ServiceDeps,
  input: { actor: Actor; id: string; opinion: ReviewOpinion },
): Promise<{ id: number; path: string | null; text: string; at: string }> {
  const stored = await loadDocumentFor(deps.repositories, {
    actor: input.actor,
    id: input.id,
    action: 'add-opinion',
  });
  await ensureYearOpen(deps.repositories, stored.year);
  const path = input.opinion.path;
  const match = indicatorPathPattern.exec(path);
  if (match && !stored.body.goals[Number(match[1])]?.indicators[Number(match[2])]) {
    throw createInvalidInputError('unknown-indicator', `意见所指的指标（${path}）不存在。`);
  }
  const at = deps.now().toISOString();
  const text = input.opinion.text.trim();
  const id = await deps.transaction(async (repositories) => {
    const opinionId = await repositories.reviewOpinions.add({
      documentId: stored.id,
      revision: stored.revision,
      path: path === '' ? null : path,
      text,
      actorId: input.actor.userId,
      at,
    });
    await repositories.auditEntries.append({
      documentId: stored.id,
      actorId: input.actor.userId,
      at,
      action: 'add-opinion',
      fromState: stored.state,
      toState: stored.state,
      reason: path === '' ? text : `${path}：${text}`,
    });
    return opinionId;
  });
  return { id, path: path === '' ? null : path, text, at };
}
