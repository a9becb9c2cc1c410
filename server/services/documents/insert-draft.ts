/** Stores a new draft and its first audit entry in one transaction (upload, import, create from data, demo). */
import type { PerformanceDocument } from '../../../core/model.ts';
import { isUniqueViolation } from '../../db/repositories.ts';
import type { Actor } from '../actor.ts';
import type { ServiceDeps } from '../deps.ts';
import { createDocumentExistsError } from './document-errors.ts';
import { ensureYearOpen } from './ensure-year-open.ts';
import { pickScore } from './pick-score.ts';

/**
 * Stores a new draft (revision 1) and its first audit entry in one transaction. The unit named in
 * the body is the owning organisation's name, never free text from a file or a request, since
 * prints and public pages show it (issue 9 item 9).
 */
export async function insertDraft(
  deps: ServiceDeps,
  input: { actor: Actor; body: PerformanceDocument; action: string; reason: string | null },
) {
  const now = deps.now().toISOString();
  await ensureYearOpen(deps.repositories, input.body.year ?? 0);
  const body: PerformanceDocument = { ...input.body, unit: input.actor.organisationName };
  const { score, grade } = pickScore(body);
  try {
    return await deps.transaction(async (repositories) => {
      const stored = await repositories.documents.insert({
        id: deps.createId(),
        organisationId: input.actor.organisationId,
        year: body.year ?? 0,
        kind: body.kind,
        project: body.scope === 'project' ? (body.project ?? null) : null,
        revision: 1,
        state: 'draft',
        body,
        score,
        grade,
        createdAt: now,
        updatedAt: now,
        updatedBy: input.actor.userId,
      });
      await repositories.auditEntries.append({
        documentId: stored.id,
        actorId: input.actor.userId,
        at: now,
        action: input.action,
        fromState: null,
        toState: 'draft',
        reason: input.reason,
      });
      return stored;
    });
  } catch (error) {
    if (isUniqueViolation(error)) throw createDocumentExistsError({ kind: body.kind, year: body.year, project: body.scope === 'project' ? body.project : null });
    throw error;
  }
}
