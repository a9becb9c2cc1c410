/**
 * The write both saves share (a whole draft, or one indicator): core scores and checks the body,
 * the field-level changes go into the audit trail in the same transaction as the versioned
 * update, and a stale version overwrites nothing (409 with the current document).
 */
import { checkCodes } from '../../../core/analyse.ts';
import { diffDocuments } from '../../../core/audit/diff-documents.ts';
import type { PerformanceDocument } from '../../../core/model.ts';
import type { AuditedUpdate, StoredDocument, VersionedUpdateResult } from '../../db/documents.repository.ts';
import type { Actor } from '../actor.ts';
import type { ServiceDeps } from '../deps.ts';
import { createNotFoundError } from '../service-error.ts';
import { createVersionConflictError } from './document-errors.ts';
import { packForOpenYear } from './ensure-year-open.ts';
import { toDocumentView } from './document-view.ts';
import { pickScore } from './pick-score.ts';
import { analyseWithChain } from './add-chain-findings.ts';
import { storedBodyCacheOf } from './stored-body-cache.ts';
import type { YearOfSave } from './load-document.ts';
import { createSaveQueue, type SaveQueue } from './save-queue.ts';

const saveQueues = new WeakMap<object, SaveQueue<AuditedUpdate, VersionedUpdateResult>>();

/** The app's group commit of saves (save-queue.ts), one per repositories object like the body cache. */
function saveQueueOf(deps: ServiceDeps): SaveQueue<AuditedUpdate, VersionedUpdateResult> {
  const { documents } = deps.repositories;
  let queue = saveQueues.get(deps.repositories);
  if (!queue) {
    queue = createSaveQueue({
      writeBatch: (saves) => documents.updateManyWithVersionAndAudit(saves),
      writeOne: (save) => documents.updateWithVersionAndAudit(save),
      keyOf: (save) => save.id,
      ...(deps.hasRequestsWaiting ? { shouldHold: deps.hasRequestsWaiting } : {}),
    });
    saveQueues.set(deps.repositories, queue);
  }
  return queue;
}

/** Findings the reader wrote on import (unparsed-line, shifted-row …); analyseDocument replaces the checks' own. */
function listReaderFindings(body: PerformanceDocument): PerformanceDocument['findings'] {
  const checkCodeSet = new Set<string>(checkCodes);
  return body.findings.filter((finding) => !checkCodeSet.has(finding.code));
}

/**
 * The updated_at a save writes: the stored one while the clock is still in its minute (the lists
 * order and show it to the minute), else now. So the autosaves of a document within a minute leave
 * every listing index as it is, and on PostgreSQL rewrite the row as a HOT update, with no index
 * entry at all (migration 20261208110000; issue 14 item 3). The audit entry keeps the exact time.
 */
export function keepWithinMinute(storedAt: string, now: string): string {
  return storedAt.slice(0, 16) === now.slice(0, 16) ? storedAt : now;
}

/** The stored document after the edit (or unchanged when the edit changed nothing). */
export async function storeEditedBody(
  deps: ServiceDeps,
  input: {
    actor: Actor;
    stored: StoredDocument;
    /** The year's pack choices and state when read with the document (loadDocumentForSave): no statement for them here. */
    year?: YearOfSave;
    expectedVersion: number;
    body: PerformanceDocument;
  },
): Promise<StoredDocument> {
  const { stored, actor } = input;
  if (stored.version !== input.expectedVersion)
    throw createVersionConflictError(toDocumentView(stored, actor));
  // The analysis below is the save's costly part; on PostgreSQL it runs in its turn (deps.awaitTurn).
  await deps.awaitTurn?.();
  // Refuses a closed year, and names the pack, in one statement.
  const pack = await packForOpenYear(deps.repositories, { year: stored.year, organisationId: stored.organisationId, organisationPath: stored.organisationPath, ...(input.year ? { known: input.year } : {}) });
  // What the client sends as findings and unit is never stored as sent (issue 9 item 9): the
  // reader's findings come from the stored document, the checks' are recomputed, and the unit
  // is the owning organisation.
  // In this thread: the body passed the document limits at the edge (add-chain-findings.ts).
  const body = await analyseWithChain(deps, {
    inRequestThread: true,
    organisationId: stored.organisationId,
    organisationPath: stored.organisationPath,
    pack,
    body: { ...input.body, unit: stored.organisationName, findings: listReaderFindings(stored.body) },
    year: stored.year,
  });
  const changes = diffDocuments(stored.body, body);
  if (changes.length === 0) return stored;
  const now = deps.now().toISOString();
  const updatedAt = keepWithinMinute(stored.updatedAt, now);
  // The update and its audit entry in one atomic write, in one transaction with the saves that
  // reach their write at the same time (group commit, save-queue.ts).
  const result = await saveQueueOf(deps).enqueue({
    id: stored.id,
    expectedVersion: input.expectedVersion,
    changes: { body, ...pickScore(body), updatedAt, updatedBy: actor.userId },
    organisation: stored,
    audit: { actorId: actor.userId, at: now, action: 'save', fromState: stored.state, toState: stored.state, reason: null, changes },
  });
  if (result.status === 'not-found') throw createNotFoundError('找不到该文档，或您无权查看。');
  if (result.status === 'stale') {
    const current = await deps.repositories.documents.getById(stored.id);
    throw createVersionConflictError(toDocumentView(current ?? stored, actor));
  }
  // The next save of this document on this instance need not read and parse the body again.
  storedBodyCacheOf(deps.repositories).set(result.document.id, result.document.version, result.document.body);
  return result.document;
}
