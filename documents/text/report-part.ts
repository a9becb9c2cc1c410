/**
 * A 自评报告 published as a numbered part of a longer page: a county's 部门决算 page whose 决算情况说明
 * goes on "九、部门整体支出绩效自评报告" with the report's own （一）… sections, or a 第五部分 of the
 * page given to it, before "十、其他需要说明的情况" or "第四部分 名词解释". Read whole, the page's 决算
 * figures (收入总计, 本年支出合计, 基本支出) would be the report's money and its 决算 table an indicator
 * table. The report is read from its heading to the page's next heading of the same rank; the page's
 * heading ("白沙县农业农村局2023年度部门决算", title.ts findPublicationHeading, else the first line) is
 * kept, as it names the unit and the year the part's own heading leaves out. Other lines are blanked,
 * so every line keeps its number.
 */
import type { Finding } from '../../core/model.ts';
import { readChineseNumeral } from './report-sections.ts';
import { titleKindOf } from './several-documents.ts';
import { findPublicationHeading, readTitle, type Title } from './title.ts';

/** A page's numbered part or section heading: "第五部分 …" or "九、…". */
const PART_HEADING = /^(?:第([一二三四五六七八九十]{1,3})部分|([一二三四五六七八九十]{1,3})[、.．])\s*(\S.{3,39})$/;
/** Fewer non-blank lines above the heading are a document's own head, not a page around it (table-start.ts). */
const SHORTEST_PAGE_ABOVE = 8;

interface PartHeading {
  isPart: boolean;
  number: number;
  title: string;
}

function readPartHeading(line: string): PartHeading | null {
  const text = line.trim();
  if (/[\t|]/.test(text)) return null;
  const match = PART_HEADING.exec(text);
  if (!match) return null;
  const number = readChineseNumeral(match[1] ?? match[2] ?? '');
  const title = match[3] ?? '';
  if (!Number.isFinite(number) || /[。；;，,]/.test(title)) return null;
  return { isPart: match[1] !== undefined, number, title };
}

/** The page's next heading of the part's rank or above: a later 第N部分, or a later "十、" after "九、". */
function endsPart(heading: PartHeading, next: PartHeading | null): boolean {
  if (next === null) return false;
  if (next.isPart) return !heading.isPart || next.number > heading.number;
  return !heading.isPart && next.number > heading.number;
}

export interface ReportPart {
  /** 0-based line of the part's heading. */
  start: number;
  /** 0-based line the part ends before (the next heading of its rank), or the text's length. */
  end: number;
  /** 0-based line of the page's heading, kept with the part. */
  pageHeading: number;
  title: string;
}

/**
 * The report part of a page whose own title names no document kind (a 决算 or 预算公开 page), or
 * null. A 目录 entry naming the report is followed at once by the next entry: a part needs text.
 * `title` is the lines' title when the caller has read it already.
 */
export function findReportPart(lines: readonly string[], title: Title = readTitle(lines)): ReportPart | null {
  if (title.kind !== null) return null;
  // The publication's heading names the unit and year (a site's navigation may stand above it).
  const pageHeading = findPublicationHeading(lines) ?? lines.findIndex((line) => line.trim() !== '');
  let textAbove = 0;
  for (const [index, line] of lines.entries()) {
    if (line.trim() === '') continue;
    const heading = textAbove >= SHORTEST_PAGE_ABOVE ? readPartHeading(line) : null;
    textAbove += 1;
    if (heading === null || titleKindOf(heading.title) !== 'evaluation-report') continue;
    let end = index + 1;
    while (end < lines.length && !endsPart(heading, readPartHeading(lines[end]!))) end += 1;
    const textLines = lines.slice(index + 1, end).filter((text) => text.trim() !== '').length;
    if (textLines > 0) return { start: index, end, pageHeading, title: line.trim() };
  }
  return null;
}

/** The page's lines with all but its heading and the report part blanked (line numbers kept). */
export function keepReportPart(lines: readonly string[], part: ReportPart): string[] {
  return lines.map((line, index) => (index === part.pageHeading || (index >= part.start && index < part.end) ? line : ''));
}

/** The finding that says only the report part of the page was read. */
export function reportPartFinding(part: ReportPart): Finding {
  return {
    severity: 'info',
    code: 'report-part-of-page',
    message: `评价报告是页面中的一部分（第${part.start + 1}–${part.end}行“${part.title}”），只读入了这一部分和页面标题；页面的其他内容（如部门决算的表格和说明）未读入。`,
    path: '',
    line: part.start + 1,
  };
}
