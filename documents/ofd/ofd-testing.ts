/**
 * Test helper: OFD files of our own content (zip + XML as GB/T 33190-2016 lays them out), since no
 * real OFD can be fetched here. `writeOfd` packs pages of objects written by hand; `ofdFromPdfPages`
 * writes a PDF's positioned content (the own tables' PDFs) as OFD the way OFD producers vary it: text
 * objects offset by their Boundary, some under a CTM that halves them (their size and advances
 * doubled), advances as "g" repeats or as lists, a TextCode split in two with the second going on
 * without X, the text above page one's table in a template, borders as stroked lines or as thin
 * filled rectangles; `tableOfd` draws a bordered table of rows directly.
 */
import type { PdfPageContent } from '../pdf/lattice-reading.ts';
import { writeZip, type ZipEntry } from '../../test-support/zip-writer.ts';
import { estimateGlyphWidth } from './ofd-page.ts';

const POINTS_PER_MM = 72 / 25.4;
const namespace = 'http://www.ofdspec.org/2016';

export const escapeXml = (text: string): string =>
  text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

const round = (value: number): string => String(Math.round(value * 1000) / 1000);

export interface OfdTestPage {
  /** Objects of the page's body layer (XML). */
  body: string;
  /** Objects of a template this page is drawn on, when any (pages with the same text share one TemplatePage). */
  template?: string;
  /** The page's BaseLoc (default Pages/Page_<n>/Content.xml, from Doc_0; "/…" from the root). */
  location?: string;
  /** Page size in millimetres (default: the document's). */
  size?: [number, number];
}

const pageXml = (objects: string, options: { templateId?: number; size?: [number, number] } = {}): string =>
  `<?xml version="1.0" encoding="UTF-8"?>\n<ofd:Page xmlns:ofd="${namespace}">` +
  (options.templateId === undefined ? '' : `<ofd:Template TemplateID="${options.templateId}" ZOrder="Background"/>`) +
  (options.size ? `<ofd:Area><ofd:PhysicalBox>0 0 ${options.size[0]} ${options.size[1]}</ofd:PhysicalBox></ofd:Area>` : '') +
  `<ofd:Content><ofd:Layer ID="1" Type="Body">${objects}</ofd:Layer></ofd:Content></ofd:Page>`;

/** An OFD package: OFD.xml → Doc_0/Document.xml → its pages (and templates), in the order given. */
export function writeOfd(input: {
  pages: readonly OfdTestPage[];
  size?: [number, number];
  /** Replaces OFD.xml (null leaves it out). */
  ofdXml?: string | null;
  /** Written before Document.xml's root (a DOCTYPE, for the hostile tests). */
  documentPrologue?: string;
  /** More of Document.xml's CommonData (a DocumentRes naming a resource file of pictures). */
  commonData?: string;
  extraParts?: readonly ZipEntry[];
}): Buffer {
  const size = input.size ?? [210, 297];
  const parts: ZipEntry[] = [];
  if (input.ofdXml !== null)
    parts.push({
      name: 'OFD.xml',
      data: input.ofdXml ?? `<?xml version="1.0" encoding="UTF-8"?>\n<ofd:OFD xmlns:ofd="${namespace}" Version="1.0" DocType="OFD"><ofd:DocBody><ofd:DocInfo><ofd:DocID>0</ofd:DocID></ofd:DocInfo><ofd:DocRoot>Doc_0/Document.xml</ofd:DocRoot></ofd:DocBody></ofd:OFD>`,
    });
  const templates: string[] = [];
  const templateIds = new Map<string, number>();
  const pages: string[] = [];
  input.pages.forEach((page, index) => {
    const location = page.location ?? `Pages/Page_${index}/Content.xml`;
    let templateId: number | undefined;
    if (page.template !== undefined) {
      templateId = templateIds.get(page.template);
      if (templateId === undefined) {
        templateId = 1000 + templateIds.size;
        templateIds.set(page.template, templateId);
        const templateLocation = `Tpls/Tpl_${templateIds.size - 1}/Content.xml`;
        templates.push(`<ofd:TemplatePage ID="${templateId}" BaseLoc="${templateLocation}"/>`);
        parts.push({ name: `Doc_0/${templateLocation}`, data: pageXml(page.template) });
      }
    }
    pages.push(`<ofd:Page ID="${index + 1}" BaseLoc="${location}"/>`);
    // An absolute location ("/Doc_0/…") names the part from the package's root.
    const name = location.startsWith('/') ? location.slice(1) : `Doc_0/${location}`;
    parts.push({ name, data: pageXml(page.body, { templateId, size: page.size }) });
  });
  parts.push({
    name: 'Doc_0/Document.xml',
    data:
      `<?xml version="1.0" encoding="UTF-8"?>\n${input.documentPrologue ?? ''}<ofd:Document xmlns:ofd="${namespace}"><ofd:CommonData><ofd:MaxUnitID>9999</ofd:MaxUnitID>` +
      `<ofd:PageArea><ofd:PhysicalBox>0 0 ${size[0]} ${size[1]}</ofd:PhysicalBox></ofd:PageArea>${input.commonData ?? ''}${templates.join('')}</ofd:CommonData>` +
      `<ofd:Pages>${pages.join('')}</ofd:Pages></ofd:Document>`,
  });
  parts.push(...(input.extraParts ?? []));
  return writeZip(parts);
}

/** A TextObject of one TextCode (millimetres). */
export function textObject(input: {
  text: string;
  x: number;
  y: number;
  size: number;
  deltaX?: string;
  boundary?: [number, number, number, number];
  ctm?: string;
}): string {
  const boundary = input.boundary ?? [0, 0, 210, 297];
  return (
    `<ofd:TextObject ID="1" Boundary="${boundary.map(round).join(' ')}" Font="1" Size="${round(input.size)}"${input.ctm ? ` CTM="${input.ctm}"` : ''}>` +
    `<ofd:FillColor Value="0 0 0"/><ofd:TextCode X="${round(input.x)}" Y="${round(input.y)}"${input.deltaX ? ` DeltaX="${input.deltaX}"` : ''}>${escapeXml(input.text)}</ofd:TextCode></ofd:TextObject>`
  );
}

/** A straight stroked line from (x1, y1) to (x2, y2), millimetres, drawn relative to its Boundary. */
export function lineObject(x1: number, y1: number, x2: number, y2: number): string {
  const left = Math.min(x1, x2);
  const top = Math.min(y1, y2);
  return (
    `<ofd:PathObject ID="2" Boundary="${round(left)} ${round(top)} ${round(Math.abs(x2 - x1) + 0.5)} ${round(Math.abs(y2 - y1) + 0.5)}" LineWidth="0.2">` +
    `<ofd:AbbreviatedData>M ${round(x1 - left)} ${round(y1 - top)} L ${round(x2 - left)} ${round(y2 - top)}</ofd:AbbreviatedData></ofd:PathObject>`
  );
}

/** A thin filled rectangle standing for a line, as some producers draw borders. */
function filledLine(x1: number, y1: number, x2: number, y2: number): string {
  const thickness = 0.2;
  const width = Math.max(Math.abs(x2 - x1), thickness);
  const height = Math.max(Math.abs(y2 - y1), thickness);
  return (
    `<ofd:PathObject ID="3" Boundary="${round(Math.min(x1, x2))} ${round(Math.min(y1, y2))} ${round(width)} ${round(height)}" Stroke="false" Fill="true">` +
    `<ofd:AbbreviatedData>M 0 0 L ${round(width)} 0 L ${round(width)} ${round(height)} L 0 ${round(height)} C</ofd:AbbreviatedData></ofd:PathObject>`
  );
}

/** Advances of each glyph but the last, in proportion to how wide each is taken to be, adding up to `width`. */
function advances(text: string, width: number): number[] {
  const characters = [...text];
  const weights = characters.map(estimateGlyphWidth);
  const total = weights.reduce((sum, each) => sum + each, 0);
  return weights.slice(0, -1).map((weight) => (weight / total) * width);
}

/** One PDF text item as an OFD TextObject, written the `variant`th of three ways. */
function itemObject(item: { text: string; x: number; top: number; baseline: number; width: number; size: number }, variant: number): string {
  const characters = [...item.text];
  const boundary: [number, number, number, number] = [item.x, item.top, item.width + item.size, item.size * 1.5];
  const steps = advances(item.text, item.width);
  if (variant === 0) {
    // Boundary-relative, one "g" repeat of the mean advance.
    const mean = characters.length > 1 ? item.width / characters.length : 0;
    return textObject({ text: item.text, x: 0, y: item.baseline - item.top, size: item.size, boundary, deltaX: characters.length > 1 ? `g ${characters.length - 1} ${round(mean)}` : undefined });
  }
  if (variant === 1) {
    // Under a CTM halving everything: size, position and advances written twice as large.
    return textObject({ text: item.text, x: 0, y: 2 * (item.baseline - item.top), size: 2 * item.size, boundary, ctm: '0.5 0 0 0.5 0 0', deltaX: steps.map((step) => round(2 * step)).join(' ') || undefined });
  }
  // On the page's origin, as two TextCodes when long enough: the second goes on from the first without X
  // (the first's DeltaX gives one advance more, to where the second starts).
  if (characters.length < 4)
    return textObject({ text: item.text, x: item.x, y: item.baseline, size: item.size, deltaX: steps.map(round).join(' ') || undefined });
  const half = Math.floor(characters.length / 2);
  const first = characters.slice(0, half).join('');
  const second = characters.slice(half).join('');
  return (
    `<ofd:TextObject ID="1" Boundary="0 0 ${round(item.x + item.width + 50)} 400" Font="1" Size="${round(item.size)}">` +
    `<ofd:TextCode X="${round(item.x)}" Y="${round(item.baseline)}" DeltaX="${steps.slice(0, half).map(round).join(' ')}">${escapeXml(first)}</ofd:TextCode>` +
    `<ofd:TextCode Y="${round(item.baseline)}" DeltaX="${steps.slice(half).map(round).join(' ')}">${escapeXml(second)}</ofd:TextCode></ofd:TextObject>`
  );
}

/** A PDF's pages (points, y up) as an OFD (millimetres, y down); the page size from their extent unless given (A4 either way round). */
export function ofdFromPdfPages(pages: readonly PdfPageContent[], pageSize?: [number, number]): Buffer {
  const isLandscape = pages.some((page) => page.items.some((item) => item.x + item.width > 600) || page.rulings.horizontal.some((line) => line.right > 600));
  const [widthPoints, heightPoints] = pageSize ?? (isLandscape ? [841.89, 595.304] : [595.304, 841.89]);
  const mm = (points: number) => points / POINTS_PER_MM;
  const fromTop = (y: number) => mm(heightPoints - y);
  let index = 0;
  const ofdPages = pages.map((page, pageIndex): OfdTestPage => {
    // Page one's text above its table's first border goes to a template, as a letterhead would.
    const tableTop = Math.max(...page.rulings.horizontal.map((line) => line.y), -Infinity);
    const body: string[] = [];
    const template: string[] = [];
    for (const item of page.items) {
      const size = mm(item.height);
      const baseline = fromTop(item.y);
      const object = itemObject({ text: item.text, x: mm(item.x), top: baseline - size, baseline, width: mm(item.width), size }, index++ % 3);
      (pageIndex === 0 && item.y > tableTop + 2 ? template : body).push(object);
    }
    page.rulings.horizontal.forEach((line, lineIndex) =>
      body.push((lineIndex % 2 === 0 ? lineObject : filledLine)(mm(line.left), fromTop(line.y), mm(line.right), fromTop(line.y))),
    );
    page.rulings.vertical.forEach((line, lineIndex) =>
      body.push((lineIndex % 2 === 0 ? lineObject : filledLine)(mm(line.x), fromTop(line.top), mm(line.x), fromTop(line.bottom))),
    );
    return { body: body.join(''), ...(template.length > 0 ? { template: template.join('') } : {}) };
  });
  return writeOfd({ pages: ofdPages, size: [mm(widthPoints), mm(heightPoints)] });
}

/** A bordered table of rows (text per cell, '' for none) on one A4 page under a title, cells 9 points high text. */
export function tableOfd(input: { title: string; rows: ReadonlyArray<readonly string[]> }): Buffer {
  const size = 3.175;
  const columns = Math.max(...input.rows.map((row) => row.length));
  const widths = Array.from({ length: columns }, (_, column) =>
    Math.max(20, ...input.rows.map((row) => [...(row[column] ?? '')].reduce((sum, character) => sum + estimateGlyphWidth(character) * size, 0) + 4)),
  );
  const lefts = widths.reduce<number[]>((starts, width) => [...starts, starts.at(-1)! + width], [15]);
  const rowHeight = 8;
  const top = 30;
  const objects = [textObject({ text: input.title, x: 40, y: 20, size: 5, deltaX: `g ${[...input.title].length - 1} 5` })];
  input.rows.forEach((row, rowIndex) =>
    row.forEach((text, column) => {
      if (text === '') return;
      const glyphs = [...text];
      const deltaX = glyphs.length > 1 ? glyphs.slice(0, -1).map((character) => round(estimateGlyphWidth(character) * size)).join(' ') : undefined;
      objects.push(textObject({ text, x: 2, y: 5.5, size, deltaX, boundary: [lefts[column]!, top + rowIndex * rowHeight, widths[column]!, rowHeight] }));
    }),
  );
  const bottom = top + input.rows.length * rowHeight;
  for (let rowIndex = 0; rowIndex <= input.rows.length; rowIndex++) objects.push(lineObject(lefts[0]!, top + rowIndex * rowHeight, lefts.at(-1)!, top + rowIndex * rowHeight));
  for (const left of lefts) objects.push(lineObject(left, top, left, bottom));
  return writeOfd({ pages: [{ body: objects.join('') }] });
}
