/** Loads a document for an action, asking core/review decideAccess; refusals become ServiceErrors. */
import { decideAccess, type DocumentAction, type ReviewActor } from '../../../core/review/index.ts';
import type { StoredDocument } from '../../db/documents.repository.ts';
import type { Repositories } from '../../db/repositories.ts';
import { createNotFoundError, toServiceError } from '../service-error.ts';
import { toAccessDocument } from './document-view.ts';
import type { PerformanceDocument } from '../../../core/model.ts';
import { storedBodyCacheOf } from './stored-body-cache.ts';
import type { PackChoices } from '../rule-packs/pack-for-year.ts';

/** The document if the actor may take `action` on it; otherwise throws (404 when it may not even see it). */
export async function loadDocumentFor(
  repositories: Repositories,
  input: { actor: ReviewActor; id: string; action: DocumentAction },
): Promise<StoredDocument> {
  const document = await repositories.documents.getById(input.id);
  if (!document) throw createNotFoundError('找不到该文档，或您无权查看。');
  const decision = decideAccess({
    actor: input.actor,
    document: toAccessDocument(document),
    action: input.action,
  });
  if (!decision.ok) throw toServiceError(decision);
  return document;
}

/** What a save learnt with its document: its year's pack choices and whether the year is closed. */
export interface YearOfSave {
  choices: PackChoices;
  isYearClosed: boolean;
}

/**
 * loadDocumentFor(…, action 'save'), with the body from the stored-body cache when the document is
 * still at the version a save on this instance wrote (stored-body-cache.ts), and the year's pack
 * choices and state: one statement, and no 40 KB body read and parsed on an autosave after an autosave.
 */
export async function loadDocumentForSave(
  repositories: Repositories,
  input: { actor: ReviewActor; id: string },
): Promise<{ stored: StoredDocument; year?: YearOfSave }> {
  const cache = storedBodyCacheOf(repositories);
  const row = await repositories.documents.getSaveView(input.id, cache.versionOf(input.id));
  if (!row) throw createNotFoundError('找不到该文档，或您无权查看。');
  const { summary, bodyText } = row;
  let body = bodyText === null ? cache.get(summary.id, summary.version) : undefined;
  if (!body) {
    // Not kept (or replaced by a newer save while the row was read): the body as stored.
    if (bodyText === null) return { stored: await loadDocumentFor(repositories, { ...input, action: 'save' }) };
    body = JSON.parse(bodyText) as PerformanceDocument;
    cache.set(summary.id, summary.version, body);
  }
  const document: StoredDocument = { ...summary, body };
  const decision = decideAccess({ actor: input.actor, document: toAccessDocument(document), action: 'save' });
  if (!decision.ok) throw toServiceError(decision);
  return { stored: document, year: { choices: row.packChoices, isYearClosed: row.isYearClosed } };
}
