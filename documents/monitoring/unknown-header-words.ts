/**
 * Header words one per line (pdftotext without -layout) that the vocabulary does not know, between words it
 * knows: 执行进度 / 序时进度 / 进度偏差 / 预警等级 in a budget header, 完成进度 / 预警等级 in an indicator
 * header (a 监控表 with 预警 light columns). Each is a column, so its cell in every row must be passed over;
 * a run of them ended by a word the vocabulary knows is header, a run ended by anything else is not.
 */
import type { StreamCell } from './stream.ts';

/** The most unknown header words in a row before a known one. */
const MAX_UNKNOWN_WORDS = 4;
/** Header words are short; a longer line is a sentence or a name. */
const MAX_WORD_LENGTH = 10;

const isHeaderLikeWord = (cell: StreamCell | undefined): boolean =>
  cell !== undefined && !cell.inRow && cell.label !== '' && cell.label.length <= MAX_WORD_LENGTH && !/^[-+]?[\d.,]+%?$/.test(cell.label);

/**
 * How many cells from `at` are header words the vocabulary does not know, followed by one it knows
 * (`isKnown`); 0 when the cells there are no such run.
 */
export function countUnknownHeaderWords(stream: readonly StreamCell[], at: number, isKnown: (label: string) => boolean): number {
  for (let count = 1; count <= MAX_UNKNOWN_WORDS; count += 1) {
    const cell = stream[at + count - 1];
    if (!isHeaderLikeWord(cell) || isKnown(cell!.label)) return 0;
    const next = stream[at + count];
    if (next !== undefined && !next.inRow && isKnown(next.label)) return count;
  }
  return 0;
}
