/**
 * A document's title and what it says: the kind ("…绩效目标表", "…自评报告"), the year and the
 * unit ("示范县公安局2024年度项目支出绩效自评报告" → 示范县公安局, 2024;
 * "2024年示范县文化馆部门整体支出绩效目标表" → 示范县文化馆). Wordings come from
 * documents/vocabulary/labels.ts.
 */
import { trimBoth, trimTrailing } from '../../core/trim-characters.ts';
import type { DocumentKind } from '../../core/model.ts';
import {
  fundNameEndings,
  genericUnitWords,
  publicationHeadingWords,
  titleKindOpeners,
  titlePatterns,
  yearRangePattern,
} from '../vocabulary/labels.ts';
import { labelKey } from '../vocabulary/label-key.ts';

export interface Title {
  /** The title as written (trimmed); "" when the text has no line. */
  text: string;
  /** 1-based line, or 0 when there is none. */
  line: number;
  kind: DocumentKind | null;
  year: number | null;
  unit: string | null;
  /** The fund a table's title names before its kind words ("冰雪旅游推广专项经费绩效评价表"), its project; else null. */
  fund?: string | null;
}

/** How many non-blank lines may come before the title (a file number, 附件2, a publisher line). */
const LINES_BEFORE_TITLE = 6;
/** Longer lines are narrative, not a title. */
const LONGEST_TITLE = 80;
const LONGEST_UNIT = 40;

/** Lead-ins of a title line: "附件2：", "附表1", "表3-1", "关于". */
const LEAD_IN = /^(?:附件\d*[:：]?|附表\d*[:：]?|表\d+(?:-\d+)?[:：]?|关于)/;
const GENERIC_UNITS = new Set(genericUnitWords.map(labelKey));
const YEAR = /((?:19|20)\d{2})年度?/;
const BRACKETED_YEAR = /\((?:19|20)\d{2}年度?\)/;

/** The kind a title's wording names, or null. */
export function findTitleKind(text: string): DocumentKind | null {
  const key = labelKey(text);
  return titlePatterns.find(({ pattern }) => pattern.test(key))?.kind ?? null;
}

/**
 * A line of a site's metadata form left empty ("文件名称: | |||", "索引号: | 发文编号: | ||", Hunan
 * county sites): labels with nothing after them, no part of the document.
 */
function isEmptyLabelLine(text: string): boolean {
  const cells = text.split('|').map((cell) => cell.replace(/\s+/g, '')).filter((cell) => cell !== '');
  return cells.length > 0 && cells.every((cell) => /^[^:：]{1,8}[:：]$/.test(cell));
}

/** A sentence: clauses ending in a full stop. A title never ends with 。. */
function isSentence(text: string): boolean {
  return /[。；;]$/.test(text) && /[，,、]/.test(text);
}

/** The first line of a title broken in two ("丰林市2022年度部门整体支出" / "绩效评价自评报告"); never a sentence (。). */
const TITLE_FIRST_PART = /^[^:：\-—|\t。]{2,30}$/;

/** A cover's or signature's date ("2024年3月", "2024年3月15日"): never a title's first half, whose year is the budget year. */
const DATE_LINE = /^(?:19|20)\d{2}年\d{1,2}月(?:\d{1,2}日)?$/;

/**
 * A covering notice's heading ("关于公开2023年度部门整体支出绩效自评结果的公告"): it names the kind it
 * publishes, but the table or report under it has its own title. (A report may be titled "关于…的报告".)
 */
const NOTICE_HEADING = /^关于.{4,60}的?(?:公告|通知|公示)$/;

/**
 * A notice that is itself the targets it publishes ("关于…项目绩效目标设定的公示": the indicators stated in its
 * sentences, a Ningxia township's, twenty-second study): its heading is the document's title.
 */
const TARGETS_SET_NOTICE = /绩效目标设定的?(?:公示|公告)$/;

function isCoveringNotice(key: string): boolean {
  return NOTICE_HEADING.test(key) && !TARGETS_SET_NOTICE.test(key);
}

/** A site's label cell before a page's title ("标 题: | 关于…的公示 |", a county site's metadata form). */
const SITE_TITLE_LABEL = /^(?:标\s*题|文章标题|文件名称)\s*[:：]\s*\|\s*/;

/**
 * The title line: the first of the first lines that names a kind, else the first non-blank line.
 * A short line right before it without a colon is the title's first half.
 */
function findTitleLine(lines: readonly string[]): { text: string; line: number } {
  let first: { text: string; line: number } | null = null;
  let previous: { text: string; line: number } | null = null;
  // The line written right before this one: only it may be the first half of a wrapped title (a 填报说明 sheet's
  // heading above its sentences and the table's title is none).
  let lastWritten = 0;
  let seen = 0;
  for (const [index, line] of lines.entries()) {
    const text = trimBoth(line, '|', { isWhitespaceTrimmed: true }).replace(SITE_TITLE_LABEL, '');
    if (text === '' || isEmptyLabelLine(text)) continue;
    const writtenBefore = lastWritten;
    lastWritten = index + 1;
    first ??= { text, line: index + 1 };
    // A sentence of a covering notice ("…于年度结束后将项目绩效自评报告报我局备案。") names a kind
    // without being a title, and does not count as a line before it.
    // A whole document run together on one line below a site's few lines (a document-sharing page's size and
    // page count): the line opening with its title is the title line (readTitle takes only its kind), though
    // it ends like a sentence.
    if (text.length > LONGEST_TITLE && opensWithTitle(text)) return { text, line: index + 1 };
    if (isSentence(text) || isCoveringNotice(labelKey(text))) continue;
    if (text.length <= LONGEST_TITLE && findTitleKind(text) !== null) {
      // Only a title that opens with its kind words ("绩效评价自评报告") continues the line before.
      const opensWithKind = findOpener(labelKey(text)) === 0 || labelKey(text).startsWith('绩效');
      // A title wrapped at the page width ("…防治项目支" / "出绩效自评报告") breaks anywhere: a first
      // half with the year continues too.
      const joined =
        (opensWithKind || (previous !== null && YEAR.test(labelKey(previous.text)))) &&
        previous &&
        previous.line === writtenBefore &&
        TITLE_FIRST_PART.test(previous.text) &&
        !DATE_LINE.test(labelKey(previous.text)) &&
        findTitleKind(previous.text) === null;
      return joined && previous
        ? { text: `${previous.text}${text}`, line: previous.line }
        : { text, line: index + 1 };
    }
    previous = { text, line: index + 1 };
    seen += 1;
    if (seen > LINES_BEFORE_TITLE) break;
  }
  return first ?? { text: '', line: 0 };
}

/**
 * How far into a run-together line its title may reach ("财政支出项目绩效评价报告评价类型:…"): a place, a year and a
 * project before the kind words ("青川市城西区2023年度社区居家养老服务补贴项目支出绩效评价评分表", 35 characters).
 */
const RUN_TOGETHER_TITLE = 40;

/** A long line whose first characters are a title: kind words, and no label's colon or clause before them. */
function opensWithTitle(text: string): boolean {
  const opening = labelKey(text.slice(0, RUN_TOGETHER_TITLE));
  const opener = findOpener(opening);
  return opener >= 0 && findTitleKind(opening) !== null && !/[:：，,。；;]/.test(opening.slice(0, opener)) && !isCoveringNotice(opening);
}

/** Where the kind words start in a compacted title without its year (-1 when none). */
function findOpener(text: string): number {
  let earliest = -1;
  for (const opener of titleKindOpeners) {
    const index = text.indexOf(opener);
    if (index >= 0 && (earliest < 0 || index < earliest)) earliest = index;
  }
  return earliest;
}

/** A unit name, or null for generic words, numbers and text too long to be a name. */
function acceptUnit(candidate: string): string | null {
  // "某局关于2022年度…情况的报告": 关于 follows the unit.
  const unit = trimTrailing(candidate.replace(/关于$/, ''), ',，、:：-—');
  if (unit.length < 2 || unit.length > LONGEST_UNIT) return null;
  // A fund ("财政资金项目支出绩效自评报告") is never a unit.
  if (GENERIC_UNITS.has(unit) || /^\d/.test(unit) || /绩效|(?:表|资金|经费)$/.test(unit)) return null;
  return unit;
}

/**
 * The fund a compacted title names after its year (or from its start) and before its kind words: the text up to the
 * first fund ending ("冰雪旅游推广专项经费"), when what precedes the ending is no generic word (县级, 财政).
 */
function findFund(key: string): string | null {
  const text = key.replace(LEAD_IN, '').replace(BRACKETED_YEAR, '');
  const year = YEAR.exec(text);
  const rest = year ? text.slice(year.index + year[0].length) : text;
  for (const ending of fundNameEndings) {
    const at = rest.indexOf(ending);
    if (at < 2) continue;
    const before = rest.slice(0, at);
    if (GENERIC_UNITS.has(before) || before.length > LONGEST_UNIT || /\d/.test(before)) return null;
    return rest.slice(0, at + ending.length);
  }
  return null;
}

/** The unit a compacted title names: the text before its year, else before its kind words. */
function findUnit(key: string): string | null {
  const text = key.replace(LEAD_IN, '').replace(BRACKETED_YEAR, '');
  const year = YEAR.exec(text);
  if (year && year.index > 0) return acceptUnit(text.slice(0, year.index));
  const rest = year ? text.slice(year.index + year[0].length) : text;
  const opener = findOpener(rest);
  return opener > 0 ? acceptUnit(rest.slice(0, opener)) : null;
}


/** The title of a text and what it names. */
export function readTitle(lines: readonly string[]): Title {
  const { text, line } = findTitleLine(lines);
  const kind = findTitleKind(text);
  // A whole run-together document on one line names its kind, but what stands before the kind
  // words there is narrative, not a unit.
  if (text.length > LONGEST_TITLE) return { text, line, kind, year: null, unit: null };
  const key = labelKey(text);
  // A medium-term table's years as a range ("2025—2027年", "2025年至2027年"): its first is the budget year.
  const year = yearRangePattern.exec(key) ?? /((?:19|20)\d{2})年/.exec(key);
  const fund = kind === null ? null : findFund(key);
  const unit = kind === null ? findPublicationUnit(lines) : (findUnit(key) ?? findUnitAbove(lines, line));
  return {
    text,
    line,
    kind,
    year: kind !== null && year?.[1] ? Number(year[1]) : null,
    // "冰雪旅游推广专项资金绩效自评表": the words before 专项资金 name the fund, no unit.
    unit: fund !== null && unit !== null && fund.startsWith(unit) ? null : unit,
    fund,
  };
}

/**
 * The unit a budget publication's heading names before its year ("示范局2023年度部门决算"), among the
 * first lines of a text whose table has no title of its own, or null.
 */
function findPublicationUnit(lines: readonly string[]): string | null {
  const heading = findPublicationHeading(lines);
  if (heading === null) return null;
  const key = labelKey(lines[heading]!);
  return acceptUnit(key.slice(0, YEAR.exec(key)?.index ?? 0));
}

/**
 * The 0-based line of a budget publication's heading naming its unit before its year
 * ("示范局2023年度部门决算") among the first lines (a site's navigation may stand above it), or null.
 */
export function findPublicationHeading(lines: readonly string[]): number | null {
  let seen = 0;
  for (const [index, line] of lines.entries()) {
    const key = labelKey(line);
    if (key === '') continue;
    const year = YEAR.exec(key);
    if (year && year.index > 0 && publicationHeadingWords.test(key.slice(year.index + year[0].length))) return index;
    seen += 1;
    if (seen > LINES_BEFORE_TITLE) break;
  }
  return null;
}

/** A site's metadata form: a label and its colon, then a pipe or tab before its value. */
const SITE_FORM_LINE = /[:：]\s*[|\t]/;

/**
 * The unit named by a heading above the title, such as a cover line
 * "2023年白鹭乡人民政府决算编制说明" over the table's own title: a line with a year and
 * document words after the unit.
 */
function findUnitAbove(lines: readonly string[], titleLine: number): string | null {
  for (const line of lines.slice(0, Math.max(0, titleLine - 1))) {
    const key = labelKey(line);
    // A notice's heading or a sentence ("现将我单位2023年度…予以公开。") names no unit of the document; nor a site's
    // metadata form of labels and values ("索引号: | 0113…/2022-01866 | 发文日期: | 2022年11月04日 |", twenty-fourth study).
    if (key === '' || key.length > LONGEST_TITLE || !YEAR.test(key) || NOTICE_HEADING.test(key) || /[。；;]$/.test(key) || SITE_FORM_LINE.test(line)) continue;
    const unit = findUnit(key);
    if (unit) return unit;
  }
  return null;
}
