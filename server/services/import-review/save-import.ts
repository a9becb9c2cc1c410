/**
 * Saves a reviewed import: the table stored as a draft (store-reviewed-table.ts: read again with the person's
 * corrections, checked against the owner's unit, scored, stored with its audit entry); the mapping, when asked, is
 * saved as a named layout keyed by the header signature. A file naming another unit is refused unless the person
 * chose to save it as the owner's, and then the file's unit is noted in a finding and the audit entry.
 */
import type { ImportSaveBody, ImportSaveResult } from '../../../contract/import-review.ts';
import type { Actor } from '../actor.ts';
import type { ServiceDeps } from '../deps.ts';
import { createInvalidInputError } from '../documents/document-errors.ts';
import { createForbiddenError } from '../service-error.ts';
import { toImportLayoutView } from './preview-import.ts';
import { resolveImportOwner } from './resolve-import-owner.ts';
import { storeReviewedTable } from './store-reviewed-table.ts';

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
  const { result, read } = await storeReviewedTable(deps, {
    actor,
    owner,
    bytes: input.bytes,
    fileName: input.fileName,
    corrections: input.corrections ?? {},
    ...(input.unitMismatch ? { unitMismatch: input.unitMismatch } : {}),
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
  return { ...result, layout: layout ? toImportLayoutView(layout) : null };
}
