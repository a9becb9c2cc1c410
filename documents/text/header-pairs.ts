/**
 * Label–value pairs of a document's header, in every layout seen: "label：value" in one cell,
 * label and value in neighbouring cells, the value on the next line (block and one-cell-per-line
 * layouts), and several pairs on one line ("项目名称 禁毒宣传 主管部门 示范县公安局"). A label is
 * never taken as a value: what follows a label is checked against every known label and table word.
 */
import { trimBoth, trimTrailing } from '../../core/trim-characters.ts';
import { isUnitName } from './report-signature.ts';
import { amountUnitCell, amountUnitStatement, placeholderValues, sealNotes, tableWords, type HeaderField } from '../vocabulary/labels.ts';
import { currentVocabulary, type ReadingVocabulary } from '../vocabulary/profiles/index.ts';
import { labelKey } from '../vocabulary/label-key.ts';
import { fundTotalLabels } from '../vocabulary/fund-labels.ts';
import { splitCells } from './table-rows.ts';

export interface HeaderPair {
  field: HeaderField;
  /** The vocabulary's wording of the label. */
  label: string;
  /** Rank of the wording within its field (0 = most specific). */
  rank: number;
  /** The value, cleaned; null when the label has none. */
  value: string | null;
  /** 1-based line of the label. */
  line: number;
}

interface KnownLabel {
  field: HeaderField;
  label: string;
  rank: number;
}

interface LabelIndex {
  byKey: Map<string, KnownLabel>;
  /** Every label, longest first (letters written apart are joined before: collapseSpacedLetters). */
  pattern: RegExp;
}

function escapeCharacter(character: string): string {
  if (character === '(') return '[(（]';
  if (character === ')') return '[)）]';
  return character.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

const labelIndexes = new WeakMap<ReadingVocabulary, LabelIndex>();

/** The labels of the read's vocabulary (national plus region profiles), indexed once per vocabulary. */
function labelIndex(): LabelIndex {
  const vocabulary = currentVocabulary();
  const known = labelIndexes.get(vocabulary);
  if (known) return known;
  const byKey = new Map<string, KnownLabel>();
  for (const { field, labels } of vocabulary.headerLabels) {
    for (const [rank, label] of labels.entries())
      if (!byKey.has(label)) byKey.set(label, { field, label, rank });
  }
  const pattern = new RegExp(
    [...byKey.keys()]
      .sort((a, b) => b.length - a.length)
      .map((label) => Array.from(label, escapeCharacter).join(''))
      .join('|'),
    'g',
  );
  const index = { byKey, pattern };
  labelIndexes.set(vocabulary, index);
  return index;
}

/** A space between two single ideographs: "单 位 名 称：X" → "单位名称：X"; "项目名称 示范工程" stays. */
const SPACED_LETTER = /(?<=(?:^|\s)[\u4e00-\u9fff])[ \t]+(?=[\u4e00-\u9fff](?:[ \t]|$|[:：(（]))/g;

/** A space around a bracketed "(单位)" inside a label: "部门(单位) 名称" → "部门(单位)名称". */
const SPACED_BRACKET =
  /(?<=[(（](?:单位|部门)[)）])\s+(?=名称)|(?<=部门|单位)\s+(?=[(（](?:单位|部门)[)）])/g;

function collapseSpacedLetters(cell: string): string {
  const joined = /[(（](?:单位|部门)[)）]/.test(cell) ? cell.replace(SPACED_BRACKET, '') : cell;
  return /[\u4e00-\u9fff] [\u4e00-\u9fff](?:\s|$|[:：(（])/.test(joined)
    ? joined.replace(SPACED_LETTER, '')
    : joined;
}

const SEAL_PATTERN = new RegExp(
  sealNotes.map((note) => Array.from(note, escapeCharacter).join('\\s{0,3}')).join('|'),
  'g',
);
const YEAR_NOTE = /[(（]\s*(?:19|20)\d{2}\s*年度?\s*[)）]/g;
const PLACEHOLDERS = new Set(placeholderValues);
const TABLE_WORDS = new Set(tableWords);
/** Labels shorter than this count before other words only with a separator ("年度：2024"). */
const SHORTEST_GLUED_LABEL = 4;
/** A cell longer than this with labels glued to their values is a run-together header. */
const RUN_TOGETHER_CELL = 40;
/** A label this long glued after a value in a short cell still counts (项目执行单位, 项目实施单位, 项目主管部门). */
const LONG_GLUED_LABEL = 6;
/** Table words that end a value in a run-together header ("实施单位X资金情况(万元)…"). */
const VALUE_TERMINATORS = [
  ...tableWords,
  '资金总额',
  '资金情况',
  '项目资金',
  // A funds block's heading with its unit ("…实施单位X资金（万元）年初预算数…", a table with no separator).
  '资金（万元）',
  '资金(万元)',
  '项目概况',
  '项目属性',
  '年度绩效指标',
  '绩效指标',
  '年度总体目标',
  // The Hubei 市直 目标表's cost block right after the unit, run together on a document site: "实施单位X项目预算成本构成金额…".
  '项目预算成本构成',
  // A city 自评表's header pairs 自评得分 / 财政审核评分 right after the unit (Ningxia): "实施单位X自评得分93…".
  '自评得分',
  '财政审核评分',
];
const SPACED_VALUE_TERMINATORS: ReadonlySet<string> = new Set(VALUE_TERMINATORS);
/** A value that is an amount unit ("单位：万元") names no one. */
const AMOUNT_UNIT_ONLY = /^(?:人民币)?(?:亿元|万元|千元|元)$/;

/** Cleans a value: seal notes, year notes, colons, pipes and surrounding spaces go. */
export function cleanHeaderValue(text: string): string {
  const withoutNotes = text.replace(SEAL_PATTERN, '').replace(YEAR_NOTE, '').replace(/^[\s:：|]+/, '');
  // A value closing a sentence ("…实施单位：某中心。") ends before its full stop.
  return trimTrailing(withoutNotes, ':：|,，;；。', { isWhitespaceTrimmed: true }).trim();
}

/** True when a cell is a label or a table word (so it is never the value of the label before it). */
export function isLabelText(text: string): boolean {
  const key = labelKey(cleanHeaderValue(text));
  if (key === '') return false;
  if (TABLE_WORDS.has(key)) return true;
  const { pattern } = labelIndex();
  pattern.lastIndex = 0;
  const match = pattern.exec(key);
  return match !== null && match.index === 0;
}

/** A cell that only states the amount unit ("单位:万元", "金额单位：元"): the next cell of an empty label. */
export function isAmountUnitStatement(value: string): boolean {
  const statement = amountUnitStatement.exec(value);
  return statement?.index === 0 && value.slice(statement[0].length).replace(/[)）\s]/g, '') === '';
}

/** A cell that states the amount unit and names no one (vocabulary amountUnitCell): "单位：万元", "单位：", "资金单位（元）". */
export function isAmountUnitCell(text: string): boolean {
  return amountUnitCell.labelOpening.test(text.replace(/\s+/g, '')) || isAmountUnitStatement(text.trim());
}

/** A usable value: not empty, not a placeholder, not a label, not an amount unit. */
function acceptValue(text: string): string | null {
  const value = cleanHeaderValue(text);
  const key = labelKey(value);
  if (PLACEHOLDERS.has(key) || AMOUNT_UNIT_ONLY.test(key) || isLabelText(value) || isAmountUnitStatement(value)) return null;
  return value;
}

interface Segment {
  known: KnownLabel | null;
  /** Text after the label (or the whole cell when it has no label). */
  rest: string;
}

/**
 * What follows a position of a cell once its seal notes are taken out ("（盖章）"): the next character, and
 * the next that is not a space ('' at the end). Worked out once per cell, so a line of ten thousand
 * labels is read in linear time (taking the rest of the cell after each label was quadratic).
 */
function followingCharacters(cell: string): { next: (at: number) => string; nextWritten: (at: number) => string } {
  const inSeal = new Uint8Array(cell.length);
  for (const seal of cell.matchAll(SEAL_PATTERN)) inSeal.fill(1, seal.index, seal.index + seal[0].length);
  const next = new Int32Array(cell.length + 1).fill(cell.length);
  const written = new Int32Array(cell.length + 1).fill(cell.length);
  for (let at = cell.length - 1; at >= 0; at -= 1) {
    next[at] = inSeal[at] ? (next[at + 1] as number) : at;
    written[at] = inSeal[at] || /\s/.test(cell[at] as string) ? (written[at + 1] as number) : at;
  }
  return { next: (at) => cell[next[at] as number] ?? '', nextWritten: (at) => cell[written[at] as number] ?? '' };
}

/** A label occurrence in a cell. */
interface LabelMatch {
  known: KnownLabel;
  start: number;
  end: number;
}

/**
 * The labels of a cell. Strictly, a label counts at the cell's start, or after a space or separator
 * when a colon or a space follows it (so "示范县项目单位" inside a value is no label). A long cell
 * with two or more labels glued to their values is a run-together header ("项目名称X主管部门Y实施
 * 单位Z"): there every label of at least SHORTEST_GLUED_LABEL characters counts.
 */
/** An outline number opening a line: "（一）", "(1)", "一、", "1.", "2、". */
const OUTLINE_NUMBER = /^\s*(?:[（(](?:[一二三四五六七八九十]{1,3}|\d{1,2})[)）]|[一二三四五六七八九十]{1,3}[、.．]|\d{1,2}[、.．](?!\d))\s*/;

/**
 * A label right after the outline number opening its cell, ending there or at its colon ("（一）项目名称" with the
 * name on the next line, "1.项目名称：…": a report's numbered heading). A label glued to more words ("（一）项目名称及
 * 概况") is a heading's words, not a label.
 */
function isAfterOutlineNumber(cell: string, start: number, next: string, nextWritten: string): boolean {
  const outline = OUTLINE_NUMBER.exec(cell);
  return outline !== null && outline[0].length === start && (next === '' || /[:：]/.test(next) || /[:：]/.test(nextWritten));
}

function findLabels(cell: string): { labels: LabelMatch[]; isRunTogether: boolean } {
  const strict: LabelMatch[] = [];
  const glued: LabelMatch[] = [];
  const { byKey, pattern } = labelIndex();
  const following = followingCharacters(cell);
  const firstWritten = cell.search(/[^\s|]/);
  pattern.lastIndex = 0;
  for (let match = pattern.exec(cell); match !== null; match = pattern.exec(cell)) {
    const known = byKey.get(labelKey(match[0]));
    if (!known) continue;
    const found = { known, start: match.index, end: match.index + match[0].length };
    const next = following.next(found.end);
    const nextWritten = following.nextWritten(found.end);
    const startsWithWord = /^[\u4e00-\u9fff]/.test(next);
    const atStart = firstWritten < 0 || match.index <= firstWritten || isAfterOutlineNumber(cell, match.index, next, nextWritten);
    const separated = /[\s,，;；、|]/.test(cell[match.index - 1] ?? '') && (next === '' || /[:：\s]/.test(next) || /[:：]/.test(nextWritten));
    // A short label glued to the words after it is part of a longer word ("年度总体目标").
    const isLongEnough = known.label.length >= SHORTEST_GLUED_LABEL || !startsWithWord;
    if ((atStart || separated) && isLongEnough) strict.push(found);
    if (known.label.length >= SHORTEST_GLUED_LABEL || /[:：]/.test(nextWritten)) glued.push(found);
  }
  // A short cell opening with its label may run a second one on after its value when that one is long enough never
  // to be words of a value ("项目主管部门某区教育局项目执行单位某幼儿园", a Wuhan district's page).
  const opensWithLabel = strict[0]?.start !== undefined && strict[0].start <= Math.max(0, firstWritten);
  const hasLongGluedLabel = glued.some((found) => found.start > 0 && found.known.label.length >= LONG_GLUED_LABEL && !strict.includes(found));
  const isRunTogether = (cell.length > RUN_TOGETHER_CELL || (opensWithLabel && hasLongGluedLabel)) && glued.length >= 2 && glued.length > strict.length;
  return isRunTogether ? { labels: glued, isRunTogether } : { labels: strict, isRunTogether };
}

/** Shorter funds total labels ("合计", "总额") occur inside names; the longer ones end a value. */
const MIN_TOTAL_LABEL_LENGTH = 4;

/**
 * The funds total's labels long enough not to occur inside a name ("批复金额", "年度资金总额",
 * "下达中央预算内投资"): in a whole table on one line they follow the header's last value.
 */
const valueEndingTotalLabels = (): string[] => fundTotalLabels().filter((label) => label.length >= MIN_TOTAL_LABEL_LENGTH);

/** A value up to the first table word that follows it (run-together cells only). */
function cutAtTableWord(text: string): string {
  let end = text.length;
  for (const word of [...VALUE_TERMINATORS, ...valueEndingTotalLabels()]) {
    const index = text.indexOf(word);
    if (index <= 0) continue;
    // Cells apart by single spaces: a table word inside a later cell ("年度预算申请（万元）") makes that
    // whole cell a label, so the value ends where the cell starts, not in its middle.
    const cellStart = text.lastIndexOf(' ', index - 1) + 1;
    const cut = cellStart > 0 ? cellStart : index;
    if (cut < end) end = cut;
  }
  return text.slice(0, end).trimEnd();
}

/**
 * A value up to a word of the table that stands apart in it ("鹤岭市排水处 项目基本情况": a form's text
 * with single spaces runs the unit on into the next block's heading). Only a whole word between
 * spaces ends the value, so a name holding such words inside ("项目资金管理中心") keeps them.
 */
function cutAtSpacedTableWord(text: string): string {
  const words = [...text.matchAll(/\S+/g)];
  const ending = words.find((word, index) => index > 0 && SPACED_VALUE_TERMINATORS.has(word[0]));
  return ending?.index === undefined ? text : text.slice(0, ending.index).trimEnd();
}

/** A cell split at its labels; the first segment is the text before any label (when not blank). */
function splitAtLabels(cell: string): Segment[] {
  const segments: Segment[] = [];
  let restStart = 0;
  let current: KnownLabel | null = null;
  const { labels, isRunTogether } = findLabels(cell);
  // A long value in a line with single spaces (a whole table on one line) ends at the table's next word too.
  const valueOf = (text: string): string => (isRunTogether || text.length > RUN_TOGETHER_CELL ? cutAtTableWord(text) : cutAtSpacedTableWord(text));
  for (const found of labels) {
    segments.push({ known: current, rest: valueOf(cell.slice(restStart, found.start)) });
    current = found.known;
    restStart = found.end;
  }
  segments.push({ known: current, rest: valueOf(cell.slice(restStart)) });
  return segments.filter((segment, index) => index > 0 || segment.rest.trim() !== '');
}

/**
 * The cells of a header line without stray pipes of one-cell-per-line dumps ("项目名称 |"); a run
 * of spaces separates cells too ("金川市生态环境局      批复金额    156.80").
 */
function headerCells(line: string): string[] {
  return splitCells(line)
    .flatMap((cell) => cell.split(/\s{3,}/))
    .map((cell) => withoutBreakInLabel(collapseSpacedLetters(trimBoth(cell, '|').trim())))
    .filter((cell) => cell !== '');
}

/**
 * A cell that is a label broken where its cell wrapped, the break written as a space ("项目 名称", "主管 部门": a site's
 * table put back into rows, twenty-fifth study): the label. Only a whole cell that is exactly a label once its spaces
 * go, so a label before its value ("项目名称 示范工程") and words that merely hold a label stay as written.
 */
function withoutBreakInLabel(cell: string): string {
  if (!/\s/.test(cell)) return cell;
  const key = labelKey(cell);
  return labelIndex().byKey.has(key) ? key : cell;
}

/**
 * A row of the table whose labels were left blank, its last cell written empty ("主管部门 |  | 实施单位 |  |", a site's
 * cells put back into rows; "主管部门\t\t实施单位\t"): the last label's value is that empty cell, not the next line's first
 * (a Hubei city 自评表, twenty-fourth study: "项目资金 (万元)" was read as the 实施单位). Two labels at least on the line, so
 * a dump of one cell a line ("实施单位 |" / "某中心 |") still gives a lone label the next line's value.
 */
function isRowOfBlankValues(line: string, pairs: readonly HeaderPair[], lineNumber: number): boolean {
  const cells = splitCells(line);
  if (cells.length < 2 || cells.at(-1) !== '') return false;
  let labels = 0;
  for (let at = pairs.length - 1; at >= 0 && pairs[at]?.line === lineNumber; at -= 1) labels += 1;
  return labels >= 2;
}

/** A line of pipes and spaces only: an empty cell, or a row's absent cells marking its end. */
const PIPES_ONLY = /^[\s|]+$/;

/** The fields that name a unit. */
const UNIT_FIELDS: ReadonlySet<HeaderField> = new Set<HeaderField>(['unit', 'implementer', 'supervisor']);
/** A unit's whole name says where it is: a place before its ending (南屿区档案馆, 某县财政局). */
const PLACED_NAME = /[省市县区州盟旗镇乡]/;

/**
 * A unit's value whose last word, apart by a single space, is a unit's whole name while the words
 * before it are none ("单位名称 年度整体 南屿区档案馆"): a PDF's text puts the first line of the next
 * row's label, printed beside the name in a column of its own, between label and value. The name is
 * the value; a name broken by a space ("某县 财政局": the last word names no place) stays whole.
 */
function wholeUnitNameLast(rest: string): string {
  const words = rest.trim().split(/\s+/);
  const last = words.at(-1) ?? '';
  if (words.length < 2 || !isUnitName(last) || !PLACED_NAME.test(last.slice(0, -1))) return rest;
  return words.slice(0, -1).some((word) => isUnitName(word) || /\d/.test(word)) ? rest : last;
}

/** A line opening with a joining word ("及编码", "和代码"): the rest of a label broken before it, never a value. */
const LABEL_CONTINUATION = /^[及和与]\S{1,6}$/;

/** The longer label a label and the line after it make ("主管部门" + "及编码"), or undefined. */
function continuedLabel(label: string, rest: string): KnownLabel | undefined {
  const text = rest.trim();
  if (!LABEL_CONTINUATION.test(text)) return undefined;
  return labelIndex().byKey.get(labelKey(`${label}${text}`));
}

/**
 * The label–value pairs in the first `lineCount` lines. A label without a value in its own cell
 * takes the next cell of its line, or the first cell of the next non-blank line when it ended its
 * line; it is paired with null when neither is a value.
 */
export function readHeaderPairs(lines: readonly string[], lineCount: number): HeaderPair[] {
  const pairs: HeaderPair[] = [];
  const limit = Math.min(lines.length, lineCount);
  let pending: HeaderPair | null = null;
  for (let index = 0; index < limit; index += 1) {
    const cells = headerCells(lines[index] ?? '');
    if (cells.length === 0) {
      // An empty cell alone ("|" in a dump of cells one per line closed by " |") or a row's end of its own ("||||||"):
      // the label waiting has no value; the next filled line is another row's (twenty-fourth study).
      const line = lines[index] ?? '';
      if (line.includes('|') && PIPES_ONLY.test(line)) pending = null;
      continue;
    }
    for (const cell of cells) {
      for (const segment of splitAtLabels(cell)) {
        if (segment.known === null) {
          // A label broken over two lines of a cell-per-line dump ("主管部门" / "及编码"): the longer label waits on.
          const continued = pending === null ? undefined : continuedLabel(pending.label, segment.rest);
          if (pending && continued) {
            Object.assign(pending, continued, { value: null, line: index + 1 });
            continue;
          }
          // Unlabelled text: the value of a label still waiting for one.
          if (pending) {
            pending.value = acceptValue(segment.rest);
            pending = null;
          }
          continue;
        }
        if (pending) pending = null;
        const value = acceptValue(UNIT_FIELDS.has(segment.known.field) ? wholeUnitNameLast(segment.rest) : segment.rest);
        const pair: HeaderPair = { ...segment.known, value, line: index + 1 };
        pairs.push(pair);
        if (value === null) pending = pair;
      }
    }
    // A value on the next line only for a label that ended its line; further lines do not count.
    const waiting = pending as HeaderPair | null;
    if (waiting && (waiting.line !== index + 1 || isRowOfBlankValues(lines[index] ?? '', pairs, index + 1))) pending = null;
  }
  return pairs;
}
