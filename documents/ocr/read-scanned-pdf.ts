/**
 * A scanned PDF (pages that are pictures: a printed, stamped table scanned) read by OCR into the
 * positioned content the PDF reader gives (documents/pdf/lattice-reading.ts), as documents/ofd does
 * for OFD: each page rendered to a grey picture by poppler's pdftoppm, its table borders found in the
 * picture (bitmap-lines.ts) and wiped, the rest read by tesseract (chi_sim) into words with boxes
 * (tesseract-tsv.ts). The PDF reader's lines and lattice reading then read a scanned table by its
 * cells as they read a printed one.
 *
 * tesseract and pdftoppm are found at TESSERACT_PATH / PDFTOPPM_PATH or where packages put them;
 * where either (or tesseract's chi_sim) is absent, OCR is unavailable and the import refuses the scan
 * as before, saying so. A page limit (ImportLimits.maxOcrPages) and a time budget for the whole file
 * (maxOcrSeconds; the server keeps it under its worker's limit) keep a long scan from holding the
 * server: past either, the import stops and says which limit it met.
 */
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { ImportError, type ImportLimits } from '../import-error.ts';
import { dropPageFrame } from '../ofd/read-ofd.ts';
import type { PdfPageContent } from '../pdf/lattice-reading.ts';
import { looksLikeTable } from '../pdf/read-pdf.ts';
import { findBitmapLines, wipeLines } from './bitmap-lines.ts';
import { parsePgm, turnImage, writePgm, type GrayImage } from './gray-image.ts';
import { findProgram, inOcrTurn, runTool } from '../run-tool.ts';
import { SlowReadCache, slowReadKey } from '../slow-read-cache.ts';

/** One thread: the server's other work keeps its cores (tesseract's OpenMP would take them all). */
const ONE_THREAD = { OMP_THREAD_LIMIT: '1' };
import { blankBoxes, cropImage, findCellBoxes, findPartlyReadCells, findUnreadCells, isMiddleInside } from './table-cells.ts';
import { snapCellsToVocabulary } from './vocabulary-snap.ts';
import { correctWordsByGlyphs } from './glyph-checks.ts';
import { isSureWord, moveWord, parseTesseractTsv, toPdfTextItems, type OcrWord } from './tesseract-tsv.ts';

/** How pages are read: the resolution they are rendered at and tesseract's page segmentation mode (--psm). */
export interface OcrSettings {
  dpi: number;
  pageSegmentation: number;
  /** The mode each table cell is read in alone (6: a block of text), or null: cells read with the page. */
  cellSegmentation: number | null;
}

/**
 * 200 dpi, the page read whole as sparse text (--psm 11), its borders found and wiped: the most facts
 * read per second of the settings measured (BENCHMARKS.md "ocr": 72 of 104 facts at ≈ 3 s a page,
 * 13 facts/s; each cell read alone at 300 dpi read 76 at ≈ 6 s a page, 6.3 facts/s), and the speed
 * keeps a clerk's 3–6 page scan inside the server's default time limit (docs/layouts.md). Since ocr-46
 * the cells this read leaves unread or reads in part are read again (88 of 104 facts at ≈ 5.7 s a page:
 * 3 pages inside the default limit).
 */
export const defaultOcrSettings: OcrSettings = { dpi: 200, pageSegmentation: 11, cellSegmentation: null };
/** Largest picture side rendered (pixels): an A3 page at 300 dpi; a larger page is cut there. */
const MAX_PICTURE_SIDE = 5100;
/** White pixels around a cell's picture: tesseract reads text touching a picture's edge poorly. */
const CELL_MARGIN = 12;
/** The mode a cell the page's read left unread or read in part is read in again, alone: a block of text (6). */
const CELL_AGAIN_SEGMENTATION = 6;
/** Glyphs (spaces left out) of some words. */
const glyphCount = (words: readonly OcrWord[]) => words.reduce((sum, word) => sum + [...word.text.replace(/\s+/g, '')].length, 0);
/** The language tesseract reads: simplified Chinese, with the digits and Latin letters it holds. */
const LANGUAGE = 'chi_sim';

/** The tools OCR needs, or why it is unavailable here (a Chinese phrase for the refusal). */
export type OcrTools = { tesseract: string; pdftoppm: string } | { missing: string };

/** The tools found, by the paths configured when they were looked for. */
const foundTools = new Map<string, Promise<OcrTools>>();

async function hasChineseModel(tesseract: string): Promise<boolean> {
  try {
    const { stdout } = await runTool({ command: tesseract, args: ['--list-langs'], directory: tmpdir(), timeoutMs: 10_000, env: ONE_THREAD });
    return stdout.toString('utf8').split(/\r?\n/).some((line) => line.trim() === LANGUAGE);
  } catch {
    return false;
  }
}

/** tesseract (with chi_sim) and pdftoppm, looked for once per process (and again when TESSERACT_PATH or PDFTOPPM_PATH changes). */
export function findOcrTools(): Promise<OcrTools> {
  const configured = { tesseract: process.env.TESSERACT_PATH, pdftoppm: process.env.PDFTOPPM_PATH };
  const key = `${configured.tesseract ?? ''}\n${configured.pdftoppm ?? ''}`;
  let found = foundTools.get(key);
  if (!found) {
    found = (async (): Promise<OcrTools> => {
      const tesseract = findProgram(configured.tesseract ? [configured.tesseract] : ['/usr/bin/tesseract', '/usr/local/bin/tesseract', '/opt/homebrew/bin/tesseract']);
      const pdftoppm = findProgram(configured.pdftoppm ? [configured.pdftoppm] : ['/usr/bin/pdftoppm', '/usr/local/bin/pdftoppm', '/opt/homebrew/bin/pdftoppm']);
      if (!tesseract) return { missing: '未安装文字识别（OCR）组件 tesseract' };
      if (!(await hasChineseModel(tesseract))) return { missing: '的文字识别（OCR）组件 tesseract 缺少简体中文语言包（chi_sim）' };
      if (!pdftoppm) return { missing: '未安装 PDF 渲染组件 pdftoppm（poppler-utils），无法进行文字识别（OCR）' };
      return { tesseract, pdftoppm };
    })();
    foundTools.set(key, found);
  }
  return found;
}

/** The review warning a document read by OCR carries (docs/findings.md `ocr-read`). */
export const ocrReadMessage = '本文件由扫描件文字识别（OCR）读出，请逐项核对数值、单位名称和指标名称';

/** One page rendered, its borders found and wiped, its words read: the page's positioned content. */
async function readPage(input: {
  tools: { tesseract: string; pdftoppm: string };
  directory: string;
  pageNumber: number;
  /** Pages of the file still to read after this one. */
  pagesAfter: number;
  deadline: number;
  isAfterColumns: boolean;
  settings: OcrSettings;
  isTurnChecked: boolean;
}): Promise<PdfPageContent | 'timed-out' | 'failed'> {
  const { tools, directory, pageNumber } = input;
  const started = Date.now();
  const { dpi } = input.settings;
  const remaining = () => input.deadline - Date.now();
  const rendered = await runTool({
    command: tools.pdftoppm,
    args: ['-r', String(dpi), '-gray', '-W', String(MAX_PICTURE_SIDE), '-H', String(MAX_PICTURE_SIDE), '-f', String(pageNumber), '-l', String(pageNumber), '-singlefile', 'input.pdf', 'page'],
    directory,
    timeoutMs: remaining(),
    env: ONE_THREAD,
  });
  if (rendered.timedOut) return 'timed-out';
  const image = rendered.exitCode === 0 ? parsePgm(await readFile(path.join(directory, 'page.pgm')).catch(() => Buffer.alloc(0))) : null;
  if (!image) return 'failed';
  // A page scanned sideways (asked for when the upright reading found no document): tesseract's orientation
  // check (--psm 0, about a second a page) says how far to turn the picture, and the turned picture is read.
  const turn = input.isTurnChecked ? await findUprightTurn(input, remaining()) : null;
  return readPicture({ ...input, started }, turn === null ? image : turnImage(image, turn));
}

/**
 * Whether a page's cells may be read again (a second tesseract run, about as long as the page's first read):
 * only while the time left holds that and a first read of every page still to read, so a long scan is read
 * whole at the first reading's quality rather than stopped at the time limit.
 */
export function mayReadCellsAgain(input: { remainingMs: number; pageMs: number; pagesAfter: number }): boolean {
  return input.remainingMs >= input.pageMs * (input.pagesAfter + 1);
}

/** How far clockwise tesseract's orientation check says to turn the page's picture (page.pgm), or null when upright or unknown. */
async function findUprightTurn(input: { tools: { tesseract: string }; directory: string }, timeoutMs: number): Promise<90 | 180 | 270 | null> {
  const checked = await runTool({ command: input.tools.tesseract, args: ['page.pgm', 'stdout', '--psm', '0'], directory: input.directory, timeoutMs, env: ONE_THREAD });
  if (checked.timedOut || checked.exitCode !== 0) return null;
  const degrees = Number(/^Rotate:\s*(\d+)/m.exec(checked.stdout.toString('utf8'))?.[1]);
  return degrees === 90 || degrees === 180 || degrees === 270 ? degrees : null;
}

/** A page's picture read: its borders found and wiped, its words read. */
async function readPicture(
  input: { tools: { tesseract: string }; directory: string; deadline: number; isAfterColumns: boolean; settings: OcrSettings; pagesAfter: number; started: number },
  image: GrayImage,
): Promise<PdfPageContent | 'timed-out' | 'failed'> {
  const { dpi, pageSegmentation } = input.settings;
  const remaining = () => input.deadline - Date.now();
  const { rulings, lines } = findBitmapLines(image, dpi);
  const wiped = wipeLines(image, lines);
  const tableCells = findCellBoxes(wiped, rulings, dpi);
  // Each table cell read alone (table-cells.ts); the page read for the text outside the tables.
  const cells = input.settings.cellSegmentation === null ? [] : tableCells;
  // The pictures to read, each with where it stands on the page, grouped by mode: one tesseract run a group.
  const groups = new Map<number, Array<{ name: string; picture: GrayImage; dx: number; dy: number }>>();
  const add = (mode: number, picture: { name: string; picture: GrayImage; dx: number; dy: number }) => groups.set(mode, [...(groups.get(mode) ?? []), picture]);
  add(pageSegmentation, { name: 'clean.pgm', picture: blankBoxes(wiped, cells), dx: 0, dy: 0 });
  cells.forEach((cell, index) =>
    add(input.settings.cellSegmentation!, { name: `cell-${index + 1}.pgm`, picture: cropImage(wiped, cell, CELL_MARGIN), dx: cell.left - CELL_MARGIN, dy: cell.top - CELL_MARGIN }),
  );
  let words: OcrWord[] = [];
  for (const [mode, pictures] of groups) {
    const read = await readPictures({ ...input, mode, pictures, timeoutMs: remaining() });
    if (typeof read === 'string') return read;
    words.push(...read);
  }
  // The page read whole: cells its sparse text left unread (a lone 4 or ≥, table-cells.ts findUnreadCells) or read in part (a wrapped
  // name's second line lost, findPartlyReadCells) read again alone, as blocks in one run; a cell's second read is kept where it reads more.
  if (input.settings.cellSegmentation === null && mayReadCellsAgain({ remainingMs: remaining(), pageMs: Date.now() - input.started, pagesAfter: input.pagesAfter })) {
    const sure = words.filter(isSureWord);
    const again = [...findUnreadCells(tableCells, sure), ...findPartlyReadCells(wiped, tableCells, sure, dpi)];
    const pictures = again.map((cell, index) => ({ name: `again-${index + 1}.pgm`, picture: cropImage(wiped, cell, CELL_MARGIN), dx: cell.left - CELL_MARGIN, dy: cell.top - CELL_MARGIN }));
    const read = pictures.length === 0 ? [] : await readPictures({ ...input, mode: CELL_AGAIN_SEGMENTATION, pictures, timeoutMs: remaining() });
    if (typeof read === 'string') return read;
    for (const [index, cell] of again.entries()) {
      const before = words.filter((word) => isSureWord(word) && isMiddleInside(cell, word));
      const after = read.filter((word) => word.page === index + 1 && isSureWord(word));
      if (glyphCount(after) > glyphCount(before)) words = [...words.filter((word) => !isMiddleInside(cell, word)), ...after];
    }
  }
  // ≥ and ≤ read > and <, a % read 96: put right where the word's picture shows them (glyph-checks.ts).
  const items = toPdfTextItems(snapCellsToVocabulary(correctWordsByGlyphs(wiped, words), tableCells), { height: image.height, dpi });
  // As the PDF and OFD readers: borders count where the text shows a table or the page before drew columns.
  const isRuled = looksLikeTable(items) || input.isAfterColumns;
  return { items, rulings: isRuled ? dropPageFrame(rulings) : { horizontal: [], vertical: [] } };
}

/** Pictures read by one tesseract run in `mode` (a list: each a page of its own, the model loaded once), their words placed on the page. */
async function readPictures(input: {
  tools: { tesseract: string };
  directory: string;
  settings: OcrSettings;
  mode: number;
  pictures: ReadonlyArray<{ name: string; picture: GrayImage; dx: number; dy: number }>;
  timeoutMs: number;
}): Promise<OcrWord[] | 'timed-out' | 'failed'> {
  const { directory, pictures } = input;
  await Promise.all(pictures.map((each) => writeFile(path.join(directory, each.name), writePgm(each.picture), { mode: 0o600 })));
  await writeFile(path.join(directory, 'pictures.txt'), `${pictures.map((each) => each.name).join('\n')}\n`, { mode: 0o600 });
  const read = await runTool({
    command: input.tools.tesseract,
    args: [pictures.length === 1 ? pictures[0]!.name : 'pictures.txt', 'stdout', '-l', LANGUAGE, '--psm', String(input.mode), '--dpi', String(input.settings.dpi), 'tsv'],
    directory,
    timeoutMs: input.timeoutMs,
    env: ONE_THREAD,
  });
  if (read.timedOut) return 'timed-out';
  if (read.exitCode !== 0) return 'failed';
  const words: OcrWord[] = [];
  for (const word of parseTesseractTsv(read.stdout.toString('utf8'))) {
    const picture = pictures[word.page - 1];
    if (picture) words.push(moveWord(word, picture.dx, picture.dy));
  }
  return words;
}

/**
 * Scans read, kept by their bytes and settings (slow-read-cache.ts): each table of a scan holding
 * several is previewed and saved by a read of the whole file, and OCR takes seconds a page. Sized
 * by the pages' JSON (a word's text, box and font: ≈ 100–200 characters), well under a worker's heap.
 */
const readScans = new SlowReadCache<PdfPageContent[]>({ maxEntries: 4, maxBytes: 8 * 1024 * 1024, sizeOf: (pages) => JSON.stringify(pages).length });

/** Forgets the scans read (benchmarks timing OCR itself; tests). */
export function forgetScansRead(): void {
  readScans.clear();
}

/** Reads of a scan answered without OCR, since the thread started (tests). */
export function scansReadAgain(): number {
  return readScans.hits;
}

/**
 * The pages of a scanned PDF of `pageCount` pages read by OCR, or the phrase saying why OCR is
 * unavailable here ({ missing }). Throws ImportError no-text past the page limit or the time budget.
 */
export async function readScannedPdf(input: {
  bytes: Buffer;
  fileName: string;
  pageCount: number;
  limits: ImportLimits;
  settings?: OcrSettings;
  /** Each page's orientation checked and a sideways page turned upright (a second reading, when the first found no document). */
  isTurnChecked?: boolean;
}): Promise<PdfPageContent[] | { missing: string }> {
  const { fileName, pageCount, limits } = input;
  const tools = await findOcrTools();
  if ('missing' in tools) return tools;
  const scanNote = `“${fileName}”是扫描件或图片生成的 PDF，需要文字识别（OCR）`;
  const uploadInstead = '请上传原始的 Excel、Word 文件或由它们直接导出的 PDF，或只上传绩效表所在的几页';
  if (pageCount > limits.maxOcrPages) {
    throw new ImportError('no-text', `${scanNote}，但共 ${pageCount} 页，超过文字识别 ${limits.maxOcrPages} 页的上限：${uploadInstead}`);
  }
  const settings = input.settings ?? defaultOcrSettings;
  const isTurnChecked = input.isTurnChecked === true;
  return readScans.get(slowReadKey(input.bytes, JSON.stringify({ ...settings, isTurnChecked })), () => inOcrTurn(async () => {
    const deadline = Date.now() + limits.maxOcrSeconds * 1000;
    const directory = await mkdtemp(path.join(tmpdir(), 'jixiao-ocr-'));
    try {
      await writeFile(path.join(directory, 'input.pdf'), input.bytes, { mode: 0o600 });
      const pages: PdfPageContent[] = [];
      for (let pageNumber = 1; pageNumber <= pageCount; pageNumber++) {
        const page = Date.now() < deadline ? await readPage({ tools, directory, pageNumber, pagesAfter: pageCount - pageNumber, deadline, isAfterColumns: (pages.at(-1)?.rulings.vertical.length ?? 0) >= 2, settings, isTurnChecked }) : 'timed-out';
        if (page === 'timed-out') {
          throw new ImportError('no-text', `${scanNote}，识别超过 ${limits.maxOcrSeconds} 秒的时间上限（已识别 ${pageNumber - 1}/${pageCount} 页），已停止：${uploadInstead}`);
        }
        if (page === 'failed') throw new ImportError('damaged-file', `无法渲染扫描件“${fileName}”的第 ${pageNumber} 页（文件可能已损坏）：请重新扫描或导出 PDF`);
        pages.push(page);
      }
      return pages;
    } finally {
      await rm(directory, { recursive: true, force: true });
    }
  }));
}
