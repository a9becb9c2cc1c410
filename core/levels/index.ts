/** The indicator tree's levels: stable 一级 keys, their written variants, one mapping (docs/rule-packs.md). */
export {
  LEVEL_WEIGHT_NOTE,
  LEVEL_WEIGHT_SUFFIX,
  MAX_LEVEL_LENGTH,
  level1Entries,
  level1Keys,
  level2Entries,
  groupBoundLevel2Entries,
  level2AlsoUnder,
  type Level1Entry,
  type Level1Key,
  type Level2Entry,
} from './level-names.ts';
export {
  findLevel1Entry,
  findGroupBoundLevel2Parent,
  findLevel2Parent,
  isFrameworkLevel,
  mayStandUnder,
  level1KeyOf,
  level1NameOf,
  normalizeLevelText,
  readHeadingWeight,
} from './level-key.ts';
