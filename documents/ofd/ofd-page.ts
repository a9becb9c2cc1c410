/**
 * One page description of an OFD (a page's Content.xml or a template's, GB/T 33190-2016 chapter
 * 7.7 and 11): its text as runs of glyphs and its straight paths, in page space (millimetres, y down
 * from the page's top, as OFD draws). Every object's coordinates are its own: a TextCode's X/Y and a
 * path's points go through the object's CTM, then are offset by its Boundary's origin. A TextCode's
 * glyphs stand DeltaX apart ("g" repeats expanded); where no DeltaX is given, a CJK glyph is taken
 * to be as wide as the font size and any other half of it. Glyphs are cut into runs where a gap
 * wider than OFD_RUN_GAP opens, as pdf.js cuts a PDF's text into items.
 */
import { ImportError } from '../import-error.ts';
import { applyMatrix, expandDeltas, matrixScale, readBox, readMatrix, readNumbers, type Box, type Matrix } from './ofd-numbers.ts';
import { readAbbreviatedData, type Subpath } from './ofd-path.ts';
import { parseOfdXml, type OfdElement, type SaxesConstructor } from './ofd-xml.ts';

/** A run of text on one baseline: page space in millimetres, y down, `y` the baseline. */
export interface OfdTextRun {
  text: string;
  x: number;
  y: number;
  width: number;
  height: number;
}

export interface OfdPath extends Subpath {
  isStroke: boolean;
}

/** A picture drawn on the page (an ImageObject): its MultiMedia resource and where it stands, page space in millimetres. */
export interface OfdPicture {
  resourceId: string;
  box: Box;
}

export interface OfdPagePart {
  /** The page's own PhysicalBox (Area), or null when the document's applies. */
  box: Box | null;
  /** Templates the page is drawn on, in the order named. */
  templateIds: string[];
  runs: OfdTextRun[];
  paths: OfdPath[];
  /** Its pictures (a scanned page is one picture and no text: ofd-pictures.ts reads it by OCR). */
  pictures: OfdPicture[];
}

/** What may still be read across the whole file: glyphs and path points (a hostile page of millions stops here). */
export interface OfdBudget {
  glyphs: number;
  pathPoints: number;
}

/** A gap between glyphs wider than this many font sizes parts two runs (a word space stays inside one). */
const OFD_RUN_GAP = 0.6;
/** A glyph off its run's baseline by more than this many font sizes starts a new run. */
const BASELINE_TOLERANCE = 0.3;
/** The font size taken when a TextObject names none (9 points, in millimetres). */
const DEFAULT_SIZE = 3.175;

/** How wide a glyph is taken to be, in font sizes, where the file gives no advance: CJK and full-width forms are square. */
export function estimateGlyphWidth(character: string): number {
  const code = character.codePointAt(0) ?? 0;
  return code >= 0x2e80 ? 1 : 0.5;
}

interface TextObjectState {
  origin: [number, number];
  matrix: Matrix | null;
  size: number;
  hScale: number;
  /** Drawn visible and upright: text under a turning CTM is a watermark or a stamp's ring, never a table's. */
  isRead: boolean;
  /** Where the next TextCode without X/Y goes on, in the object's space. */
  pen: [number, number];
}

interface TextCodeState {
  x: number | null;
  y: number | null;
  deltaX: string | undefined;
  deltaY: string | undefined;
  text: string;
}

/** The nth advance: its own value, else the list's last, else `fallback`. */
const advance = (deltas: readonly number[], index: number, fallback: number): number =>
  deltas[index] ?? deltas.at(-1) ?? fallback;

/** The glyphs of one TextCode, cut into runs in page space; the pen is left after its last glyph. */
export function placeTextCode(object: TextObjectState, code: TextCodeState): OfdTextRun[] {
  const characters = [...code.text];
  const deltaX = expandDeltas(code.deltaX, characters.length);
  const deltaY = expandDeltas(code.deltaY, characters.length);
  let x = code.x ?? object.pen[0];
  let y = code.y ?? object.pen[1];
  const scale = object.matrix ? matrixScale(object.matrix) : 1;
  const height = object.size * scale;
  const toPage = (atX: number, atY: number): [number, number] => {
    const [pageX, pageY] = object.matrix ? applyMatrix(object.matrix, atX, atY) : [atX, atY];
    return [pageX + object.origin[0], pageY + object.origin[1]];
  };
  const runs: OfdTextRun[] = [];
  let run: OfdTextRun | null = null;
  characters.forEach((character, index) => {
    if (index > 0) {
      x += advance(deltaX, index - 1, estimateGlyphWidth(characters[index - 1]!) * object.size * object.hScale);
      y += deltaY.length > 0 ? advance(deltaY, index - 1, 0) : 0;
    }
    if (character.trim() === '') {
      if (run) run.text += character;
      return;
    }
    const [pageX, pageY] = toPage(x, y);
    const width = estimateGlyphWidth(character) * height * object.hScale;
    const end = run ? run.x + run.width : 0;
    const isSameRun =
      run !== null &&
      Math.abs(pageY - run.y) <= height * BASELINE_TOLERANCE &&
      pageX >= end - height &&
      pageX - end <= height * OFD_RUN_GAP;
    if (run && isSameRun) {
      run.text += character;
      run.width = Math.max(run.width, pageX + width - run.x);
    } else {
      if (run) runs.push(run);
      run = { text: character, x: pageX, y: pageY, width, height };
    }
  });
  if (run) runs.push(run);
  const last = characters.length - 1;
  if (last >= 0)
    object.pen = [x + advance(deltaX, last, estimateGlyphWidth(characters[last]!) * object.size * object.hScale), y];
  return runs.map((each) => ({ ...each, text: each.text.trimEnd() }));
}

/** A matrix that turns (or shears) what it draws: its off-diagonal terms are not nought. */
const isTurning = (matrix: Matrix): boolean => {
  const tolerance = 1e-3 * Math.max(Math.abs(matrix[0]), Math.abs(matrix[3]), 1e-9);
  return Math.abs(matrix[1]) > tolerance || Math.abs(matrix[2]) > tolerance;
};

const number = (text: string | undefined): number | null => {
  if (text === undefined || text.trim() === '') return null;
  const value = Number(text);
  return Number.isFinite(value) ? value : null;
};

const originOf = (element: OfdElement): [number, number] => {
  const box = readBox(element.attribute('Boundary'));
  return box ? [box.x, box.y] : [0, 0];
};

/**
 * Where an ImageObject's picture stands: its CTM maps the picture's unit square into the object's
 * Boundary (OFD 8.3: usually "w 0 0 h 0 0", the Boundary's own size); no CTM, the whole Boundary.
 */
function pictureBox(boundary: Box, matrix: Matrix | null): Box {
  if (!matrix) return boundary;
  const corners = [applyMatrix(matrix, 0, 0), applyMatrix(matrix, 1, 0), applyMatrix(matrix, 0, 1), applyMatrix(matrix, 1, 1)];
  const xs = corners.map(([x]) => x);
  const ys = corners.map(([, y]) => y);
  const [left, top] = [Math.min(...xs), Math.min(...ys)];
  return { x: boundary.x + left, y: boundary.y + top, width: Math.max(...xs) - left, height: Math.max(...ys) - top };
}

/** Reads one page (or template) description; `part` names it in messages. */
export function readOfdPagePart(input: { Parser: SaxesConstructor; bytes: Buffer; part: string; budget: OfdBudget }): OfdPagePart {
  const { budget } = input;
  const page: OfdPagePart = { box: null, templateIds: [], runs: [], paths: [], pictures: [] };
  let textObject: TextObjectState | null = null;
  let textCode: TextCodeState | null = null;
  let pathObject: { origin: [number, number]; matrix: Matrix | null; isStroke: boolean; isFill: boolean; isVisible: boolean; data: string } | null = null;
  let boxText: string | null = null;
  const tooMuch = new ImportError('too-many-cells', `OFD 文件“${input.part}”的文字或线条过多，不像一份绩效文档：请只导出相关页`);
  parseOfdXml({
    Parser: input.Parser,
    bytes: input.bytes,
    part: input.part,
    handlers: {
      open: (element, parents) => {
        const parent = parents.at(-2);
        switch (element.name) {
          case 'textobject': {
            const matrix = readMatrix(element.attribute('CTM'));
            textObject = {
              origin: originOf(element),
              matrix,
              size: number(element.attribute('Size')) ?? DEFAULT_SIZE,
              hScale: number(element.attribute('HScale')) ?? 1,
              isRead: element.attribute('Visible') !== 'false' && !(matrix && isTurning(matrix)),
              pen: [0, 0],
            };
            break;
          }
          case 'textcode':
            if (textObject && parent === 'textobject')
              textCode = { x: number(element.attribute('X')), y: number(element.attribute('Y')), deltaX: element.attribute('DeltaX'), deltaY: element.attribute('DeltaY'), text: '' };
            break;
          case 'pathobject':
            pathObject = {
              origin: originOf(element),
              matrix: readMatrix(element.attribute('CTM')),
              isStroke: element.attribute('Stroke') !== 'false',
              isFill: element.attribute('Fill') === 'true',
              isVisible: element.attribute('Visible') !== 'false',
              data: '',
            };
            break;
          case 'imageobject': {
            const resourceId = element.attribute('ResourceID');
            const box = readBox(element.attribute('Boundary'));
            if (resourceId && box && element.attribute('Visible') !== 'false') page.pictures.push({ resourceId, box: pictureBox(box, readMatrix(element.attribute('CTM'))) });
            break;
          }
          case 'physicalbox':
            if (parent === 'area' && parents.at(-3) === 'page') boxText = '';
            break;
          case 'template': {
            const id = element.attribute('TemplateID');
            if (parent === 'page' && id) page.templateIds.push(id);
            break;
          }
        }
      },
      text: (text, parents) => {
        const name = parents.at(-1);
        if (name === 'textcode' && textCode) textCode.text += text;
        else if (name === 'abbreviateddata' && parents.at(-2) === 'pathobject' && pathObject) pathObject.data += text;
        else if (name === 'physicalbox' && boxText !== null) boxText += text;
      },
      close: (name) => {
        if (name === 'textcode' && textCode && textObject) {
          const code: TextCodeState = textCode;
          const object: TextObjectState = textObject;
          textCode = null;
          budget.glyphs -= code.text.length;
          if (budget.glyphs < 0) throw tooMuch;
          const runs = placeTextCode(object, code);
          if (object.isRead) page.runs.push(...runs);
        } else if (name === 'textobject') textObject = null;
        else if (name === 'pathobject' && pathObject) {
          const path: NonNullable<typeof pathObject> = pathObject;
          pathObject = null;
          if (!path.isVisible || (!path.isStroke && !path.isFill)) return;
          budget.pathPoints -= readNumbers(path.data).length / 2;
          if (budget.pathPoints < 0) throw tooMuch;
          const toPage = (x: number, y: number): [number, number] => {
            const [pageX, pageY] = path.matrix ? applyMatrix(path.matrix, x, y) : [x, y];
            return [pageX + path.origin[0], pageY + path.origin[1]];
          };
          for (const subpath of readAbbreviatedData(path.data, toPage)) page.paths.push({ ...subpath, isStroke: path.isStroke });
        } else if (name === 'physicalbox' && boxText !== null) {
          page.box = readBox(boxText);
          boxText = null;
        }
      },
    },
  });
  return page;
}
