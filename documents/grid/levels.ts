/**
 * Reads level names through the vocabulary (documents/vocabulary/levels.ts): which cell is a 一级,
 * which a 二级, the 一级 a 二级 implies, and the weight a heading states ("产出指标（50分）").
 */
import { MAX_LEVEL_LENGTH, type Level1Key } from '../vocabulary/levels.ts';
import {
  findGroupBoundLevel2Parent,
  findLevel1Entry,
  findLevel2Parent,
  level1KeyOf,
  level1NameOf as nameOfKey,
  normalizeLevelText,
  readHeadingWeight,
} from '../../core/levels/index.ts';

export interface Level1Match {
  key: Level1Key;
  /** The 一级 as the model stores it. */
  name: string;
  /** The weight the heading states, when it does. */
  weight: string | null;
}

/** The 一级 a cell names ("效益指标 (30 分)" → 效益指标, weight 30), or null. */
export function matchLevel1(text: string): Level1Match | null {
  if (text.length > MAX_LEVEL_LENGTH * 2) return null;
  const entry = findLevel1Entry(text);
  if (!entry) return null;
  return { key: entry.key, name: entry.name, weight: readHeadingWeight(text) };
}

export interface Level2Match {
  /** The 二级 as the document writes it, spaces removed ("质量指 标" → "质量指标"). */
  name: string;
  parent: Level1Key;
}

/**
 * The 二级 a cell names, or null. The document's own wording is kept (sample 000 writes
 * 社会公众或服务对象满意度 without 指标); spaces and a weight note go.
 */
export function matchLevel2(text: string): Level2Match | null {
  if (text.length > MAX_LEVEL_LENGTH * 2) return null;
  const parent = findLevel2Parent(text);
  if (!parent) return null;
  // The document's own wording is kept ("社会效益" stays "社会效益"), as the model stores it.
  return { name: normalizeLevelText(text), parent };
}

/**
 * The 二级 a cell names inside the group of `groupLevel1` (the 一级 of its row or carried down):
 * any 二级, or one that is a level only there (绩效目标 under 决策).
 */
export function matchLevel2InGroup(text: string, groupLevel1: string): Level2Match | null {
  const match = matchLevel2(text);
  if (match || text.length > MAX_LEVEL_LENGTH * 2 || groupLevel1 === '') return match;
  const parent = findGroupBoundLevel2Parent(text, level1KeyOf(groupLevel1));
  return parent ? { name: normalizeLevelText(text), parent } : null;
}

/** The model's 一级 name of a key. */
export function level1NameOf(key: Level1Key): string {
  return nameOfKey(key);
}

/** True when a cell is a level name of either rank. */
export function isLevelName(text: string): boolean {
  return matchLevel1(text) !== null || matchLevel2(text) !== null;
}
