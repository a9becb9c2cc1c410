/**
 * A funds block whose columns are numbered by circled numerals, each with its formula under its label, and
 * whose cells a spreadsheet's text put one per line (the Fujian 部门整体支出绩效自评表: "年初部门预算安排金额" /
 * "①", "历年结余结转" / "②", "年中调整金额③ 小计" / "④ = ①+② +③", "年度拨付金额" / "⑤", "支出实现率(%)" /
 * "⑥=⑤/④", …), then each row as its label and its values apart by spaces ("财政资金小计 386.20 24.60 0 …").
 *
 * The formulas say what the labels do not: the execution rate's formula ("⑥=⑤/④", a 率 column naming 支出,
 * 执行 or 实现) divides the spending by the year's budget, so its numerator is the executed column and its
 * base the adjusted one, whatever their words (年度拨付金额, 小计). The header is given back in the funds
 * vocabulary's words (执行数, 全年预算数, 执行率) so text/self-evaluation-budget.ts reads the block as any
 * other; a column the formulas do not name keeps its own words (年初部门预算安排金额 is a vocabulary word). A
 * spreadsheet's header row (cells apart by tabs, each "label\nformula") is renamed in place, its rows left as they are.
 */
import type { TableRow } from './table-rows.ts';

const CIRCLED = '①②③④⑤⑥⑦⑧⑨⑩⑪⑫⑬⑭⑮⑯⑰⑱⑲⑳';
const circledNumber = (character: string): number => CIRCLED.indexOf(character) + 1;

/** A formula line: a circled numeral alone or with its definition ("④ = ①+② +③", "⑥=⑤/④", "⑦=④-⑤"). */
const FORMULA = /^([①-⑳])(?:=([①-⑳](?:[+\-－/÷×*][①-⑳]){1,8}))?$/;
/** A label written with its numeral ("年中调整金额③"). */
const NUMBERED_LABEL = /^([^\d①-⑳]{2,20}?)([①-⑳])$/;
/** A bracketed note that ends the label above it on its own line ("(%)", "（万元）"). */
const NOTE = /^[(（][^()（）]{1,6}[)）]$/;
/** A value cell of the rows. */
const VALUE = /^(?:-?[\d,]+(?:\.\d+)?\s*[%％]?|[-—/／])$/;
/** The execution rate's words: the share spent of the year's budget. */
const EXECUTION_RATE = /(?:支出|执行|实现|完成).{0,4}率/;

/** The shortest label before a numeral in a cell ("小计④=①+②+③"). */
const MIN_LABEL = 2;
/** The fewest numbered columns that make such a header. */
const MIN_COLUMNS = 4;

interface NumberedColumn {
  label: string;
  number: number;
  formula: string | null;
  line: number;
}

const textOf = (row: TableRow): string => row.cells.join(' ').trim();
const compactOf = (text: string): string => text.replace(/\s+/g, '');

/**
 * The numbered columns from the header lines: each label line's words are labels, a formula line gives the
 * last label waiting for one its number, a note line ("(%)") ends the label above. Null when the lines from
 * `start` are not such a header.
 */
function readNumberedColumns(rows: readonly TableRow[], start: number): { columns: NumberedColumn[]; end: number } | null {
  const columns: NumberedColumn[] = [];
  let waiting: { label: string; line: number } | null = null;
  let end = start;
  for (let index = start; index < rows.length; index += 1) {
    const row = rows[index] as TableRow;
    const text = textOf(row);
    if (text === '') continue;
    const formula = FORMULA.exec(compactOf(text));
    if (formula) {
      if (!waiting) return null;
      if (circledNumber(formula[1] as string) !== columns.length + 1) return null;
      columns.push({ label: waiting.label, number: columns.length + 1, formula: formula[2] ?? null, line: waiting.line });
      waiting = null;
      end = index + 1;
      continue;
    }
    if (NOTE.test(compactOf(text)) && waiting) {
      waiting.label += compactOf(text);
      continue;
    }
    // A row of values ends the header.
    if (text.split(/\s+/).some((word) => VALUE.test(word))) break;
    // A label line: words with their numeral are columns now; the last word without waits for its formula.
    if (waiting) break;
    for (const word of text.split(/\s+/)) {
      const numbered = NUMBERED_LABEL.exec(word);
      // Numbered in order or no such header: a scan from any line ends within the twenty numerals (linear reading).
      if (numbered && (waiting || circledNumber(numbered[2] as string) !== columns.length + 1)) return null;
      if (numbered) columns.push({ label: numbered[1] as string, number: columns.length + 1, formula: null, line: row.line });
      else if (waiting) return null;
      else waiting = { label: word, line: row.line };
    }
  }
  return columns.length >= MIN_COLUMNS && waiting === null ? { columns, end } : null;
}

/** The vocabulary word of each column the execution rate's formula names: the rate, its numerator and its base. */
function namedByRate(columns: readonly NumberedColumn[]): Map<number, string> {
  const names = new Map<number, string>();
  const rate = columns.find((column) => EXECUTION_RATE.test(column.label) && column.formula !== null && /^[①-⑳]\/[①-⑳]$/.test(column.formula));
  if (!rate?.formula) return names;
  names.set(rate.number, '执行率');
  names.set(circledNumber(rate.formula[0] as string), '执行数');
  names.set(circledNumber(rate.formula[2] as string), '全年预算数');
  return names;
}

/** A row of the block: its label words, then one value per column. Null for any other line. */
function readValueRow(row: TableRow, columnCount: number): TableRow | null {
  const words = textOf(row).split(/\s+/);
  if (words.length <= columnCount) return null;
  const values = words.slice(-columnCount);
  if (!values.every((word) => VALUE.test(word))) return null;
  const label = words.slice(0, -columnCount).join('');
  if (label === '' || VALUE.test(label)) return null;
  return { line: row.line, cells: [label, ...values], cellLines: [row.line, ...values.map(() => row.line)] };
}

/**
 * A header row of cells (a spreadsheet's, tabs between) whose cells write each label with its numeral or formula
 * after it ("小计\n④=①+②+③", or "小计④=①+②+③" once the reader joined the cell's lines), after any leading label
 * cells ("资金结构"): the row in the vocabulary's words, cells in their places, or null.
 */
function renameNumberedRow(row: TableRow): TableRow | null {
  const columns: NumberedColumn[] = [];
  const places: number[] = [];
  for (const [place, cell] of row.cells.entries()) {
    // The label, then its numeral or formula: on the cell's last line, or glued on where the reader joined the lines.
    const written = compactOf(cell);
    const numeralAt = written.search(/[①-⑳]/);
    const formula = numeralAt >= MIN_LABEL ? FORMULA.exec(written.slice(numeralAt)) : null;
    if (!formula) {
      // Cells before the numbered ones are the block's labels; one after them ends the run.
      if (columns.length > 0) break;
      continue;
    }
    if (circledNumber(formula[1] as string) !== columns.length + 1) return null;
    columns.push({ label: written.slice(0, numeralAt), number: columns.length + 1, formula: formula[2] ?? null, line: row.line });
    places.push(place);
  }
  if (columns.length < MIN_COLUMNS) return null;
  const names = namedByRate(columns);
  if (names.size === 0) return null;
  const cells = [...row.cells];
  for (const [at, column] of columns.entries()) cells[places[at] as number] = names.get(column.number) ?? column.label;
  return { ...row, cells };
}

/**
 * The block as a header row in the vocabulary's words and its rows of values, or null when the rows hold no
 * header of numbered columns whose execution rate names its parts.
 */
export function regroupFormulaFundHeader(rows: readonly TableRow[]): TableRow[] | null {
  for (const [index, row] of rows.entries()) {
    if (row.cells.length < MIN_COLUMNS) continue;
    const renamed = renameNumberedRow(row);
    if (renamed) return [...rows.slice(0, index), renamed, ...rows.slice(index + 1)];
  }
  for (let start = 0; start < rows.length; start += 1) {
    const header = readNumberedColumns(rows, start);
    if (!header) continue;
    const names = namedByRate(header.columns);
    if (names.size === 0) return null;
    const headerLine = header.columns[0]?.line ?? 0;
    const regrouped: TableRow[] = [
      {
        line: headerLine,
        cells: ['', ...header.columns.map((column) => names.get(column.number) ?? column.label)],
        cellLines: [headerLine, ...header.columns.map((column) => column.line)],
      },
    ];
    for (const row of rows.slice(header.end)) {
      const valueRow = readValueRow(row, header.columns.length);
      // A label without values (an empty source row: "③县(市、区)财政资金") stays a row of its own.
      regrouped.push(valueRow ?? row);
    }
    return regrouped;
  }
  return null;
}
