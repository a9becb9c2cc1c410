/**
 * The one import pipeline behind every entry point that stores a file (the review screen's save,
 * POST /api/documents/upload and /api/documents/import): the file read in a worker thread with the
 * person's mapping or the saved named layout of its header signature (read-with-corrections.ts),
 * the kind checked against who imports it, then the uploader-unit check. A file naming another
 * unit is refused (409 unit-mismatch) unless the caller chose 'save-as-owner' (or confirmed that very unit); then the file's
 * unit is kept as a note for the finding and the audit entry.
 */
import type { ImportCorrections } from '../../../contract/import-review.ts';
import type { PerformanceDocument } from '../../../core/model.ts';
import { describeUnitMismatch } from '../../../documents/import-review/unit-names.ts';
import { approvalTableRefusal } from '../../../core/review/access.ts';
import type { Actor } from '../actor.ts';
import type { ServiceDeps } from '../deps.ts';
import { ensureMayCreate } from '../documents/ensure-may-create.ts';
import { createForbiddenError, ServiceError } from '../service-error.ts';
import { checkFileUnit, type UnitCheck } from './check-file-unit.ts';
import { readWithCorrections, type CorrectedRead } from './read-with-corrections.ts';
import type { ImportOwner } from './resolve-import-owner.ts';

export type UnitMismatchChoice = 'save-as-owner';

export interface CheckedImport extends CorrectedRead {
  unitCheck: UnitCheck;
  /** Set when the file names another unit and the caller chose to save it as the owner's. */
  unitNote: string | null;
}

/**
 * Finance importing on behalf of a unit it picked (never a 批复表); anyone importing for their own
 * organisation creates what their role may (finance's own bureau: nothing, as on the direct routes).
 */
function ensureMayImportKind(input: { actor: Actor; owner: ImportOwner; kind: PerformanceDocument['kind'] }): void {
  const { actor, owner, kind } = input;
  if (actor.role === 'finance-reviewer' && owner.organisationId !== actor.organisationId) {
    if (kind === 'approval-table') throw createForbiddenError(approvalTableRefusal);
    return;
  }
  ensureMayCreate(actor, kind);
}

export async function readCheckedImport(
  deps: ServiceDeps,
  input: {
    actor: Actor;
    owner: ImportOwner;
    bytes: Buffer;
    fileName: string;
    corrections?: ImportCorrections;
    unitMismatch?: UnitMismatchChoice;
    /** The unit the person confirmed the file names (saving every table of a file): a file naming it is saved as the owner's, one naming another is refused. */
    confirmedFileUnit?: string;
    /** What must hold of the read document before the unit is asked about (a year to save it under). */
    checkBeforeUnit?: (document: PerformanceDocument) => void;
  },
): Promise<CheckedImport> {
  const { actor, owner } = input;
  const corrected = await readWithCorrections(deps, {
    bytes: input.bytes,
    fileName: input.fileName,
    corrections: input.corrections ?? {},
    owner,
    actorOrganisation: { organisationId: actor.organisationId, organisationName: actor.organisationName, organisationPath: actor.organisationPath },
  });
  const document = corrected.read.document;
  ensureMayImportKind({ actor, owner, kind: document.kind });
  input.checkBeforeUnit?.(document);
  const unitCheck = checkFileUnit(document.unit, owner);
  const isConfirmed = input.unitMismatch === 'save-as-owner' || (input.confirmedFileUnit !== undefined && unitCheck.fileUnit === input.confirmedFileUnit);
  if (unitCheck.isMismatch && !isConfirmed) {
    throw new ServiceError({
      code: 'unit-mismatch',
      message: describeUnitMismatch(unitCheck.fileUnit ?? '', owner.organisationName),
      httpStatus: 409,
      details: { fileUnit: unitCheck.fileUnit, ownerName: owner.organisationName },
    });
  }
  const unitNote = unitCheck.isMismatch ? `文件所列单位为“${unitCheck.fileUnit}”，经${actor.displayName}确认按“${owner.organisationName}”保存。` : null;
  return { ...corrected, unitCheck, unitNote };
}
