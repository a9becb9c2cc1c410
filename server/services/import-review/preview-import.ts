/**
 * Import preview (nothing saved): the file read as the review screen shows it — source grid,
 * model, confidence per field, the header band's column roles and signature, the saved layout the
 * read used, and the uploader-unit check. Finance sees the units it may import for.
 */
import type { ImportCorrections, ImportLayoutView, ImportPreview } from '../../../contract/import-review.ts';
import type { ImportLayout } from '../../db/import-layouts.repository.ts';
import type { Actor } from '../actor.ts';
import type { ServiceDeps } from '../deps.ts';
import { analyseWithChain } from '../documents/add-chain-findings.ts';
import { checkFileUnit } from './check-file-unit.ts';
import { readWithCorrections } from './read-with-corrections.ts';
import { listImportUnits, resolveImportOwner, type ImportOwner } from './resolve-import-owner.ts';

/** A stored layout as the API shows it (explicit, so a new column never leaks). */
export function toImportLayoutView(layout: ImportLayout): ImportLayoutView {
  return {
    id: layout.id,
    name: layout.name,
    scope: layout.scope,
    organisationId: layout.organisationId,
    headerSignature: layout.headerSignature,
    headerText: layout.headerText,
    columnRoles: layout.columnRoles,
    updatedAt: layout.updatedAt,
  };
}

export function describeActorOrganisation(actor: Actor): ImportOwner {
  return { organisationId: actor.organisationId, organisationName: actor.organisationName, organisationPath: actor.organisationPath };
}

export async function previewImport(
  deps: ServiceDeps,
  input: { actor: Actor; bytes: Buffer; fileName: string; corrections?: ImportCorrections; organisationId?: string },
): Promise<ImportPreview> {
  const owner = await resolveImportOwner(deps, { actor: input.actor, organisationId: input.organisationId });
  const { read, layout } = await readWithCorrections(deps, {
    bytes: input.bytes,
    fileName: input.fileName,
    corrections: input.corrections ?? {},
    owner,
    actorOrganisation: describeActorOrganisation(input.actor),
  });
  const units = await listImportUnits(deps, input.actor);
  // The checks the draft will get on save (vague targets, weights, the chain), not only the
  // reader's: a preview saying 没有发现问题 before a draft full of findings misleads the clerk.
  // Finance before choosing the unit: its own organisation gives the year's pack, and no chain.
  const analysed = await analyseWithChain(deps, {
    organisationId: owner?.organisationId ?? input.actor.organisationId,
    body: owner ? { ...read.document, unit: owner.organisationName } : read.document,
  });
  return {
    fileName: input.fileName,
    document: read.document,
    grid: read.grid,
    header: read.header,
    fields: read.fields,
    findings: analysed.findings,
    totals: read.totals,
    tables: read.tables,
    table: read.table,
    layout: layout ? toImportLayoutView(layout) : null,
    unitCheck: checkFileUnit(read.document.unit, owner),
    units: units.map((unit) => ({ id: unit.id, name: unit.name })),
  };
}
