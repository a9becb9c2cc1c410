/** The level vocabulary (documents/vocabulary/levels.ts) in the shapes the library needs: accepted names for checks, key ↔ name for entries. */
import type { LevelVocabulary } from '../../../core/checks/library-context.ts';
import { level1Entries, level2Entries, type Level1Key } from '../../../documents/vocabulary/levels.ts';

export const levelVocabulary: LevelVocabulary = {
  level1: level1Entries.flatMap((entry) => [entry.name, ...entry.variants]),
  level2: level2Entries.flatMap((entry) => [entry.name, ...entry.variants]),
};

/** The 一级 name the model stores for a stable key ('output' → 产出指标); the key itself when unknown. */
export function nameLevel1(key: string): string {
  return level1Entries.find((entry) => entry.key === key)?.name ?? key;
}

/** The stable key of a written 一级 (产出指标, 产出 → output), or null. */
export function keyLevel1(name: string): Level1Key | null {
  const compact = name.replace(/\s+/g, '');
  return level1Entries.find((entry) => entry.key === compact || entry.name === compact || entry.variants.includes(compact))?.key ?? null;
}

/** Whether a 二级 name is in the vocabulary. */
export function isKnownLevel2(name: string): boolean {
  return levelVocabulary.level2.includes(name.replace(/\s+/g, ''));
}
