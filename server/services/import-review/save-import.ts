/**
 * Saves a reviewed import: the file read again with the person's corrections (the same reader, in a
 * worker thread), checked against the owner's unit, scored and stored as a draft with its audit
 * entry; the mapping, when asked, is saved as a named layout keyed by the header signature. A file
 * naming another unit is refused unless the person chose to save it as the owner's, and then the
 * file's unit is noted in a finding and the audit entry.
 */
import { findLimitBreach } from '../../../core/document-limits.ts';
import type { ImportSaveBody, ImportSaveResult } from '../../../contract/import-review.ts';
import type { Actor } from '../actor.ts';
import type { ServiceDeps } from '../deps.ts';
import { analyseWithChain } from '../documents/add-chain-findings.ts';
import { createInvalidInputError } from '../documents/document-errors.ts';
import { insertDraft } from '../documents/insert-draft.ts';
import { createForbiddenError, ServiceError } from '../service-error.ts';
import { toImportLayoutView } from './preview-import.ts';
import { addFileUnitFinding } from '../../../documents/import-review/unit-names.ts';
import { readCheckedImport } from './read-checked-import.ts';
import { resolveImportOwner } from './resolve-import-owner.ts';

export async function saveImport(
  deps: ServiceDeps,
  input: { actor: Actor; bytes: Buffer; fileName: string } & Omit<
    ImportSaveBody,
    'fileName' | 'contentBase64'
  >,
): Promise<ImportSaveResult> {
  const { actor } = input;
  const owner = await resolveImportOwner(deps, { actor, organisationId: input.organisationId });
  if (!owner) throw createInvalidInputError('unit-required', '请选择该文档所属的单位。');
  if (input.layout?.scope === 'shared' && actor.role !== 'finance-reviewer')
    throw createForbiddenError('只有财政部门可以保存共享版式。');
  const { read, unitNote } = await readCheckedImport(deps, {
    actor,
    owner,
    bytes: input.bytes,
    fileName: input.fileName,
    corrections: input.corrections ?? {},
    ...(input.unitMismatch ? { unitMismatch: input.unitMismatch } : {}),
  });
  const document = read.document;
  if (document.year === null)
    throw createInvalidInputError('year-required', '文档中没有年度，请在核对页填写年度。');
  const breach = findLimitBreach(document);
  if (breach) {
    throw new ServiceError({
      code: 'document-too-large',
      message: `文档超出大小上限：${breach.path} ${breach.message}。请删减后再上传。`,
      httpStatus: 413,
    });
  }
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
  let layout = null;
  if (input.layout && read.header) {
    const scope = input.layout.scope;
    layout = await deps.repositories.importLayouts.save({
      id: deps.createId(),
      organisationId: scope === 'shared' ? actor.organisationId : owner.organisationId,
      scope,
      name: input.layout.name,
      headerSignature: read.header.headerSignature,
      headerText: read.header.columns.map((column) => column.text).join(' | '),
      columnRoles: read.header.columns.map((column) => ({ column: column.column, role: column.role })),
      createdBy: actor.userId,
      at: deps.now().toISOString(),
      updatedAt: deps.now().toISOString(),
    });
  }
  return {
    document: {
      id: stored.id,
      year: stored.year,
      kind: document.kind,
      project: stored.project,
      organisationId: owner.organisationId,
      organisationName: owner.organisationName,
    },
    findings: body.findings,
    layout: layout ? toImportLayoutView(layout) : null,
  };
}
