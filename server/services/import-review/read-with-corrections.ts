/**
 * The one read behind preview and save: the file through the reader in a worker thread
 * (deps.heavyWork), with the person's column mapping, else the saved named layout of the file's
 * header signature, then the corrections that are not a re-read (year, project, rows moved).
 */
import type { ImportCorrections } from '../../../contract/import-review.ts';
import type { ColumnRoleOverride } from '../../../documents/grid/header-band.ts';
import { applyCorrections } from '../../../documents/import-review/apply-corrections.ts';
import type { ReviewRead } from '../../../documents/import-review/read-for-review.ts';
import { sumIndicators } from '../../../documents/import-review/sum-indicators.ts';
import { ImportError } from '../../../documents/import-error.ts';
import type { ImportLayout } from '../../db/import-layouts.repository.ts';
import type { ServiceDeps } from '../deps.ts';
import { statusByImportError, maxImportBytes } from '../documents/import-limits.ts';
import { ServiceError } from '../service-error.ts';
import { createInvalidInputError } from '../documents/document-errors.ts';
import type { ImportOwner } from './resolve-import-owner.ts';

export interface CorrectedRead {
  read: ReviewRead;
  /** The saved layout the read used, when the person gave no mapping of their own. */
  layout: ImportLayout | null;
}

async function readFile(deps: ServiceDeps, input: { bytes: Buffer; fileName: string; corrections: ImportCorrections; columnRoles?: ColumnRoleOverride }): Promise<ReviewRead> {
  try {
    return await deps.heavyWork.readForReview({
      bytes: input.bytes,
      fileName: input.fileName,
      limits: { maxFileBytes: maxImportBytes },
      ...(input.columnRoles ? { columnRoles: input.columnRoles } : {}),
      ...(input.corrections.kind ? { kind: input.corrections.kind } : {}),
      ...(input.corrections.table === undefined ? {} : { table: input.corrections.table }),
    });
  } catch (error) {
    if (error instanceof ImportError) {
      throw new ServiceError({ code: error.code, message: error.message, httpStatus: statusByImportError[error.code] ?? 422 });
    }
    throw error;
  }
}

export async function readWithCorrections(
  deps: ServiceDeps,
  input: { bytes: Buffer; fileName: string; corrections: ImportCorrections; owner: ImportOwner | null; actorOrganisation: ImportOwner },
): Promise<CorrectedRead> {
  const { corrections } = input;
  const mapping = corrections.columnRoles;
  let read = await readFile(deps, { ...input, ...(mapping ? { columnRoles: { roles: mapping } } : {}) });
  let layout: ImportLayout | null = null;
  if (!mapping && read.header) {
    const organisation = input.owner ?? input.actorOrganisation;
    layout = await deps.repositories.importLayouts.findForSignature({
      headerSignature: read.header.headerSignature,
      organisationId: organisation.organisationId,
      organisationPath: organisation.organisationPath,
    });
    if (layout) read = await readFile(deps, { ...input, columnRoles: { headerSignature: layout.headerSignature, roles: layout.columnRoles } });
  }
  const corrected = applyCorrections(read.document, corrections);
  if (!corrected.ok) throw createInvalidInputError(corrected.refusal.code, corrected.refusal.message);
  const document = corrected.document;
  const fields = read.fields.map((field) =>
    (field.field === 'year' && corrections.year !== undefined) || (field.field === 'project' && corrections.project !== undefined)
      ? { ...field, confidence: 'corrected' as const }
      : field,
  );
  return { read: { ...read, document, fields, totals: sumIndicators(document) }, layout };
}
