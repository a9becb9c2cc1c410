/**
 * A table written one cell per line into a report (a text export without a layout, pdftotext without
 * -layout): no tab or pipe marks its lines. It runs from a line that is the 一级指标 header word followed
 * by two more header words to the report's next section heading or sentence. Used by the self-evaluation
 * report (report-tables.ts) and the monitoring report (monitoring/read-report.ts), each with its own
 * header vocabulary.
 */
import { isLevelName } from '../grid/levels.ts';

/** A section heading of the report ("四、偏差原因及纠偏措施"), which ends a table written into it. */
const SECTION_HEADING = /^[一二三四五六七八九十]+[、.．]/;
/** How many header words may stand before 一级指标 (序号, 指标类别). */
const MAX_WORDS_BEFORE_LEVELS = 3;
/**
 * A 序号 heading: a column before the levels whatever the caller's vocabulary (the monitoring words
 * name no 序号 column; its reader takes the heading and each row's number itself).
 */
const SERIAL_HEADING = /^(序号|编号|序)$/;
/** How many lines a table's title may stand above its header words (its head: 项目名称, the funds block, the goal). */
const MAX_HEAD_LINES = 60;
/**
 * What ends a table's head walking up from its header words: a part's heading ("（二）农机购置补贴资金") or a numbered
 * paragraph ("2.自评结论。自评表如下：") of the report; a blank line (a part read alone has the rest blanked), unless
 * the table's rows are themselves set apart by single blank lines (`rowsSpaced`): then a single blank line is a row's end
 * in the head too, and only two blank lines together end it.
 */
const ABOVE_HEAD = /^(?:[（(][一二三四五六七八九十]+[）)]|\d+[.．、](?!\d))/;
/** A line of the report's prose: a sentence, not a cell. */
const PROSE_LINE = /[。；]$|^.{60,}$/;

/** A section heading, not a level the table numbers as the report does (一、产出指标 among the cells). */
function isSectionHeading(line: string): boolean {
  return SECTION_HEADING.test(line) && !isLevelName(line.replace(SECTION_HEADING, ''));
}

/**
 * Where a table's head starts: the table's own title line (`isTitle`: "项目支出绩效自评表") above its header words, with
 * only the head's cells between (项目名称, the 项目资金 block, 年度总体目标 and its goal, which may end in 。); `start`
 * when no title stands there.
 */
function findHeadStart(lines: readonly string[], start: number, isTitle: (line: string) => boolean, rowsSpaced: boolean): number {
  for (let index = start - 1; index >= 0 && start - index <= MAX_HEAD_LINES; index -= 1) {
    const line = (lines[index] ?? '').trim();
    if (isTitle(line)) return index;
    if (line === '' && rowsSpaced && isSingleBlank(lines, index)) continue;
    if (line === '' || isSectionHeading(line) || ABOVE_HEAD.test(line)) return start;
  }
  return start;
}

/** A blank line with a written line on each side. */
function isSingleBlank(lines: readonly string[], index: number): boolean {
  return (lines[index] ?? '').trim() === '' && (lines[index - 1] ?? '').trim() !== '' && (lines[index + 1] ?? '').trim() !== '';
}

/**
 * The indices of the table's lines, from the first 一级指标 header word (`isLevel1Word`) followed by two
 * header words (`isHeaderWord`) to the next section heading or sentence; empty when the report has none.
 * With `isTitle`, a table whose title stands above its header words starts at the title, so its head (the project,
 * the funds block) is read with it.
 */
export function findReportCellLines(
  lines: readonly string[],
  words: { isLevel1Word: (line: string) => boolean; isHeaderWord: (line: string) => boolean; isTitle?: (line: string) => boolean },
): Set<number> {
  const levelsAt = lines.findIndex((line, index) => words.isLevel1Word(line) && words.isHeaderWord(lines[index + 1] ?? '') && words.isHeaderWord(lines[index + 2] ?? ''));
  if (levelsAt < 0) return new Set();
  // Header words before 一级指标 (序号, a column before the levels) are the table's: its rows write their cells.
  let start = levelsAt;
  const isWordBefore = (line: string): boolean => words.isHeaderWord(line) || SERIAL_HEADING.test(line.trim());
  while (start > 0 && levelsAt - start < MAX_WORDS_BEFORE_LEVELS && isWordBefore(lines[start - 1] ?? '')) start -= 1;
  const end = lines.findIndex((line, index) => index > start && (isSectionHeading(line.trim()) || PROSE_LINE.test(line.trim())));
  const kept = new Set<number>();
  if (words.isTitle !== undefined) {
    // Rows set apart by blank lines (a PDF's text with a blank line after each row): the head's are too.
    let rowsSpaced = false;
    for (let index = levelsAt; index < (end < 0 ? lines.length : end) && !rowsSpaced; index += 1) rowsSpaced = isSingleBlank(lines, index);
    start = findHeadStart(lines, start, words.isTitle, rowsSpaced);
  }
  for (let index = start; index < (end < 0 ? lines.length : end); index += 1) kept.add(index);
  return kept;
}
