/**
 * Reads a .docx into text lines for the text readers: mammoth turns the document into HTML that
 * keeps paragraphs and table cells with their rowspan/colspan; paragraphs become lines and tables
 * become grids (documents/xlsx/grid-to-text.ts), so a merged 一级/二级 cell applies to every row it
 * spans exactly as in .xlsx.
 */
// Loaded on first use: a command that reads a .txt file never pays for it (issue 14 item 5).

import { ImportError, type ImportLimits } from '../import-error.ts';
import { joinCellLines } from '../grid/cell-text.ts';
import { convertGridToLines, type Grid, type GridCell } from '../xlsx/grid-to-text.ts';
import { inspectZip } from '../xlsx/zip-guard.ts';

export interface HtmlCell {
  text: string;
  rowSpan: number;
  colSpan: number;
}

/** A paragraph or a table of an HTML document (mammoth's, or a web page's: documents/html). */
/** A table's `name`: a spreadsheet's sheet it is (an OpenDocument spreadsheet's table:name). */
export type Block = { kind: 'paragraph'; text: string } | { kind: 'table'; rows: HtmlCell[][]; name?: string };

function decodeEntities(text: string): string {
  return text.replace(/&(#x?[0-9a-f]+|amp|lt|gt|quot|apos|nbsp);/gi, (_, entity: string) => {
    const named: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: ' ' };
    if (entity.startsWith('#')) {
      const code =
        entity[1] === 'x' || entity[1] === 'X'
          ? Number.parseInt(entity.slice(2), 16)
          : Number(entity.slice(1));
      return String.fromCodePoint(code);
    }
    return named[entity.toLowerCase()] ?? '';
  });
}

function readSpan(attributes: string, name: string): number {
  const match = new RegExp(`${name}="(\\d+)"`).exec(attributes);
  return match ? Math.max(1, Math.min(1000, Number(match[1]))) : 1;
}

const blockTags = new Set(['p', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'li']);

/** Splits mammoth's HTML into paragraphs and tables; a table inside a cell is flattened into the cell's text. */
export function parseMammothHtml(html: string): Block[] {
  const blocks: Block[] = [];
  let tableDepth = 0;
  let rows: HtmlCell[][] = [];
  let cell: HtmlCell | null = null;
  let paragraph = '';
  for (const token of html.matchAll(/<(\/?)([a-z0-9]+)((?:[^>a-z0-9][^>]*)?)>|([^<]+)/gi)) {
    const [, closing, rawTag, attributes = '', text] = token;
    if (text !== undefined) {
      const decoded = decodeEntities(text);
      if (cell) cell.text += decoded;
      else paragraph += decoded;
      continue;
    }
    const tag = rawTag!.toLowerCase();
    if (tag === 'table') {
      tableDepth += closing ? -1 : 1;
      if (!closing && tableDepth === 1) rows = [];
      if (closing && tableDepth === 0) blocks.push({ kind: 'table', rows });
    } else if (tableDepth === 1 && tag === 'tr' && !closing) {
      rows.push([]);
    } else if (tableDepth === 1 && (tag === 'td' || tag === 'th')) {
      if (!closing) {
        cell = {
          text: '',
          rowSpan: readSpan(attributes, 'rowspan'),
          colSpan: readSpan(attributes, 'colspan'),
        };
        (rows.at(-1) ?? (rows[0] = [])).push(cell);
      } else cell = null;
    } else if (tag === 'br' || (blockTags.has(tag) && closing === '/')) {
      // The end of a paragraph (or a line break) ends a line: inside a cell, a line of the cell.
      if (cell) cell.text += '\n';
      else {
        blocks.push({ kind: 'paragraph', text: paragraph });
        paragraph = '';
      }
    }
  }
  if (paragraph.trim()) blocks.push({ kind: 'paragraph', text: paragraph });
  return blocks;
}

/** Lays out an HTML table's cells on a grid, each spanned position pointing at its cell. */
export function buildGrid(rows: HtmlCell[][], maxCells = Number.POSITIVE_INFINITY): Grid {
  // The grid's size is known from the spans before anything is allocated (issue 9: 7 kB of
  // gridSpan=1000 cells made a grid of millions of positions).
  const width = Math.max(0, ...rows.map((row) => row.reduce((sum, cell) => sum + cell.colSpan, 0)));
  if (rows.length * width > maxCells) throw tooManyCells(`文档表格展开后超过 ${maxCells} 个单元格`);
  const grid: Grid = [];
  rows.forEach((row, rowIndex) => {
    grid[rowIndex] ??= [];
    let column = 0;
    for (const cell of row) {
      while (grid[rowIndex]![column]) column++;
      const master: GridCell = { text: cell.text, masterRow: rowIndex, masterColumn: column };
      for (let r = rowIndex; r < Math.min(rowIndex + cell.rowSpan, rows.length); r++) {
        grid[r] ??= [];
        for (let c = column; c < column + cell.colSpan; c++) grid[r]![c] = master;
      }
      column += cell.colSpan;
    }
  });
  const gridWidth = Math.max(0, ...grid.map((row) => row.length));
  return grid.map((row) => Array.from({ length: gridWidth }, (_, index) => row[index] ?? null));
}

function tooManyCells(what: string): ImportError {
  return new ImportError('too-many-cells', `${what}，不像一份绩效表：请只保留绩效表后再导入`);
}

/** The widest gridSpan the document declares (w:gridSpan w:val="N"), read before mammoth runs. */
function findWidestSpan(documentXml: string): number {
  let widest = 1;
  for (let at = documentXml.indexOf('gridSpan '); at >= 0; at = documentXml.indexOf('gridSpan ', at + 9)) {
    const value = /^gridSpan\s+w:val="(\d{1,9})"/.exec(documentXml.slice(at, at + 40))?.[1];
    if (value !== undefined) widest = Math.max(widest, Number(value));
  }
  return widest;
}

function countOccurrences(haystack: Buffer, needle: string): number {
  let count = 0;
  for (
    let index = haystack.indexOf(needle);
    index >= 0;
    index = haystack.indexOf(needle, index + needle.length)
  )
    count++;
  return count;
}

/** The text lines of a .docx: paragraphs as they come, tables row by row. */
export async function readDocxLines(bytes: Buffer, limits: ImportLimits): Promise<string[]> {
  const { keptPart } = inspectZip({ bytes, limits, label: '.docx', keepPart: 'word/document.xml' });
  if (!keptPart) {
    throw new ImportError(
      'not-a-document',
      '该文件不是 Word 文档（缺少 word/document.xml）：请确认上传的是 .docx 文件',
    );
  }
  // Table rows are counted before mammoth turns the whole document into HTML.
  const tableRows = countOccurrences(keptPart, '<w:tr>') + countOccurrences(keptPart, '<w:tr ');
  if (tableRows > limits.maxRows) {
    throw new ImportError(
      'too-many-rows',
      `文档表格行数超过 ${limits.maxRows} 行，不像一份绩效表：请只保留绩效表后再导入`,
    );
  }
  const documentXml = keptPart.toString('utf8');
  const widestSpan = findWidestSpan(documentXml);
  if (widestSpan > limits.maxColumnSpan) {
    throw tooManyCells(`文档表格中有横跨 ${widestSpan} 列的单元格（上限 ${limits.maxColumnSpan} 列）`);
  }
  if (countOccurrences(keptPart, '<w:tc>') + countOccurrences(keptPart, '<w:tc ') > limits.maxCells) {
    throw tooManyCells(`文档表格单元格超过 ${limits.maxCells} 个`);
  }
  let html: string;
  try {
    html = (await (await import('mammoth')).default.convertToHtml({ buffer: bytes })).value;
  } catch {
    throw new ImportError(
      'damaged-file',
      '无法读取该 .docx 文件（内容已损坏）：请用 Word/WPS 打开后另存再导入',
    );
  }
  return layOutBlocks(parseMammothHtml(html), limits.maxCells);
}

/** Text lines of paragraphs and tables: a paragraph's lines joined, each table laid out on its grid (merged levels on every row). */
export function layOutBlocks(blocks: readonly Block[], maxCells: number): string[] {
  const lines: string[] = [];
  for (const block of blocks) {
    if (block.kind === 'paragraph') {
      const text = joinCellLines(block.text);
      if (text) lines.push(text);
    } else {
      lines.push(...convertGridToLines(buildGrid(block.rows, maxCells)));
    }
  }
  return lines;
}
