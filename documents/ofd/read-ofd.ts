/**
 * Reads an .ofd (GB/T 33190-2016, the national fixed-layout format bureaus publish and archive in)
 * into the positioned content the PDF reader gives (documents/pdf/lattice-reading.ts): per page, text
 * items in points with y up from the page's foot, and the ruling lines its paths draw. The PDF
 * reader's lines and lattice/table reading then read an OFD's tables and prose unchanged.
 *
 * An OFD is a zip: OFD.xml names the document (DocBody/DocRoot, the first one is read), whose
 * Document.xml lists the pages in order (Pages/Page BaseLoc), the default page size
 * (CommonData/PageArea) and template pages (TemplatePage), which a page draws under or over its own
 * content. The zip is checked as a .docx is (xlsx/zip-guard.ts: entry count, expanded size, bombs);
 * each XML part is parsed by saxes with no DTD allowed (ofd-xml.ts).
 */
import { ImportError, type ImportLimits } from '../import-error.ts';
import type { PdfPageContent } from '../pdf/lattice-reading.ts';
import { looksLikeTable, pdfContentLines, type PdfTextItem } from '../pdf/read-pdf.ts';
import { addSubpathRulings, joinRulingLines, MAX_SEGMENTS, type RulingLines } from '../pdf/ruling-lines.ts';
import { inspectZip } from '../xlsx/zip-guard.ts';
import { readBox, type Box } from './ofd-numbers.ts';
import { readOfdPagePart, type OfdBudget, type OfdPagePart } from './ofd-page.ts';
import { damagedOfdMessage, parseOfdXml, type SaxesConstructor } from './ofd-xml.ts';

/** Points per millimetre: OFD measures in millimetres, the PDF readers' tolerances are in points. */
const POINTS_PER_MM = 72 / 25.4;
/** A4 portrait, when neither the page nor the document names a size. */
const A4: Box = { x: 0, y: 0, width: 210, height: 297 };
/** Most glyphs read from one file: 200 dense pages hold about 600,000. */
export const MAX_OFD_GLYPHS = 2_000_000;
/** Most path points read from one file (a 300-row table's borders draw about 20,000). */
export const MAX_OFD_PATH_POINTS = 1_000_000;

/** The package's parts by name, and a name looked up as OFD locations are written. */
export interface OfdPackage {
  parts: Map<string, Buffer>;
  /** The part a location names, read from `from` (a part's name), or null. */
  resolve: (from: string, location: string) => string | null;
}

function normalizePath(path: string): string {
  const segments: string[] = [];
  for (const segment of path.split('/')) {
    if (segment === '' || segment === '.') continue;
    if (segment === '..') segments.pop();
    else segments.push(segment);
  }
  return segments.join('/');
}

/** The package's XML parts (and, with `isKeepingMedia`, its pictures and other media too), checked as a .docx is. */
export function openPackage(bytes: Buffer, limits: ImportLimits, options: { isKeepingMedia?: boolean } = {}): OfdPackage {
  let keptParts: Map<string, Buffer>;
  try {
    ({ keptParts } = inspectZip({ bytes, limits, label: ' OFD ', keepParts: (name) => options.isKeepingMedia === true || /\.xml$/i.test(name) }));
  } catch (error) {
    if (error instanceof ImportError && error.code === 'not-a-zip')
      throw new ImportError('not-a-zip', '该文件不是有效的 OFD 文件（文件已损坏或扩展名不符）：请用 OFD 阅读器打开确认后重新导出，或另存为 PDF 再导入');
    throw error;
  }
  const parts = new Map<string, Buffer>();
  const byLowerName = new Map<string, string>();
  for (const [name, part] of keptParts) {
    const normalized = normalizePath(name.replace(/\\/g, '/'));
    parts.set(normalized, part);
    byLowerName.set(normalized.toLowerCase(), normalized);
  }
  // GM/T 0099-2020: an encrypted package carries Encryptions.xml, its parts unreadable without the key.
  if ([...parts.keys()].some((name) => name.split('/').at(-1)?.toLowerCase() === 'encryptions.xml'))
    throw new ImportError('encrypted', '该 OFD 文件已加密：请用 OFD 阅读器输入口令打开，另存为不加密的 OFD 或 PDF 后再导入');
  const find = (name: string) => (parts.has(name) ? name : (byLowerName.get(name.toLowerCase()) ?? null));
  return {
    parts,
    resolve: (from, location) => {
      const cleaned = location.trim().replace(/\\/g, '/');
      if (cleaned === '') return null;
      if (cleaned.startsWith('/')) return find(normalizePath(cleaned));
      // Relative to the naming part's folder, as the standard says; some producers write it from the root.
      const folder = from.includes('/') ? from.slice(0, from.lastIndexOf('/') + 1) : '';
      return find(normalizePath(folder + cleaned)) ?? find(normalizePath(cleaned));
    },
  };
}

export interface OfdDocument {
  part: string;
  box: Box | null;
  templates: Map<string, string>;
  pages: string[];
  /** The resource files CommonData names (PublicRes, DocumentRes): where MultiMedia (pictures) are listed. */
  resources: string[];
}

/** Document.xml: the default page box, the templates by id and the pages in order (their BaseLoc). */
export function readDocument(Parser: SaxesConstructor, ofd: OfdPackage, part: string): OfdDocument {
  const document: OfdDocument = { part, box: null, templates: new Map(), pages: [], resources: [] };
  let boxText: string | null = null;
  let resourceText: string | null = null;
  parseOfdXml({
    Parser,
    bytes: ofd.parts.get(part)!,
    part,
    handlers: {
      open: (element, parents) => {
        const parent = parents.at(-2);
        if (element.name === 'page' && parent === 'pages') document.pages.push(element.attribute('BaseLoc') ?? '');
        else if (element.name === 'templatepage' && parent === 'commondata') {
          const id = element.attribute('ID');
          const location = element.attribute('BaseLoc');
          if (id && location) document.templates.set(id, location);
        } else if (element.name === 'physicalbox' && parent === 'pagearea' && parents.at(-3) === 'commondata') boxText = '';
        else if ((element.name === 'publicres' || element.name === 'documentres') && parent === 'commondata') resourceText = '';
      },
      text: (text) => {
        if (boxText !== null) boxText += text;
        if (resourceText !== null) resourceText += text;
      },
      close: (name) => {
        if ((name === 'publicres' || name === 'documentres') && resourceText !== null) {
          if (resourceText.trim()) document.resources.push(resourceText.trim());
          resourceText = null;
        }
        if (name === 'physicalbox' && boxText !== null) {
          document.box = readBox(boxText);
          boxText = null;
        }
      },
    },
  });
  return document;
}

/** OFD.xml's first DocRoot, resolved to its Document.xml. */
export function findDocumentRoot(Parser: SaxesConstructor, ofd: OfdPackage): string {
  const entry = ofd.resolve('', 'OFD.xml');
  if (!entry) throw new ImportError('damaged-file', '该文件不是有效的 OFD 文件：缺少入口文件 OFD.xml（文件已损坏或扩展名不符），请重新导出');
  let root: string | null = null;
  let reading = false;
  parseOfdXml({
    Parser,
    bytes: ofd.parts.get(entry)!,
    part: entry,
    handlers: {
      open: (element) => {
        reading = element.name === 'docroot' && root === null;
        if (reading) root = '';
      },
      text: (text) => {
        if (reading) root += text;
      },
      close: () => {
        reading = false;
      },
    },
  });
  const part = root === null ? null : ofd.resolve(entry, root);
  if (!part) throw new ImportError('damaged-file', `该 OFD 文件缺少文档描述（OFD.xml 所指的 ${root ?? 'DocRoot'} 不存在），文件已损坏：请重新导出`);
  return part;
}

/**
 * A page's runs and paths (millimetres, y down) as the PDF reader's content (points, y up). Its
 * borders are kept only where `isRuled`, as the PDF reader reads a page's drawing only then.
 */
function toPdfContent(parts: readonly OfdPagePart[], box: Box, isRuled: (items: readonly PdfTextItem[]) => boolean): PdfPageContent {
  const toX = (x: number) => (x - box.x) * POINTS_PER_MM;
  const toY = (y: number) => (box.y + box.height - y) * POINTS_PER_MM;
  const items: PdfTextItem[] = [];
  const lines: RulingLines = { horizontal: [], vertical: [] };
  for (const part of parts) {
    for (const run of part.runs)
      if (run.text.trim() !== '')
        items.push({ text: run.text, x: toX(run.x), y: toY(run.y), width: run.width * POINTS_PER_MM, height: run.height * POINTS_PER_MM });
  }
  if (!isRuled(items)) return { items, rulings: { horizontal: [], vertical: [] } };
  for (const part of parts) {
    for (const path of part.paths)
      addSubpathRulings({ points: path.points.map(([x, y]) => [toX(x), toY(y)]), closed: path.closed }, path.isStroke, lines);
  }
  const isTooMany = lines.horizontal.length + lines.vertical.length > MAX_SEGMENTS;
  return { items, rulings: isTooMany ? { horizontal: [], vertical: [] } : dropPageFrame(joinRulingLines(lines)) };
}

/** How far (points) a frame stands clear of every other line: a table's outer border meets its inner lines. */
const FRAME_CLEARANCE = 3;

/**
 * The lines without a frame drawn around the page's content (a template's border, a 公文's box): the
 * outermost rectangle, when no other line reaches it, is no table; read as one, it would hold every
 * line of the page, a bordered table's too, as one cell (a box with no line inside is dropped alike:
 * its text reads by position).
 */
export function dropPageFrame(lines: RulingLines): RulingLines {
  const { horizontal, vertical } = lines;
  if (horizontal.length < 2 || vertical.length < 2) return lines;
  const top = horizontal.reduce((best, line) => (line.y > best.y ? line : best));
  const bottom = horizontal.reduce((best, line) => (line.y < best.y ? line : best));
  const left = vertical.reduce((best, line) => (line.x < best.x ? line : best));
  const right = vertical.reduce((best, line) => (line.x > best.x ? line : best));
  const near = (a: number, b: number) => Math.abs(a - b) <= FRAME_CLEARANCE;
  const isRectangle =
    [top, bottom].every((line) => near(line.left, left.x) && near(line.right, right.x)) &&
    [left, right].every((line) => near(line.top, top.y) && near(line.bottom, bottom.y));
  if (!isRectangle) return lines;
  const frame = new Set<unknown>([top, bottom, left, right]);
  const inner = { horizontal: horizontal.filter((line) => !frame.has(line)), vertical: vertical.filter((line) => !frame.has(line)) };
  const isClear =
    inner.horizontal.every((line) => line.y < top.y - FRAME_CLEARANCE && line.y > bottom.y + FRAME_CLEARANCE && line.left > left.x + FRAME_CLEARANCE && line.right < right.x - FRAME_CLEARANCE) &&
    inner.vertical.every((line) => line.x > left.x + FRAME_CLEARANCE && line.x < right.x - FRAME_CLEARANCE && line.top < top.y - FRAME_CLEARANCE && line.bottom > bottom.y + FRAME_CLEARANCE);
  return isClear ? inner : lines;
}

/**
 * A reader of a page part with the templates it is drawn on (templates first, as drawn), and its box
 * (the page's own, else the document's, else A4). Each part is read once, however many pages name it
 * (a template on every page, or a hostile file naming one page 200 times).
 */
export function createLayerReader(Parser: SaxesConstructor, ofd: OfdPackage, document: OfdDocument, budget: OfdBudget) {
  const read = new Map<string, OfdPagePart>();
  const readPart = (part: string): OfdPagePart => {
    let content = read.get(part);
    if (!content) {
      content = readOfdPagePart({ Parser, bytes: ofd.parts.get(part)!, part, budget });
      read.set(part, content);
    }
    return content;
  };
  return (part: string): { layers: OfdPagePart[]; box: Box } => {
    const page = readPart(part);
    const templates = page.templateIds.flatMap((id) => {
      const template = document.templates.get(id);
      const templatePart = template ? ofd.resolve(document.part, template) : null;
      return templatePart && ofd.parts.has(templatePart) ? [readPart(templatePart)] : [];
    });
    return { layers: [...templates, page], box: page.box ?? document.box ?? A4 };
  };
}

/** Every page of an .ofd as positioned content, in the order Document.xml lists them, templates drawn in. */
export async function readOfdPageContents(bytes: Buffer, limits: ImportLimits): Promise<PdfPageContent[]> {
  const ofd = openPackage(bytes, limits);
  const { SaxesParser } = await import('saxes');
  const Parser = SaxesParser as unknown as SaxesConstructor;
  const document = readDocument(Parser, ofd, findDocumentRoot(Parser, ofd));
  if (document.pages.length > limits.maxPages)
    throw new ImportError('too-many-rows', `OFD 页数超过 ${limits.maxPages} 页，不像一份绩效文档：请只导入相关页`);
  const readLayers = createLayerReader(Parser, ofd, document, { glyphs: MAX_OFD_GLYPHS, pathPoints: MAX_OFD_PATH_POINTS });
  // As the PDF reader: a page's borders are read when its text shows a table, or when the page before
  // drew column borders (the middle of a row taller than a page); a frame around prose is no table.
  let drewColumns = false;
  const isRuled = (items: readonly PdfTextItem[]) => looksLikeTable(items) || drewColumns;
  const pages = document.pages.map((location, index) => {
    const part = ofd.resolve(document.part, location);
    if (!part) throw new ImportError('damaged-file', `该 OFD 文件缺少第 ${index + 1} 页的内容（${location || '未写位置'}），文件已损坏：请重新导出`);
    const { layers, box } = readLayers(part);
    const content = toPdfContent(layers, box, isRuled);
    drewColumns = content.rulings.vertical.length >= 2;
    return content;
  });
  if (pages.length === 0) throw new ImportError('damaged-file', damagedOfdMessage);
  if (pages.every((page) => page.items.length === 0))
    throw new ImportError('no-text', '该 OFD 文件没有可读取的文字（可能是扫描图片）：请上传含文字的 OFD/PDF，或原始的 .xlsx/.docx 文件');
  return pages;
}

/** The text lines of every page of an .ofd, as readPdfLines gives a PDF's. */
export async function readOfdLines(bytes: Buffer, limits: ImportLimits): Promise<string[]> {
  return pdfContentLines(await readOfdPageContents(bytes, limits));
}
