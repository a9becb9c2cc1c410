/**
 * The indicator tree's level names live in core (core/levels), since checks and scoring key by
 * the same 一级 keys the readers produce; the vocabulary re-exports them for the readers.
 */
export {
  LEVEL_WEIGHT_NOTE,
  MAX_LEVEL_LENGTH,
  level1Entries,
  level1Keys,
  level2Entries,
  groupBoundLevel2Entries,
  level2AlsoUnder,
  level2ShapeKinds,
  type Level1Entry,
  type Level1Key,
  type Level2Entry,
} from '../../core/levels/level-names.ts';

/**
 * 一级 names that older templates also write as a 二级 under another 一级 (成本指标 under 产出指标,
 * DOMAIN.md): opening a row without a 二级 after it, such a name is the 二级. Every other 一级 name
 * (满意度指标) opening a row is the 一级, even when its group's 二级 repeats it.
 */
export const level1NamesAlsoLevel2: readonly string[] = ['成本指标'];
