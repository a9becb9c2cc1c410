/** Small fixed organisation trees and documents for repository and route tests. */
import { randomUUID } from 'node:crypto';
import { createEmptyDocument, type DocumentKind } from '../../core/model.ts';
import type { ReviewState } from '../../core/review/states.ts';
import type { Organisation } from '../db/organisations.repository.ts';
import type { Repositories } from '../db/repositories.ts';
import type { StoredDocument } from '../db/documents.repository.ts';

export const fixedNow = '2026-11-27T08:00:00.000Z';

export interface OrganisationTree {
  financeBureau: Organisation;
  supervisor: Organisation;
  unit: Organisation;
  otherSupervisor: Organisation;
  otherUnit: Organisation;
}

/** 测试财政局 → two supervisors → one unit each. */
export async function insertOrganisationTree(repositories: Repositories): Promise<OrganisationTree> {
  const insert = (parentPath: string[], kind: Organisation['kind'], name: string) =>
    repositories.organisations.insert({ id: randomUUID(), parentPath, kind, name, createdAt: fixedNow });
  const financeBureau = await insert([], 'finance-bureau', '测试县财政局');
  const supervisor = await insert(financeBureau.path, 'supervisor', '测试县主管部门甲');
  const unit = await insert(supervisor.path, 'unit', '测试县单位甲');
  const otherSupervisor = await insert(financeBureau.path, 'supervisor', '测试县主管部门乙');
  const otherUnit = await insert(otherSupervisor.path, 'unit', '测试县单位乙');
  return { financeBureau, supervisor, unit, otherSupervisor, otherUnit };
}

export async function insertDocument(
  repositories: Repositories,
  options: { organisationId: string; year?: number; kind?: DocumentKind; project?: string | null; state?: ReviewState; revision?: number; updatedAt?: string },
): Promise<StoredDocument> {
  const kind = options.kind ?? 'target-table';
  return repositories.documents.insert({
    id: randomUUID(),
    organisationId: options.organisationId,
    year: options.year ?? 2026,
    kind,
    project: options.project ?? null,
    revision: options.revision ?? 1,
    state: options.state ?? 'draft',
    body: { ...createEmptyDocument(kind, options.project ? 'project' : 'department'), year: options.year ?? 2026 },
    score: null,
    grade: null,
    createdAt: fixedNow,
    updatedAt: options.updatedAt ?? fixedNow,
    updatedBy: null,
  });
}
