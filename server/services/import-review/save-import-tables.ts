/**
 * Every chosen table of a file holding several saved in one request (the review screen's 全部导入为草稿): the file
 * uploaded and decoded once, the owner and the permission decided once as the single save decides them, then each
 * table stored as its own draft through the single save's path (store-reviewed-table.ts), one after another, all or
 * nothing per table. A table's refusal (no year, a draft of that project already there, another unit named, too
 * large) is its outcome, not the request's: the tables before and after it are still saved, and the person sees
 * which did not save and why. The file's slow reads (OCR, LibreOffice) are done once for all its tables
 * (documents/slow-read-cache.ts).
 */
import type { ImportSaveTablesBody, ImportSaveTablesResult, ImportTableOutcome } from '../../../contract/import-review.ts';
import type { Actor } from '../actor.ts';
import type { ServiceDeps } from '../deps.ts';
import { createInvalidInputError } from '../documents/document-errors.ts';
import { ServiceError } from '../service-error.ts';
import { resolveImportOwner } from './resolve-import-owner.ts';
import { storeReviewedTable } from './store-reviewed-table.ts';

/** A refusal a table gets when its save failed for a reason that is no refusal (a fault: logged by the caller). */
const faultMessage = '导入此表时出错，请单独核对此表，或稍后再试。';

function fileUnitOf(error: ServiceError): string | null {
  const fileUnit = error.details['fileUnit'];
  return typeof fileUnit === 'string' ? fileUnit : null;
}

export async function saveImportTables(
  deps: ServiceDeps,
  input: { actor: Actor; bytes: Buffer; fileName: string; onFault?: (error: unknown, table: number) => void } & Omit<
    ImportSaveTablesBody,
    'fileName' | 'contentBase64'
  >,
): Promise<ImportSaveTablesResult> {
  const { actor } = input;
  // Refusals of the whole request, before any table is read: the single save's own (role, unit).
  const owner = await resolveImportOwner(deps, { actor, organisationId: input.organisationId });
  if (!owner) throw createInvalidInputError('unit-required', '请选择该文档所属的单位。');
  const outcomes: ImportTableOutcome[] = [];
  for (const { table, corrections } of input.tables) {
    try {
      const { result } = await storeReviewedTable(deps, {
        actor,
        owner,
        bytes: input.bytes,
        fileName: input.fileName,
        corrections: { ...corrections, table },
        ...(input.confirmedFileUnit === undefined ? {} : { confirmedFileUnit: input.confirmedFileUnit }),
      });
      outcomes.push({ table, status: 'saved', ...result });
    } catch (error) {
      if (error instanceof ServiceError) {
        outcomes.push({ table, status: 'refused', code: error.code, message: error.message, fileUnit: fileUnitOf(error) });
        continue;
      }
      input.onFault?.(error, table);
      outcomes.push({ table, status: 'refused', code: 'internal-error', message: faultMessage, fileUnit: null });
    }
  }
  return { outcomes };
}
