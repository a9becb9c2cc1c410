/**
 * One reviewed table stored as a draft, all or nothing: the file read again with the person's corrections (the same
 * reader, in a worker thread), checked against the owner's unit, held to the year and the document limits, scored
 * under the year's rule pack and stored with its audit entry in one transaction. Shared by the single save
 * (save-import.ts) and saving every table of a file (save-import-tables.ts), so both refuse alike.
 */
import type { ImportCorrections, ImportSaveResult } from '../../../contract/import-review.ts';
import { addFileUnitFinding } from '../../../documents/import-review/unit-names.ts';
import type { Actor } from '../actor.ts';
import type { ServiceDeps } from '../deps.ts';
import { analyseWithChain } from '../documents/add-chain-findings.ts';
import { createInvalidInputError, ensureWithinDocumentLimits } from '../documents/document-errors.ts';
import { insertDraft } from '../documents/insert-draft.ts';
import { readCheckedImport, type CheckedImport, type UnitMismatchChoice } from './read-checked-import.ts';
import type { ImportOwner } from './resolve-import-owner.ts';

export interface StoredTable {
  result: Omit<ImportSaveResult, 'layout'>;
  /** The read, for what the caller keeps besides the draft (a named layout from its header). */
  read: CheckedImport['read'];
}

export async function storeReviewedTable(
  deps: ServiceDeps,
  input: {
    actor: Actor;
    owner: ImportOwner;
    bytes: Buffer;
    fileName: string;
    corrections: ImportCorrections;
    unitMismatch?: UnitMismatchChoice;
    confirmedFileUnit?: string;
  },
): Promise<StoredTable> {
  const { actor, owner } = input;
  const { read, unitNote } = await readCheckedImport(deps, {
    actor,
    owner,
    bytes: input.bytes,
    fileName: input.fileName,
    corrections: input.corrections,
    ...(input.unitMismatch ? { unitMismatch: input.unitMismatch } : {}),
    ...(input.confirmedFileUnit === undefined ? {} : { confirmedFileUnit: input.confirmedFileUnit }),
  });
  const document = read.document;
  // A table the file does not hold is read as its last: saving that one again under another number would be wrong.
  if (input.corrections.table !== undefined && read.table !== input.corrections.table)
    throw createInvalidInputError('table-not-found', `文件中没有第 ${input.corrections.table + 1} 张表（共 ${read.tables.length} 张）。`);
  if (document.year === null)
    throw createInvalidInputError('year-required', '文档中没有年度，请在核对页填写年度。');
  ensureWithinDocumentLimits(document);
  // Scored under the year's rule pack (issue 12), in a worker thread.
  const analysed = await analyseWithChain(deps, {
    organisationId: owner.organisationId,
    body: { ...document, unit: owner.organisationName },
  });
  const body = addFileUnitFinding(analysed, unitNote);
  // Finance imports on behalf of the unit: the draft is the unit's, the audit entry names who imported it.
  const ownerActor: Actor = {
    ...actor,
    organisationId: owner.organisationId,
    organisationName: owner.organisationName,
    organisationPath: owner.organisationPath,
  };
  const stored = await insertDraft(deps, {
    actor: ownerActor,
    body,
    action: 'import',
    reason: [input.fileName, unitNote].filter(Boolean).join('；'),
  });
  return {
    result: {
      document: {
        id: stored.id,
        year: stored.year,
        kind: document.kind,
        project: stored.project,
        organisationId: owner.organisationId,
        organisationName: owner.organisationName,
      },
      findings: body.findings,
    },
    read,
  };
}
