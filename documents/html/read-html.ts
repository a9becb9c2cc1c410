/**
 * Reads an HTML page into text lines for the text readers: a 绩效 table published on a finance
 * bureau's site and saved from the browser (.html, .htm), or the "Excel" download of many systems,
 * which is an HTML table named .xls. parse5 parses it as a browser does (unclosed cells, unquoted
 * spans, entities); scripts, styles and the head are dropped; block elements and <br> end lines;
 * each table becomes a grid with its rowspan/colspan, laid out like a .docx table
 * (xlsx/grid-to-text.ts), so a merged 一级/二级 applies to every row it spans. Nothing is fetched:
 * links and images are never followed.
 */
import type { DefaultTreeAdapterTypes } from 'parse5';
import type { SheetStart } from '../xlsx/read-xlsx.ts';
import { decodeDeclaredText } from '../../core/decode-text.ts';
import { layOutBlocks, type Block, type HtmlCell } from '../docx/read-docx.ts';
import { ImportError, type ImportLimits } from '../import-error.ts';

type Node = DefaultTreeAdapterTypes.Node;
type Element = DefaultTreeAdapterTypes.Element;

const skipped = new Set(['head', 'script', 'style', 'noscript', 'template', 'iframe', 'object', 'svg', 'button']);
const blockTags = new Set([
  'p', 'div', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'li', 'ul', 'ol', 'dl', 'dt', 'dd', 'section', 'article',
  'header', 'footer', 'nav', 'aside', 'main', 'center', 'blockquote', 'pre', 'form', 'fieldset', 'figure',
  'figcaption', 'address', 'hr', 'caption',
]);

/** The charset a page names in its first bytes (<meta charset="gbk">, or content="text/html; charset=gb2312"). */
function declaredCharset(bytes: Buffer): string | null {
  const head = bytes.subarray(0, 4096).toString('latin1');
  return /<meta[^>]{0,200}?charset\s*=["'\s]*([\w-]{1,40})/i.exec(head)?.[1]?.toLowerCase() ?? null;
}

/** The page's text: a byte-order mark, then the charset it declares (GBK family as GB18030), then UTF-8 tried strictly before GBK. */
export function decodeHtmlBytes(bytes: Buffer): string {
  return decodeDeclaredText(bytes, declaredCharset(bytes) ?? undefined);
}

/** Whether bytes given as an .xls are an HTML table (what many systems' "Excel" downloads are). */
export function isHtmlTable(bytes: Buffer): boolean {
  const head = bytes.subarray(0, 2048).toString('latin1').replace(/^\uFEFF|^\u00EF\u00BB\u00BF/, '').trimStart().toLowerCase();
  return (head.startsWith('<') && !head.startsWith('<?xml')) && (head.includes('<html') || head.includes('<table') || head.includes('<!doctype html'));
}

function spanOf(element: Element, name: string): number {
  const value = element.attrs.find((attribute) => attribute.name === name)?.value;
  const number = Number.parseInt(value ?? '1', 10);
  return Number.isFinite(number) ? Math.max(1, Math.min(1000, number)) : 1;
}

/**
 * Runs of spaces as one; a line break in the page's source stays a line break, which the cell and
 * paragraph joiner reads as a wrapped line (no space between Chinese characters: "巡逻\n次数" is
 * 巡逻次数, as the browser shows it without the source's indentation).
 */
function collapseSpaces(text: string): string {
  return text.replace(/[ \t\r\f]+/g, ' ').replace(/ ?\n ?/g, '\n');
}

/**
 * Elements nested deeper than this are not read: real pages nest a few dozen deep, and a hostile
 * one nesting 100,000 <div>s would otherwise overflow the stack of these recursive walks.
 */
const maxDepth = 400;

function isElement(node: Node): node is Element {
  return 'tagName' in node;
}

function attributeOf(element: Element, name: string): string | undefined {
  return element.attrs.find((attribute) => attribute.name === name)?.value;
}

/** Inputs that show no value of the form: hidden fields (a table number, an id), buttons, files, passwords. */
const unshownInputTypes = new Set(['hidden', 'button', 'submit', 'reset', 'image', 'file', 'password']);

/**
 * What a form field shows, as a saved system page keeps it (a 评价表 filled in a budget system's browser form and
 * saved as .html): a text input its value, a check box or radio its mark (√ checked, □ not, as the forms print
 * them), a <select> the option chosen (none chosen shows nothing: the first option is no answer the unit gave).
 * Null for any other element; a <textarea>'s text is its child and reads as text.
 */
function fieldText(element: Element): string | null {
  if (element.tagName === 'input') {
    const type = (attributeOf(element, 'type') ?? 'text').toLowerCase();
    if (unshownInputTypes.has(type)) return '';
    if (type === 'checkbox' || type === 'radio') return attributeOf(element, 'checked') === undefined ? '□' : '√';
    return collapseSpaces(attributeOf(element, 'value') ?? '').replace(/\n/g, ' ');
  }
  if (element.tagName === 'select') {
    const options: Element[] = [];
    const collect = (node: Element, depth: number) => {
      if (depth > 2) return;
      for (const child of node.childNodes) {
        if (!isElement(child)) continue;
        if (child.tagName === 'option') options.push(child);
        else if (child.tagName === 'optgroup') collect(child, depth + 1);
      }
    };
    collect(element, 0);
    const chosen = options.find((option) => attributeOf(option, 'selected') !== undefined);
    const text = chosen?.childNodes.map((child) => (child.nodeName === '#text' ? (child as DefaultTreeAdapterTypes.TextNode).value : '')).join('') ?? '';
    return collapseSpaces(text).trim();
  }
  return null;
}

/**
 * The page as paragraphs and tables, in order. A table inside a table's cell is read as the cell's
 * text (as in .docx); rows of a table's head, bodies and foot are its rows in order.
 */
export function parseHtmlBlocks(html: string, parse: (html: string) => DefaultTreeAdapterTypes.Document): Block[] {
  const blocks: Block[] = [];
  let paragraph = '';
  const endParagraph = () => {
    if (paragraph.trim()) blocks.push({ kind: 'paragraph', text: paragraph });
    paragraph = '';
  };

  /** A cell's (or nested table's) text: its lines as "\n". */
  const cellText = (node: Node, depth = 0): string => {
    if (node.nodeName === '#text') return collapseSpaces((node as DefaultTreeAdapterTypes.TextNode).value);
    if (!isElement(node) || skipped.has(node.tagName) || depth > maxDepth) return '';
    if (node.tagName === 'br') return '\n';
    const field = fieldText(node);
    if (field !== null) return field;
    const inner = node.childNodes.map((child) => cellText(child, depth + 1)).join('');
    return blockTags.has(node.tagName) || node.tagName === 'tr' ? `${inner}\n` : node.tagName === 'td' || node.tagName === 'th' ? `${inner} ` : inner;
  };

  const readTable = (table: Element): HtmlCell[][] => {
    const rows: HtmlCell[][] = [];
    const visit = (node: Element) => {
      for (const child of node.childNodes) {
        if (!isElement(child)) continue;
        if (child.tagName === 'tr') {
          rows.push(
            child.childNodes
              .filter((cell): cell is Element => isElement(cell) && (cell.tagName === 'td' || cell.tagName === 'th'))
              .map((cell) => ({ text: cell.childNodes.map(cellText).join('').trim(), rowSpan: spanOf(cell, 'rowspan'), colSpan: spanOf(cell, 'colspan') })),
          );
        } else if (child.tagName === 'thead' || child.tagName === 'tbody' || child.tagName === 'tfoot') visit(child);
      }
    };
    visit(table);
    return rows;
  };

  const walk = (node: Node, depth: number) => {
    if (depth > maxDepth) return;
    if (node.nodeName === '#text') {
      paragraph += collapseSpaces((node as DefaultTreeAdapterTypes.TextNode).value);
      return;
    }
    if (!isElement(node)) {
      for (const child of (node as DefaultTreeAdapterTypes.ParentNode).childNodes ?? []) walk(child, depth + 1);
      return;
    }
    if (skipped.has(node.tagName)) return;
    if (node.tagName === 'table') {
      endParagraph();
      const rows = readTable(node);
      if (rows.length > 0) blocks.push({ kind: 'table', rows });
      return;
    }
    if (node.tagName === 'br') {
      endParagraph();
      return;
    }
    const field = fieldText(node);
    if (field !== null) {
      paragraph += field;
      return;
    }
    const isBlock = blockTags.has(node.tagName);
    if (isBlock) endParagraph();
    for (const child of node.childNodes) walk(child, depth + 1);
    if (isBlock) endParagraph();
  };

  walk(parse(html), 0);
  endParagraph();
  return blocks;
}

/**
 * The sheet an Excel "web page" save names in its head (<x:ExcelWorksheet><x:Name>…</x:Name>, what systems' .xls downloads
 * copy too), when it names one; else null. Its tab may be the title the table lacks (text/sheet-name-title.ts).
 */
export function findExcelSheetName(html: string): string | null {
  const names = Array.from(html.slice(0, 20_000).matchAll(/<x:Name>([^<]{1,64})<\/x:Name>/gi), (match) => match[1]?.trim() ?? '');
  return names.length === 1 && names[0] !== '' ? (names[0] ?? null) : null;
}

/** The text lines of an HTML page: paragraphs as they come, tables row by row; the one sheet an Excel save names into `sheets` when given. */
export async function readHtmlLines(bytes: Buffer, limits: ImportLimits, sheets?: SheetStart[]): Promise<string[]> {
  const html = decodeHtmlBytes(bytes);
  const sheet = findExcelSheetName(html);
  if (sheet !== null) sheets?.push({ name: sheet, line: 1 });
  return readHtmlText(html, limits);
}

/** The text lines of a page already decoded (a .mht file's page, read-mht.ts). */
export async function readHtmlText(html: string, limits: ImportLimits): Promise<string[]> {
  const { parse } = await import('parse5');
  const blocks = parseHtmlBlocks(html, (text) => parse(text));
  const rows = blocks.reduce((sum, block) => sum + (block.kind === 'table' ? block.rows.length : 0), 0);
  if (rows > limits.maxRows) {
    throw new ImportError('too-many-rows', `网页表格行数超过 ${limits.maxRows} 行，不像一份绩效表：请只保留绩效表后再导入`);
  }
  return layOutBlocks(blocks, limits.maxCells);
}
