/**
 * The top-level sections of an evaluation report, following the document's own numbering.
 * A narrative section may carry its own "一、…二、…" (sample 003's 六 quotes a work summary), and
 * real reports slip in their numbering ("7、 存在的问题及原因分析" between 六 and 八), so a line is a
 * top-level heading when it continues the sequence with a Chinese numeral, or when its title is one
 * of the report template's section names (财政部门 整体支出绩效自评报告 outline, DOMAIN.md) and its
 * number is within one of the expected one.
 */
import { trimTrailing } from '../../core/trim-characters.ts';
import { readChineseNumber } from './chinese-numerals.ts';
import { isLevelName } from '../grid/levels.ts';
import { countSignatureLines } from './report-signature.ts';

export interface ReportSection {
  title: string;
  text: string;
  /** 1-based line of the heading (or of the first line, for text before any heading). */
  line: number;
}

/** Section names of the report template; a title containing one is a top-level heading. */
const TEMPLATE_TITLES =
  /基本情况|概况|预算(收入|支出|收支|执行)|支出情况|收入情况|绩效情况|绩效目标|绩效分析|评价结论|自评结论|存在的问题|问题及原因|改进措施|整改|意见建议|有关建议|结果应用|拟应用|拟就用|公开情况|其他需要说明|其他说明/;

/** "一、", "7、", "第三部分" at a line start (after any leftover bookmark debris). */
const NUMBERED_HEADING =
  /^\s*(?:第([一二三四五六七八九十]{1,3})(?:部分|章)\s*|([一二三四五六七八九十]{1,3})\s*[、.．]\s*|(\d{1,2})\s*[、.．]\s*)(\S.*)$/;

/**
 * "（一）" at a line start: the top-level headings of a report that is itself a numbered part of a
 * page ("九、部门整体支出绩效自评报告" in a 决算 page, documents/text/report-part.ts), used only when the
 * report has no heading of NUMBERED_HEADING's forms.
 */
const BRACKETED_HEADING = /^\s*[（(]([一二三四五六七八九十]{1,3})[)）]\s*(\S.*)$/;

/** An item of a numbered list at a line start: "3.", "4、". */
const ARABIC_ITEM = /^\s*(\d{1,2})\s*[、.．]/;

/** Page numbers that PDF extraction leaves between paragraphs: "- 3 -", "第3页 共12页". */
const PAGE_NUMBER = /^(?:[-—－\s]*\d{1,3}[-—－\s]*|第\s*\d{1,3}\s*页(?:\s*(?:[,，/]\s*)?共\s*\d{1,3}\s*页)?)$/;

/** The value of a heading's Chinese numeral, 一 to 九十九 ("十二" → 12); NaN when it is not one (headings have no 零, 两 or 百). */
export function readChineseNumeral(text: string): number {
  if (!/^[一二三四五六七八九十]{1,3}$/.test(text)) return NaN;
  return readChineseNumber(text) ?? NaN;
}

interface Heading {
  number: number;
  isChinese: boolean;
  /** "第一部分", "第二章": a rank above 一、 (a report in parts numbers its sections 一、 inside each part). */
  isPart: boolean;
  title: string;
  /** Text after a run-in title ("一、部门概况：本局是…" → "本局是…"), else "". */
  rest: string;
}

/** Longest run-in title before "：" or "。" that still reads as a heading. */
const RUN_IN_TITLE_LENGTH = 20;

/** The numbered heading a line could be, or null; titles are short and are not sentences. */
function readHeading(line: string, isBracketed: boolean): Heading | null {
  const numbered = isBracketed ? null : NUMBERED_HEADING.exec(line);
  const bracketed = isBracketed ? BRACKETED_HEADING.exec(line) : null;
  if (!numbered && !bracketed) return null;
  const chinese = bracketed ? bracketed[1] : (numbered?.[1] ?? numbered?.[2]);
  const number = chinese !== undefined ? readChineseNumeral(chinese) : Number(numbered?.[3]);
  if (!Number.isFinite(number)) return null;
  const written = ((bracketed ? bracketed[2] : numbered?.[4]) ?? '').trim();
  const isChinese = chinese !== undefined;
  const title = trimTrailing(written, '：:。.').trim();
  // "2、预算执行情况较好。" is a numbered sentence; only Chinese-numbered headings may end in "。".
  const isSentence = !isChinese && /[。.]$/.test(written);
  // A row of a table in the report ("3.绩效目标合理性\t5\t4") or a level of its indicators ("四、满意度指标") is no section.
  if (/[\t|]/.test(written) || isLevelName(title)) return null;
  // A title with a comma reads like a sentence ("一、勇毅前行的2023年，我们稳中求进…") unless it names a template section.
  const isPlainTitle =
    title !== '' &&
    title.length <= 40 &&
    !/[。；;：:]/.test(title) &&
    (!/[，,]/.test(title) || TEMPLATE_TITLES.test(title));
  const isPart = numbered?.[1] !== undefined;
  if (!isSentence && isPlainTitle) return { number, isChinese, isPart, title, rest: '' };
  // A run-in heading: "一、部门概况：本局内设机构6个。" — a short title, then the section's first text.
  const runIn = /^([^：:。；;，,]{2,40}?)[：:。]\s*(\S.*)$/.exec(written);
  const runInTitle = runIn?.[1]?.trim() ?? '';
  if (!runIn || runInTitle.length > RUN_IN_TITLE_LENGTH || !TEMPLATE_TITLES.test(runInTitle)) return null;
  return { number, isChinese, isPart, title: runInTitle, rest: (runIn[2] ?? '').trim() };
}

/**
 * True when `heading` continues the top-level numbering after `previous` (0 before the first).
 * A template title may also skip one number (a lost line) or open a text that starts mid-way.
 */
function isTopLevel(heading: Heading, previous: number): boolean {
  const expected = previous + 1;
  if (heading.isChinese && heading.number === expected) return true;
  if (!TEMPLATE_TITLES.test(heading.title)) return false;
  if (previous === 0) return heading.isChinese || heading.number <= 2;
  if (heading.isChinese) return heading.number > previous && heading.number <= expected + 1;
  return heading.number >= previous && heading.number <= expected + 1;
}

/**
 * Splits a report's lines into its top-level sections. The document title (the first non-blank
 * line) is not a section; text before the first heading becomes a section titled "".
 */
export function splitReportSections(lines: readonly string[]): ReportSection[] {
  const sections = splitSections(lines, false);
  // A report that is a part of a page numbers its sections one rank down: （一）, （二）.
  return sections.some((section) => section.title !== '') ? sections : splitSections(lines, true);
}

function splitSections(lines: readonly string[], isBracketed: boolean): ReportSection[] {
  const sections: ReportSection[] = [];
  const titleIndex = lines.findIndex((line) => line.trim() !== '');
  let current: { title: string; line: number; body: string[] } | null = null;
  let previous = 0;
  // Under a section opened by "二、", the number of its last "1." / "2、" item: "3.绩效目标完成情况。…" after
  // "2.资金情况。…" goes on with that list (a project's parts in a report over several projects), not with 一、二、.
  let isChineseSection = false;
  let lastItem = 0;
  // A report whose first section is "第一部分" keeps its 一、二、 inside the parts.
  let isInParts = false;
  const flush = (): void => {
    if (current && (current.title !== '' || current.body.length > 0)) {
      sections.push({ title: current.title, text: current.body.join('\n'), line: current.line });
    }
  };
  for (const [index, line] of lines.entries()) {
    if (index <= titleIndex) continue;
    const heading = readHeading(line, isBracketed);
    const item = ARABIC_ITEM.exec(line);
    const isNextItem = isChineseSection && item !== null && lastItem > 0 && Number(item[1]) === lastItem + 1;
    const isOfRank = heading !== null && (!isInParts || heading.isPart);
    if (heading && isOfRank && !isNextItem && isTopLevel(heading, previous)) {
      if (previous === 0) isInParts = heading.isPart;
      flush();
      current = { title: heading.title, line: index + 1, body: heading.rest === '' ? [] : [heading.rest] };
      previous = heading.number;
      isChineseSection = heading.isChinese;
      lastItem = 0;
      continue;
    }
    if (item !== null) lastItem = Number(item[1]);
    const text = line.trim();
    if (text === '' || PAGE_NUMBER.test(text)) continue;
    current ??= { title: '', line: index + 1, body: [] };
    current.body.push(text);
  }
  // The report's signature (unit and date) closes the last section's text but is none of it.
  if (current) current.body.splice(current.body.length - countSignatureLines(current.body));
  flush();
  return sections;
}
