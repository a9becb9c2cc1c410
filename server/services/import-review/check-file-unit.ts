/**
 * The uploader-unit check: the unit a file names (title, 单位名称, 实施单位) against the unit the
 * draft will belong to. Written forms are compared without spaces and width differences; a name
 * that contains the other ("公安局" in "示范县公安局") is the same unit.
 */
import { isOtherUnit, normalizeUnitName } from '../../../documents/import-review/unit-names.ts';
import type { ImportOwner } from './resolve-import-owner.ts';

export interface UnitCheck {
  fileUnit: string | null;
  ownerOrganisationId: string | null;
  ownerName: string | null;
  isMismatch: boolean;
}

export function checkFileUnit(fileUnit: string, owner: ImportOwner | null): UnitCheck {
  const written = normalizeUnitName(fileUnit);
  const isMismatch = owner !== null && isOtherUnit(fileUnit, owner.organisationName);
  return {
    fileUnit: written === '' ? null : fileUnit.trim(),
    ownerOrganisationId: owner?.organisationId ?? null,
    ownerName: owner?.organisationName ?? null,
    isMismatch,
  };
}
