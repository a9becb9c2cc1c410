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
/** A line of the report's prose: a sentence, not a cell. */
const PROSE_LINE = /[。；]$|^.{60,}$/;

/** A section heading, not a level the table numbers as the report does (一、产出指标 among the cells). */
function isSectionHeading(line: string): boolean {
  return SECTION_HEADING.test(line) && !isLevelName(line.replace(SECTION_HEADING, ''));
}

/**
 * The indices of the table's lines, from the first 一级指标 header word (`isLevel1Word`) followed by two
 * header words (`isHeaderWord`) to the next section heading or sentence; empty when the report has none.
 */
export function findReportCellLines(lines: readonly string[], words: { isLevel1Word: (line: string) => boolean; isHeaderWord: (line: string) => boolean }): Set<number> {
  const levelsAt = lines.findIndex((line, index) => words.isLevel1Word(line) && words.isHeaderWord(lines[index + 1] ?? '') && words.isHeaderWord(lines[index + 2] ?? ''));
  if (levelsAt < 0) return new Set();
  // Header words before 一级指标 (序号, a column before the levels) are the table's: its rows write their cells.
  let start = levelsAt;
  const isWordBefore = (line: string): boolean => words.isHeaderWord(line) || SERIAL_HEADING.test(line.trim());
  while (start > 0 && levelsAt - start < MAX_WORDS_BEFORE_LEVELS && isWordBefore(lines[start - 1] ?? '')) start -= 1;
  const end = lines.findIndex((line, index) => index > start && (isSectionHeading(line.trim()) || PROSE_LINE.test(line.trim())));
  const kept = new Set<number>();
  for (let index = start; index < (end < 0 ? lines.length : end); index += 1) kept.add(index);
  return kept;
}
