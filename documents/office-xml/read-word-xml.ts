/**
 * Reads a Word document saved as one XML file into text lines: Word 2003's XML document
 * (WordprocessingML, <w:wordDocument>) and Word 2007's flat XML package (<pkg:package>). Java
 * reporting systems fill such a template (FreeMarker and the like) to export a 绩效目标表 or 自评表
 * "as Word", and name it .doc; Word opens it, LibreOffice is not needed. Read as a stream by saxes
 * (no DTD, no entity expanded, nothing fetched): paragraphs as they come, each table's rows and cells
 * with their w:gridSpan and w:vMerge/w:hMerge (vmerge/hmerge in 2003) laid out as a .docx table
 * (read-docx.ts layOutBlocks: merged 一级/二级 on every row they span). Headers, footers, footnotes
 * and a package's other parts are not read; a table inside a cell is read as the cell's text. Rows,
 * cells and spans are bounded by ImportLimits while the stream is read.
 */
import type { SaxesParser as Parser } from 'saxes';
import { layOutBlocks, type Block, type HtmlCell } from '../docx/read-docx.ts';
import { ImportError, type ImportLimits } from '../import-error.ts';
import { decodeXml, decodeXmlHead } from './decode-xml.ts';
import { attribute, localName, parseXml } from './xml-tags.ts';

/** Whether bytes are a Word XML document (2003 WordprocessingML, or a flat XML package). */
export function isWordXml(bytes: Buffer): boolean {
  const head = decodeXmlHead(bytes);
  return (
    head.trimStart().startsWith('<?xml') &&
    /schemas\.microsoft\.com\/office\/word\/2003\/wordml|progid\s*=\s*["']Word\.Document["']|schemas\.microsoft\.com\/office\/2006\/xmlPackage/i.test(head)
  );
}

/** Elements whose text is not the document's: headers, footers, notes, comments, field codes. */
const unreadElements = new Set(['hdr', 'ftr', 'footnote', 'endnote', 'annotation', 'comment', 'instrtext', 'deltext', 'bindata']);

/** A cell being read: its text, width and whether it opens or continues a merge. */
interface OpenCell {
  text: string;
  colSpan: number;
  continuesDown: boolean;
  continuesAcross: boolean;
}

/** The document's paragraphs and tables, read within the limits. */
function readBlocks(xml: string, limits: ImportLimits, SaxesParser: typeof Parser): Block[] {
  const tooManyCells = (what: string) => new ImportError('too-many-cells', `Word XML 文档的${what}，不像一份绩效表：请只保留绩效表后再导入`);
  const blocks: Block[] = [];
  let paragraph = '';
  /** >0 inside an element whose text is not read (or a package part other than the document). */
  let skipDepth = 0;
  let tableDepth = 0;
  let runDepth = 0;
  let inText = false;
  let rows: HtmlCell[][] = [];
  let row: HtmlCell[] | null = null;
  let column = 0;
  /** The cell that holds each column's position in the rows above (for a merge continued down). */
  let masters = new Map<number, HtmlCell>();
  let cell: OpenCell | null = null;
  let rowCount = 0;
  let cellCount = 0;

  const append = (text: string) => {
    if (tableDepth > 0) {
      if (cell) cell.text += text;
    } else paragraph += text;
  };

  const parser = new SaxesParser({ xmlns: false, position: false });
  parser.on('opentag', (tag) => {
    const name = localName(tag.name);
    if (skipDepth > 0 || unreadElements.has(name) || (name === 'part' && attribute(tag, 'name') !== '/word/document.xml')) {
      skipDepth++;
      return;
    }
    // Structure only from the outermost table; a nested table's text goes into the outer cell.
    const isOuter = tableDepth === 1;
    switch (name) {
      case 'tbl':
        tableDepth++;
        if (tableDepth === 1) {
          rows = [];
          masters = new Map();
        }
        break;
      case 'tr':
        if (!isOuter) break;
        rowCount++;
        if (rowCount > limits.maxRows) throw new ImportError('too-many-rows', `Word XML 文档的表格行数超过 ${limits.maxRows} 行，不像一份绩效表：请只保留绩效表后再导入`);
        row = [];
        column = 0;
        break;
      case 'gridbefore': {
        // Columns the row leaves empty before its first cell.
        const skipped = Math.min(Number.parseInt(attribute(tag, 'val') ?? '0', 10) || 0, limits.maxColumnSpan);
        if (isOuter && row && skipped > 0) {
          row.push({ text: '', rowSpan: 1, colSpan: skipped });
          column += skipped;
        }
        break;
      }
      case 'tc':
        if (!isOuter) break;
        cellCount++;
        if (cellCount > limits.maxCells) throw tooManyCells(`表格单元格超过 ${limits.maxCells} 个`);
        cell = { text: '', colSpan: 1, continuesDown: false, continuesAcross: false };
        break;
      case 'gridspan':
        if (isOuter && cell) {
          const span = Number.parseInt(attribute(tag, 'val') ?? '1', 10) || 1;
          if (span > limits.maxColumnSpan) throw tooManyCells(`表格中有横跨 ${span} 列的单元格（上限 ${limits.maxColumnSpan} 列）`);
          cell.colSpan = Math.max(1, span);
        }
        break;
      case 'vmerge':
        if (isOuter && cell) cell.continuesDown = attribute(tag, 'val') !== 'restart';
        break;
      case 'hmerge':
        if (isOuter && cell) cell.continuesAcross = attribute(tag, 'val') !== 'restart';
        break;
      case 'r':
        runDepth++;
        break;
      case 't':
        inText = true;
        break;
      case 'tab':
        // A tab in a run (not a tab stop of the paragraph's properties).
        if (runDepth > 0) append(' ');
        break;
      case 'br':
      case 'cr':
        if (runDepth > 0) append('\n');
        break;
    }
  });
  parser.on('text', (text) => {
    if (inText && skipDepth === 0) append(text);
  });
  parser.on('closetag', (tag) => {
    if (skipDepth > 0) {
      skipDepth--;
      return;
    }
    const name = localName(tag.name);
    const isOuter = tableDepth === 1;
    switch (name) {
      case 't':
        inText = false;
        break;
      case 'r':
        runDepth = Math.max(0, runDepth - 1);
        break;
      case 'p':
        if (tableDepth === 0) {
          if (paragraph.trim()) blocks.push({ kind: 'paragraph', text: paragraph });
          paragraph = '';
        } else append('\n');
        break;
      case 'tc': {
        if (!isOuter || !cell || !row) break;
        const previous = row.at(-1);
        const above = masters.get(column);
        if (cell.continuesAcross && previous) {
          previous.colSpan += cell.colSpan;
          for (let covered = column; covered < column + cell.colSpan; covered++) masters.set(covered, previous);
        } else if (cell.continuesDown && above) {
          above.rowSpan++;
        } else {
          const read: HtmlCell = { text: cell.text.trim(), rowSpan: 1, colSpan: cell.colSpan };
          row.push(read);
          for (let covered = column; covered < column + cell.colSpan; covered++) masters.set(covered, read);
        }
        column += cell.colSpan;
        cell = null;
        break;
      }
      case 'tr':
        if (!isOuter) break;
        if (row) rows.push(row);
        row = null;
        break;
      case 'tbl':
        if (isOuter && rows.length > 0) blocks.push({ kind: 'table', rows });
        tableDepth = Math.max(0, tableDepth - 1);
        break;
    }
  });
  parseXml(parser, xml, '无法读取该 Word XML 文档（内容不完整或已损坏）：请用 Word/WPS 打开后另存为 .docx 再导入');
  return blocks;
}

/** The paragraphs and tables of a Word XML document, for the indicator reader's grid (grid/from-html.ts lays them out). */
export async function readWordXmlBlocks(bytes: Buffer, limits: ImportLimits): Promise<Block[]> {
  const { SaxesParser } = await import('saxes');
  return readBlocks(decodeXml(bytes), limits, SaxesParser);
}

/** The text lines of a Word XML document: paragraphs as they come, tables row by row. */
export async function readWordXmlLines(bytes: Buffer, limits: ImportLimits): Promise<string[]> {
  return layOutBlocks(await readWordXmlBlocks(bytes, limits), limits.maxCells);
}
