/**
 * Builds and stores a new entry (propose, import, the shipped 共性指标): levels checked against the
 * vocabulary, the name keyed for clustering, and the name linked so suggestions find the entry.
 */
import type { EntryInput, EntryStatus, LibraryEntry } from '../../../core/indicator-library/entry.ts';
import { normaliseIndicatorName } from '../../../core/indicator-library/normalise-name.ts';
import type { Repositories } from '../../db/repositories.ts';
import { createInvalidLevelError } from './entry-errors.ts';
import { isKnownLevel2, keyLevel1, nameLevel1 } from './level-vocabulary.ts';

/** The input with its 一级 as a stable key; refuses levels outside the vocabulary. */
export function validateLevels(input: EntryInput): EntryInput {
  const level1 = keyLevel1(input.level1);
  if (!level1) throw createInvalidLevelError(`一级指标“${input.level1}”不在指标体系中（产出指标、效益指标、满意度指标、成本指标）`);
  if (!isKnownLevel2(input.level2)) throw createInvalidLevelError(`二级指标“${input.level2}”不在指标体系中`);
  return { ...input, level1 };
}

/** Stores the entry's name as a searchable name pointing at it. */
export async function linkEntryName(repositories: Repositories, entry: LibraryEntry): Promise<void> {
  await repositories.indicatorHistory.linkEntry({
    nameKey: entry.nameKey,
    name: entry.name,
    level1: nameLevel1(entry.level1),
    level2: entry.level2,
    unit: entry.unit,
    direction: entry.direction,
    entryId: entry.id,
  });
}

export async function createEntry(
  repositories: Repositories,
  input: { fields: EntryInput; status: EntryStatus; id: string; at: string; proposedBy: string | null },
): Promise<LibraryEntry> {
  const fields = validateLevels(input.fields);
  const entry: LibraryEntry = {
    ...fields,
    id: input.id,
    status: input.status,
    nameKey: normaliseIndicatorName(fields.name),
    mergedInto: null,
    createdAt: input.at,
    updatedAt: input.at,
  };
  await repositories.indicatorLibrary.insert(entry, input.proposedBy);
  await linkEntryName(repositories, entry);
  return entry;
}
