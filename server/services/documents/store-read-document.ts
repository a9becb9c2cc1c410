/**
 * The part of every import after reading (upload, file import): score and check (core/analyse, in
 * a worker thread), then store as a draft of the actor's unit with its first audit entry, in one
 * transaction.
 */
import type { Finding, PerformanceDocument } from '../../../core/model.ts';
import type { Actor } from '../actor.ts';
import type { ServiceDeps } from '../deps.ts';
import { addFileUnitFinding } from '../../../documents/import-review/unit-names.ts';
import { createInvalidInputError, ensureWithinDocumentLimits } from './document-errors.ts';
import { insertDraft } from './insert-draft.ts';
import { analyseWithChain } from './add-chain-findings.ts';
import { ensureMayCreate } from './ensure-may-create.ts';
import { toDocumentView, type DocumentView } from './document-view.ts';

/**
 * The draft's year: the one given with the upload, else the document's own. Checked before the
 * uploader-unit question too (import-document-file.ts), so nobody confirms the unit of a file that
 * cannot be saved without a year.
 */
export function requireYear(given: number | null, read: Pick<PerformanceDocument, 'year'>): number {
  const year = given ?? read.year;
  if (year === null) throw createInvalidInputError('year-required', '文档中没有年度，请在上传时指定年度。');
  return year;
}

export async function storeReadDocument(
  deps: ServiceDeps,
  input: {
    actor: Actor;
    read: PerformanceDocument;
    year: number | null;
    action: string;
    reason: string | null;
    unitNote?: string | null;
  },
): Promise<{ document: DocumentView; findings: Finding[] }> {
  const { read } = input;
  const year = requireYear(input.year, read);
  ensureMayCreate(input.actor, read.kind);
  ensureWithinDocumentLimits(read);
  // A file saved as the unit's although it names another (the caller chose so): the draft names the
  // unit, the file's own unit stays in a finding.
  const unit = input.unitNote ? input.actor.organisationName : read.unit || input.actor.organisationName;
  const analysed = await analyseWithChain(deps, {
    organisationId: input.actor.organisationId,
    body: { ...read, year, unit },
    year,
  });
  const body: PerformanceDocument = addFileUnitFinding(analysed, input.unitNote ?? null);
  const stored = await insertDraft(deps, {
    actor: input.actor,
    body,
    action: input.action,
    reason: input.reason,
  });
  return { document: toDocumentView(stored, input.actor), findings: body.findings };
}
