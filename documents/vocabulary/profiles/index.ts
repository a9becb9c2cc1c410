/**
 * The registry of region profiles and the words the reader uses under a profile: the selected
 * profile's words first, then every other registered profile's, then the national vocabulary
 * (../labels.ts), so a document from any region reads whichever profile is selected.
 * Adding a province: write ./<region>.ts and add it to `regionProfiles` below.
 */
import {
  budgetColumnLabels,
  budgetRowLabels,
  headerLabels,
  type BudgetColumnRole,
  type BudgetRowSlot,
  type HeaderLabel,
} from '../labels.ts';
import { chongqingProfile } from './chongqing.ts';
import { nationalProfile } from './national.ts';
import { sichuanProfile } from './sichuan.ts';
import type { RegionProfile } from './types.ts';

export type { RegionProfile } from './types.ts';

/** Every registered profile, the national default first. */
export const regionProfiles: readonly RegionProfile[] = [nationalProfile, sichuanProfile, chongqingProfile];

export const defaultProfile = nationalProfile;

/** A profile by id; the national default for an unknown id. */
export function getProfile(id: string | undefined): RegionProfile {
  return regionProfiles.find((profile) => profile.id === id) ?? defaultProfile;
}

/** The region profile a text shows most evidence of, or the national default. */
export function detectProfile(text: string): RegionProfile {
  let best = defaultProfile;
  let bestCount = 0;
  for (const profile of regionProfiles) {
    const count = profile.evidence.filter((pattern) => pattern.test(text)).length;
    if (count > bestCount) [best, bestCount] = [profile, count];
  }
  return best;
}

/** The words a reader uses under a profile. */
export interface ReadingVocabulary {
  profile: RegionProfile;
  headerLabels: readonly HeaderLabel[];
  budgetColumnLabels: Record<BudgetColumnRole, readonly string[]>;
  budgetRowLabels: ReadonlyArray<{ slot: BudgetRowSlot; labels: readonly string[] }>;
}

function unique(words: readonly string[]): string[] {
  return [...new Set(words)];
}

/** The profiles in the order their words are tried: the selected one, the others, national last. */
function inOrder(selected: RegionProfile): RegionProfile[] {
  return [
    selected,
    ...regionProfiles.filter((profile) => profile !== selected && profile !== nationalProfile),
  ];
}

const cache = new Map<string, ReadingVocabulary>();

/** The reading vocabulary of a profile (built once per profile). */
export function vocabularyFor(profile: RegionProfile = defaultProfile): ReadingVocabulary {
  const cached = cache.get(profile.id);
  if (cached) return cached;
  const ordered = inOrder(profile);
  const vocabulary: ReadingVocabulary = {
    profile,
    headerLabels: headerLabels.map(({ field, labels }) => ({
      field,
      labels: unique([...ordered.flatMap((region) => region.headerLabels?.[field] ?? []), ...labels]),
    })),
    budgetColumnLabels: Object.fromEntries(
      (Object.entries(budgetColumnLabels) as Array<[BudgetColumnRole, readonly string[]]>).map(
        ([role, labels]) => [
          role,
          unique([...ordered.flatMap((region) => region.budgetColumnLabels?.[role] ?? []), ...labels]),
        ],
      ),
    ) as unknown as Record<BudgetColumnRole, readonly string[]>,
    budgetRowLabels: budgetRowLabels.map(({ slot, labels }) => ({
      slot,
      labels: unique([...labels, ...ordered.flatMap((region) => region.budgetRowLabels?.[slot] ?? [])]),
    })),
  };
  cache.set(profile.id, vocabulary);
  return vocabulary;
}

let current: ReadingVocabulary | null = null;

/** The vocabulary of the read in progress (readText sets it; the national one otherwise). */
export function currentVocabulary(): ReadingVocabulary {
  return current ?? vocabularyFor(defaultProfile);
}

/**
 * Runs a (synchronous) read with a profile's vocabulary, so the readers of every kind use it
 * without each passing it along; the previous vocabulary is restored afterwards.
 */
export function readWithProfile<T>(profile: RegionProfile, read: () => T): T {
  const previous = current;
  current = vocabularyFor(profile);
  try {
    return read();
  } finally {
    current = previous;
  }
}
