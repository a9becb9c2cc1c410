/**
 * A spreadsheet saved as CSV and published as text (document sites show .xls files this way):
 * `"一级指标","二级指标",…` rows, empty cells as `,,`, a cell holding commas or a line break
 * quoted — so one table row may run over several lines ("开展气象科普<newline>进校园活动"). The
 * readers split cells at tabs, and a comma is also the thousands separator they join inside
 * numbers (`10,100` would become one number): the CSV is turned into tab rows before anything else
 * reads it. Each record stays on the line where it starts and the lines its quoted breaks used
 * become blank, so line numbers (findings, regions) still point at the source.
 */
import { joinCellLines } from '../grid/cell-text.ts';

/** A line shaped like a CSV record: at least two commas outside quotes and no tab. */
function countSeparators(line: string): number {
  let commas = 0;
  let quoted = false;
  for (const character of line) {
    if (character === '"') quoted = !quoted;
    else if (character === ',' && !quoted) commas += 1;
    else if (character === '\t') return 0;
  }
  return commas;
}

/** Lines looked at to decide: a CSV says so from its first rows. */
const SAMPLE_LINES = 200;
/** Of the non-blank lines from the first comma row to the last, the share that must be comma rows. */
const MIN_RECORD_SHARE = 0.6;
/** Comma rows needed with a quoted cell: plain prose with commas has none of `,"` or `",`. */
const MIN_QUOTED_RECORDS = 3;

/**
 * Whether the text is a CSV dump: most non-blank lines of its start, from the first comma row to
 * the last (a web page's frame around them does not count), are comma rows, several of them with a
 * quoted cell, and there is no tab anywhere (a tab dump is read as it is).
 */
export function isCsvDump(text: string): boolean {
  if (text.includes('\t') || !text.includes(',')) return false;
  const lines = text.split('\n', SAMPLE_LINES).filter((line) => line.trim() !== '');
  const isRecord = lines.map((line) => countSeparators(line) >= 2);
  const first = isRecord.indexOf(true);
  if (first < 0) return false;
  const span = isRecord.lastIndexOf(true) - first + 1;
  let records = 0;
  let quotedRecords = 0;
  for (const [index, line] of lines.entries()) {
    if (!isRecord[index]) continue;
    records += 1;
    if (/(?:^|,)\s*"|"\s*(?:,|$)/.test(line)) quotedRecords += 1;
  }
  return records / span >= MIN_RECORD_SHARE && quotedRecords >= MIN_QUOTED_RECORDS;
}

interface CsvRecord {
  line: number;
  cells: string[];
  /** Positions of cells written as spaces only, unquoted (`, ,`): where a page may have dropped a line break. */
  spaceCells: number[];
}

/**
 * RFC 4180 records, leniently: `""` inside quotes is a quote; a quote opening after a closed
 * quoted cell and a space (`"得分" "产出指标"`, a page that put two rows on one line) starts the
 * next record, as nothing else can be meant there.
 */
function parseRecords(text: string): CsvRecord[] {
  const records: CsvRecord[] = [];
  let cells: string[] = [];
  let cell = '';
  let quoted = false;
  let closedQuote = false;
  let line = 0;
  let recordLine = 0;
  let spaceCells: number[] = [];
  const endCell = (): void => {
    if (cell !== '' && cell.trim() === '' && !closedQuote) spaceCells.push(cells.length);
    cells.push(joinCellLines(cell).trim());
    cell = '';
    closedQuote = false;
  };
  const pushRecord = (): void => {
    records.push({ line: recordLine, cells, spaceCells });
    cells = [];
    spaceCells = [];
  };
  const endRecord = (): void => {
    endCell();
    pushRecord();
    recordLine = line;
  };
  for (let index = 0; index < text.length; index += 1) {
    const character = text[index]!;
    if (quoted) {
      if (character === '"' && text[index + 1] === '"') {
        cell += '"';
        index += 1;
      } else if (character === '"') {
        quoted = false;
        closedQuote = true;
      } else {
        if (character === '\n') line += 1;
        cell += character;
      }
      continue;
    }
    if (character === '"' && closedQuote) {
      // `"a" "b"`: the row ended where the page dropped its line break.
      cells.push(joinCellLines(cell).trim());
      pushRecord();
      cell = '';
      quoted = true;
      closedQuote = false;
      continue;
    }
    if (character === '"' && cell.trim() === '') {
      cell = '';
      quoted = true;
    } else if (character === ',') endCell();
    else if (character === '\n') {
      line += 1;
      endRecord();
    } else if (closedQuote && /\s/.test(character)) {
      // Spaces between a closing quote and the next comma are no part of the cell.
    } else cell += character;
  }
  if (cell !== '' || cells.length > 0) endRecord();
  return records;
}

/** The width most records have: a spreadsheet saves every row with its sheet's columns. */
function commonWidth(records: readonly CsvRecord[]): number {
  const counts = new Map<number, number>();
  for (const { cells } of records) if (cells.length > 1) counts.set(cells.length, (counts.get(cells.length) ?? 0) + 1);
  let best = 0;
  for (const [width, count] of counts) if (count > (counts.get(best) ?? 0)) best = width;
  return best;
}

/**
 * A record wider than the sheet where a page joined two rows with a space for the line break between
 * the first's empty last cell and the second's empty first cell (`"20", ,"质量指标"`): the space cell at
 * the sheet's last column is both of them, and the record is cut there, as often as it goes on.
 */
function cutAtSheetWidth(record: CsvRecord, width: number): CsvRecord[] {
  if (width < 2 || record.cells.length <= width || !record.spaceCells.includes(width - 1)) return [record];
  const first: CsvRecord = { line: record.line, cells: record.cells.slice(0, width), spaceCells: [] };
  const rest: CsvRecord = {
    line: record.line,
    cells: ['', ...record.cells.slice(width)],
    spaceCells: record.spaceCells.filter((at) => at >= width).map((at) => at - width + 1),
  };
  return [first, ...cutAtSheetWidth(rest, width)];
}

/**
 * The CSV as tab rows, one line per source line: a record on the line where it starts, blank lines
 * where quoted breaks were. Records a page ran together on one line become lines of their own there
 * (the only case where lines are added: the rows matter more than the numbering after them).
 */
export function csvToTabRows(text: string): string {
  const lineCount = text.split('\n').length;
  const lines: string[][] = Array.from({ length: lineCount }, () => []);
  const parsed = parseRecords(text);
  const width = commonWidth(parsed);
  for (const record of parsed.flatMap((each) => cutAtSheetWidth(each, width))) {
    const cells = [...record.cells];
    while (cells.length > 0 && cells[cells.length - 1] === '') cells.pop();
    lines[Math.min(record.line, lineCount - 1)]!.push(cells.join('\t'));
  }
  return lines.map((rows) => rows.join('\n')).join('\n');
}
