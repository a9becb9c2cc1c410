/**
 * The one place the server decides which rule pack scores a document: the pack the nearest
 * finance bureau above the document's unit chose for the year (region_rule_packs), else the pack
 * stored with the document's fiscal year (issue 12), the national default for a year never entered
 * or a pack no longer registered. Every analysis in the server goes through here.
 */
import { analyseWithPack, getRulePack, type RulePack } from '../../../core/rule-packs/index.ts';
import type { PerformanceDocument } from '../../../core/model.ts';
import type { Repositories } from '../../db/repositories.ts';
import type { ServiceDeps } from '../deps.ts';

/** The rule pack of fiscal year `year` (null: a document without a year scores by the default). */
export async function packForYear(repositories: Pick<Repositories, 'rulePacks'>, year: number | null | undefined): Promise<RulePack> {
  if (year === null || year === undefined) return getRulePack(null);
  return getRulePack(await repositories.rulePacks.findPackOfYear(year));
}

/**
 * The pack of a unit's document of `year` (issue 12, per region): the nearest finance bureau at or
 * above the unit that chose one for the year, else the year's pack. Without a unit: the year's.
 */
export async function packForDocument(
  repositories: Pick<Repositories, 'rulePacks' | 'organisations'>,
  input: RegionPackQuery,
): Promise<RulePack> {
  if (input.year !== null && input.year !== undefined && input.organisationId && input.organisationPath?.length) {
    // The caller holds the unit's path: the year's pack and the region packs in one statement.
    const choices = await repositories.rulePacks.findPackChoices({ year: input.year, organisationIds: input.organisationPath });
    return choosePack(input.organisationPath, choices).pack;
  }
  return (await findRegionPack(repositories, input)) ?? packForYear(repositories, input.year);
}

/** One year's choices: the year's pack name (null: never entered) and each bureau's, by organisation id. */
export interface PackChoices {
  yearPack: string | null;
  regionPacks: ReadonlyMap<string, string>;
}

/**
 * The resolver itself, pure: the pack for a unit whose organisation path (top first, the unit last)
 * is `path`, and which choice gave it (`region`: the bureau's id; null: the year's pack). The
 * deepest organisation of the path with a choice wins: a city's choice overrides its province's.
 */
export function choosePack(path: readonly string[], choices: PackChoices): { pack: RulePack; region: string | null } {
  for (let index = path.length - 1; index >= 0; index--) {
    const chosen = choices.regionPacks.get(path[index]!);
    if (chosen !== undefined) return { pack: getRulePack(chosen), region: path[index]! };
  }
  return { pack: getRulePack(choices.yearPack), region: null };
}

/** Every choice of `year`: the year's pack and all region packs (rescoring many documents at once). */
export async function loadPackChoices(repositories: Pick<Repositories, 'rulePacks'>, year: number): Promise<PackChoices> {
  const [yearPack, regions] = await Promise.all([repositories.rulePacks.findPackOfYear(year), repositories.rulePacks.listRegionPacks(year)]);
  return { yearPack, regionPacks: new Map(regions.map((row) => [row.organisationId, row.pack])) };
}

/** A unit's document of a year; with the unit's organisation path when the caller holds it (one statement less). */
interface RegionPackQuery {
  year: number | null | undefined;
  organisationId: string | null | undefined;
  /** Top first, the unit last (StoredDocument.organisationPath). */
  organisationPath?: readonly string[];
}

/** The pack the nearest finance bureau at or above the unit chose for the year; null when none did. */
export async function findRegionPack(
  repositories: Pick<Repositories, 'rulePacks' | 'organisations'>,
  input: RegionPackQuery,
): Promise<RulePack | null> {
  if (input.year === null || input.year === undefined || !input.organisationId) return null;
  const path = input.organisationPath?.length
    ? [...input.organisationPath]
    : ((await repositories.organisations.getById(input.organisationId))?.path ?? [input.organisationId]);
  const regional = await repositories.rulePacks.findRegionPacks({ year: input.year, organisationIds: path });
  const chosen = choosePack(path, { yearPack: null, regionPacks: new Map(regional.map((row) => [row.organisationId, row.pack])) });
  return chosen.region === null ? null : chosen.pack;
}

/**
 * Scores and checks `document` in a worker under the pack of `year` (the document's own year when
 * not given) for the unit `organisationId` (its region's pack, when its region chose one).
 */
export async function analyseForYear(
  deps: Pick<ServiceDeps, 'repositories' | 'heavyWork'>,
  document: PerformanceDocument,
  year: number | null = document.year,
  organisationId: string | null = null,
): Promise<PerformanceDocument> {
  const pack = await packForDocument(deps.repositories, { year, organisationId });
  return deps.heavyWork.analyse(document, pack.name);
}

/** The same in this thread, for short bodies built by the server itself (blank tables, demo data). */
export async function analyseForYearInThread(
  repositories: Pick<Repositories, 'rulePacks' | 'organisations'>,
  document: PerformanceDocument,
  year: number | null = document.year,
  organisationId: string | null = null,
): Promise<PerformanceDocument> {
  return analyseWithPack(document, await packForDocument(repositories, { year, organisationId }));
}
