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
  type Level1Entry,
  type Level1Key,
  type Level2Entry,
} from '../../core/levels/level-names.ts';
