/**
 * A word a PDF spread over its cell, one space between every character ("产 出 指 标", "一 级 指 标",
 * Word's distributed alignment kept by the text), is written whole again when it is a level name or
 * a column word of the vocabulary, padded with the spaces it loses. In a dump whose cells are single spaces apart the spaces would
 * otherwise read as four cells; other spread text (a name, a sentence) is left as written.
 */
import { isLevelName } from '../grid/levels.ts';
import { matchColumnRole } from '../vocabulary/columns.ts';
import { headerLabels } from '../vocabulary/labels.ts';

/** Chinese characters each one space from the next (up to 24), not inside a longer Chinese run. */
const SPREAD_WORD = /(?<![\u4e00-\u9fff])[\u4e00-\u9fff](?: [\u4e00-\u9fff]){1,23}(?![\u4e00-\u9fff])/g;
/** Cheap gate: three Chinese characters one space apart. */
const MAY_HAVE_SPREAD_WORD = /[\u4e00-\u9fff] [\u4e00-\u9fff] [\u4e00-\u9fff]/;

/** Header labels (项目实施单位, 项目主管部门): a spread label is read as written, by its label key, never cut into words. */
const headerLabelWords: ReadonlySet<string> = new Set(headerLabels.flatMap((label) => label.labels));

/** A level name or a column word of the vocabulary. */
function isVocabularyWord(word: string): boolean {
  return isLevelName(word) || matchColumnRole(word) !== null;
}

/**
 * The spread characters as whole vocabulary words, each padded to the width it was spread over (so
 * it keeps its column), or null when they are not all such words ("产 出 指 标 数 量 指 标" is two).
 */
function segmentSpread(characters: readonly string[]): string | null {
  const words: string[] = [];
  let start = 0;
  while (start < characters.length) {
    let end = characters.length;
    while (end > start + 1 && !isVocabularyWord(characters.slice(start, end).join(''))) end -= 1;
    if (end === start + 1) return null;
    const length = end - start;
    words.push(characters.slice(start, end).join('').padEnd(length * 2 - 1, ' '));
    start = end;
  }
  return words.join(' ');
}

/** The line with its spread level names and column words written whole. */
export function joinSpreadWords(line: string): string {
  if (!MAY_HAVE_SPREAD_WORD.test(line)) return line;
  return line.replace(SPREAD_WORD, (spread) =>
    spread.length < 5 || headerLabelWords.has(spread.replace(/ /g, '')) ? spread : (segmentSpread(spread.split(' ')) ?? spread),
  );
}
