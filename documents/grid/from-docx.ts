/**
 * A .docx's tables straight from word/document.xml to a Grid: w:gridSpan gives a cell's colSpan,
 * w:vMerge="restart" opens a vertical merge and a bare w:vMerge continues it (the continuing cell
 * adds to the rowSpan of the cell above and gives no cell of its own). mammoth's text would lose
 * both. Tables inside cells are read as the cell's text. Spans and columns are bounded (grid.ts).
 */
import { boundSpan, MAX_COLUMN_SPAN, MAX_COLUMNS, MAX_ROW_SPAN, type Grid, type GridCell, type GridRow } from './grid.ts';

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };

function decode(text: string): string {
  return text.replace(/&(#x?[0-9a-f]{1,6}|amp|lt|gt|quot|apos);/gi, (_, entity: string) => {
    if (!entity.startsWith('#')) return ENTITIES[entity.toLowerCase()] ?? '';
    const code = entity[1] === 'x' || entity[1] === 'X' ? Number.parseInt(entity.slice(2), 16) : Number(entity.slice(1));
    return Number.isFinite(code) && code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : '';
  });
}

/** The text of a cell's XML: runs joined, paragraphs and breaks as "\n". */
function readCellText(xml: string): string {
  let text = '';
  for (const token of xml.matchAll(/<w:t(?:\s[^>]*)?>([^<]*)<\/w:t>|<\/w:p>|<w:br\b[^>]*\/>|<w:tab\b[^>]*\/>/g)) {
    if (token[1] !== undefined) text += decode(token[1]);
    else if (token[0].startsWith('<w:tab')) text += ' ';
    else text += '\n';
  }
  return text.trim();
}

/** The top-level elements named `tag` in `xml` (nested ones stay inside their parent). */
function* topLevel(xml: string, tag: string): Generator<string> {
  const open = new RegExp(`<${tag}[\\s>]|</${tag}>`, 'g');
  let depth = 0;
  let start = -1;
  for (const match of xml.matchAll(open)) {
    if (match[0].startsWith('</')) {
      depth -= 1;
      if (depth === 0 && start >= 0) {
        yield xml.slice(start, (match.index ?? 0) + match[0].length);
        start = -1;
      }
      if (depth < 0) depth = 0;
    } else {
      if (depth === 0) start = match.index ?? 0;
      depth += 1;
    }
  }
}

/** One w:tbl as grid rows; `table` numbers the table in the source. */
function readTable(xml: string, table: number, rows: GridRow[]): void {
  const masters = new Map<number, GridCell>();
  let rowIndex = 0;
  for (const rowXml of topLevel(xml, 'w:tr')) {
    rowIndex += 1;
    const cells: GridCell[] = [];
    let column = 0;
    for (const cellXml of topLevel(rowXml, 'w:tc')) {
      if (column >= MAX_COLUMNS) break;
      const properties = /<w:tcPr>[\s\S]*?<\/w:tcPr>/.exec(cellXml)?.[0] ?? '';
      const colSpan = boundSpan(Number(/<w:gridSpan\s+w:val="(\d{1,6})"/.exec(properties)?.[1] ?? '1'), MAX_COLUMN_SPAN);
      const vMerge = /<w:vMerge(?:\s+w:val="(\w+)")?\s*\/?>/.exec(properties);
      const continues = vMerge !== null && vMerge[1] !== 'restart';
      const above = masters.get(column);
      if (continues && above) {
        above.rowSpan = Math.min(above.rowSpan + 1, MAX_ROW_SPAN);
      } else {
        const cell: GridCell = {
          column,
          text: readCellText(cellXml),
          rowSpan: 1,
          colSpan,
          source: { sheet: `表格${table}`, address: `R${rowIndex}C${column + 1}` },
        };
        cells.push(cell);
        for (let covered = column; covered < column + colSpan; covered += 1) masters.set(covered, cell);
      }
      column += colSpan;
    }
    rows.push({ cells: cells.filter((cell) => cell.text !== '' || cell.rowSpan > 1 || cell.colSpan > 1), source: { sheet: `表格${table}`, address: `R${rowIndex}` } });
  }
}

/** The paragraphs and tables of word/document.xml as one grid (a paragraph is a one-cell row). */
export function readDocxGrid(documentXml: string): Grid {
  const rows: GridRow[] = [];
  const body = /<w:body>([\s\S]*)<\/w:body>/.exec(documentXml)?.[1] ?? documentXml;
  let table = 0;
  for (const match of body.matchAll(/<w:tbl>[\s\S]*?<\/w:tbl>|<w:p[\s>][\s\S]*?<\/w:p>/g)) {
    if (match[0].startsWith('<w:tbl>')) {
      // A lazy match may stop at a nested table's end: take the balanced element instead.
      const start = match.index ?? 0;
      const whole = topLevel(body.slice(start), 'w:tbl').next().value ?? match[0];
      table += 1;
      readTable(whole, table, rows);
      continue;
    }
    const text = readCellText(match[0]);
    if (text !== '') rows.push({ cells: [{ column: 0, text, rowSpan: 1, colSpan: 1, source: {} }], source: {} });
  }
  return { rows };
}
