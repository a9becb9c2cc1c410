/**
 * The header facts of a performance document: 年度, 单位名称, 主管部门, 项目名称, 实施单位, from its
 * labelled header (header-pairs.ts, labels from documents/vocabulary/labels.ts) and, where the
 * header does not name them, from the title ("示范县公安局2024年度项目支出绩效自评报告",
 * "部门整体支出绩效自评表（2022 年度）").
 */
import { sealNotes, signatureUnitLabels, sitePublisherLabels, unitNameEndings, type HeaderField } from '../vocabulary/labels.ts';
import { labelKey } from '../vocabulary/label-key.ts';
import { withoutCode } from './name-code.ts';
import { readHeaderPairs, type HeaderPair } from './header-pairs.ts';
import { readTitle } from './title.ts';
import { findBareUnitLabel } from './bare-unit-label.ts';

export interface Header {
  unit: string | null;
  year: number | null;
  supervisor: string | null;
  project: string | null;
  /** 实施单位 (project tables). */
  implementer: string | null;
}

/** A header label the document wrote without a value (for a finding with its line). */
export interface UnansweredLabel {
  field: HeaderField;
  label: string;
  line: number;
}

/** How far into the text header labels are looked for: tables put them in the first rows. */
export const HEADER_LINES = 40;

/** The value of a field: the most specific wording with a value wins, then the earliest line. */
function resolveField(pairs: readonly HeaderPair[], field: HeaderField): string | null {
  let best: HeaderPair | null = null;
  for (const pair of pairs) {
    if (pair.field !== field || pair.value === null) continue;
    if (!best || pair.rank < best.rank) best = pair;
  }
  return best === null ? null : firstOfPairedValue(best);
}

/**
 * A label naming two things at once ("项目实施单位/项目负责人", a Ningxia 自评表) writes their values the same way
 * ("某农技中心/某人"): the label's field is the first, so the value is what stands before the slash.
 */
function firstOfPairedValue(pair: HeaderPair): string | null {
  const value = pair.value;
  if (value === null || !/[/／]/.test(pair.label)) return value;
  const first = value.split(/[/／]/)[0]?.trim() ?? '';
  return first === '' ? null : first;
}


/** A year written in a header value ("2024", "2024年", "2024年度"). */
function parseYearValue(value: string | null): number | null {
  const match = /^((?:19|20)\d{2})\s*(?:年度?)?$/.exec(value?.trim() ?? '');
  return match?.[1] ? Number(match[1]) : null;
}

/**
 * The date a form was filled in or sent ("填报日期：2023年3月15日", "编 报 时 间：2023年11月", "报送时间 2024年1月"):
 * it tells when, not which year the document is for (a 自评表 of 2022 is filled in 2023). Linear: the label is
 * looked for by indexOf, its date read by one bounded pattern.
 */
const FILING_DATE_LABELS = ['填报日期', '填报时间', '填表日期', '填表时间', '编报日期', '编报时间', '报送日期', '报送时间', '上报日期', '上报时间', '制表日期', '制表时间', '打印日期', '打印时间'];
const FILING_DATE = /^[:：]?(?:19|20)\d{2}(?:年(?:\d{1,2}月(?:\d{1,2}日)?)?|[-./]\d{1,2}(?:[-./]\d{1,2})?)/;

/** The line without its filing dates (spaces dropped where one stands: labels are spaced out on covers). */
function withoutFilingDates(line: string): string {
  const compacted = line.replace(/\s+/g, '');
  if (!FILING_DATE_LABELS.some((label) => compacted.includes(label))) return line;
  let text = compacted;
  for (const label of FILING_DATE_LABELS) {
    for (let at = text.indexOf(label); at >= 0; at = text.indexOf(label, at + 1)) {
      const end = at + label.length;
      const date = FILING_DATE.exec(text.slice(end))?.[0];
      if (date !== undefined) text = text.slice(0, end) + text.slice(end + date.length);
    }
  }
  return text;
}

/**
 * The year a document is for: the title's, a 年度 label's, a "（2022 年度）" note, then the first
 * "2023年" that is not a date ("2025年3月"), then any but a filing date's (填报日期 and its kin: the form's
 * date, not its year), then, in a form that plans or monitors, the filing date's; null when none is written.
 */
export function findYear(lines: readonly string[], pairs: readonly HeaderPair[] = []): number | null {
  const title = readTitle(lines);
  if (title.year !== null) return title.year;
  const labelled = pairs
    .map((pair) => (pair.field === 'year' ? parseYearValue(pair.value) : null))
    .find((year) => year !== null);
  if (labelled !== undefined) return labelled;
  const head = lines.slice(0, HEADER_LINES);
  const written = findWrittenYear(head.map(withoutFilingDates));
  // A filing date is the last resort, and none for a look back (自评表, 评价报告): filled in after its year ends.
  if (written !== null || title.kind === 'self-evaluation' || title.kind === 'evaluation-report') return written;
  return findWrittenYear(head);
}

/** The first "（2022 年度）" note, else the first "2023年" that is not a date ("2025年3月"), else any. */
function findWrittenYear(head: readonly string[]): number | null {
  const patterns = [
    /[(（]\s*((?:19|20)\d{2})\s*年度?\s*[)）]/,
    /((?:19|20)\d{2})\s*年(?!\s*\d{1,2}\s*月)/,
    /((?:19|20)\d{2})\s*年/,
  ];
  for (const pattern of patterns) {
    for (const line of head) {
      const match = pattern.exec(line);
      if (match?.[1]) return Number(match[1]);
    }
  }
  return null;
}

/** The unit a title names, or null. */
export function findUnitInTitle(lines: readonly string[]): string | null {
  return readTitle(lines).unit;
}

/**
 * What a title names before its kind words: a unit ("示范县公安局2024年度…"), or, when those words
 * end in no unit ending and 项目 follows them ("岛屿旅游推广项目绩效自评表", Hainan 自评表 that name
 * their project only in the title), the project.
 */
function titleNames(lines: readonly string[]): { unit: string | null; project: string | null } {
  const title = readTitle(lines);
  const named = title.unit;
  // A table's title naming its fund ("冰雪旅游推广专项经费绩效评价表") names its project.
  const fund = title.kind !== 'evaluation-report' ? (title.fund ?? null) : null;
  if (named === null) return { unit: null, project: fund };
  if (fund !== null) return { unit: named, project: fund };
  // Tables only: a report's title has its own reading (report-header.ts: "省级财政资金项目" is no name).
  const isProject =
    title.kind !== 'evaluation-report' && labelKey(title.text).includes(`${named}项目`) && !unitNameEndings.some((ending) => named.endsWith(ending));
  return isProject ? { unit: null, project: named } : { unit: named, project: null };
}

/** Header facts and the labels left without a value. */
export function readHeaderWithGaps(lines: readonly string[]): {
  header: Header;
  unanswered: UnansweredLabel[];
} {
  const pairs = readHeaderPairs(lines, HEADER_LINES);
  const fromTitle = titleNames(lines);
  const header: Header = {
    // A bare 单位 row naming a unit ("单位 | 某县统计局 |||") when no label or title does.
    unit: withoutCode(resolveField(pairs, 'unit')) ?? fromTitle.unit ?? findBareUnitLabel(lines, HEADER_LINES),
    year: findYear(lines, pairs),
    supervisor: withoutCode(resolveField(pairs, 'supervisor')),
    project: withoutCode(resolveField(pairs, 'project')) ?? fromTitle.project,
    implementer: withoutCode(resolveField(pairs, 'implementer')),
  };
  const answered = new Set(pairs.filter((pair) => pair.value !== null).map((pair) => pair.field));
  const unanswered: UnansweredLabel[] = [];
  for (const pair of pairs) {
    if (pair.field === 'ignored' || pair.field === 'year' || answered.has(pair.field)) continue;
    if (unanswered.some((gap) => gap.field === pair.field)) continue;
    unanswered.push({ field: pair.field, label: pair.label, line: pair.line });
  }
  return { header, unanswered };
}

/**
 * The unit a signature line under a table names ("填报单位（公章）：某局  单位负责人：某人"): the first line below
 * that opens with a signature unit label and a colon, or null.
 */
export function findSignedUnitBelow(linesBelow: readonly string[]): string | null {
  for (const line of linesBelow) {
    const key = labelKey(line);
    const label = signatureUnitLabels.find((word) => key.startsWith(word));
    if (label === undefined) continue;
    const rest = key.slice(label.length);
    const afterSeal = sealNotes.find((seal) => rest.startsWith(seal));
    if (!/^[:：]/.test(afterSeal === undefined ? rest : rest.slice(afterSeal.length))) continue;
    const unit = withoutCode(resolveField(readHeaderPairs([line], 1), 'unit'));
    if (unit !== null) return unit;
  }
  return null;
}

/** A unit's name as a site's form gives it: two to forty characters, no digit, no sentence. */
const PUBLISHER_NAME = /^[^\d\s:：|。；;，,]{2,40}$/;

/**
 * The unit a government site's metadata form above the table names as the page's publisher ("发文单位: | 某市行政审批局 |",
 * "发布机构\t某县水利局"): the cell after a publisher label (and its colon) on a line of the form (a label, its colon, a pipe
 * or tab), or null. Read only when the table names no unit of its own.
 */
export function findSitePublisher(lines: readonly string[]): string | null {
  for (const line of lines) {
    if (!/[|\t]/.test(line)) continue;
    const cells = line.split(/[|\t]/).map((cell) => cell.replace(/\s+/g, ''));
    for (const [index, cell] of cells.entries()) {
      const label = cell.replace(/[:：]$/, '');
      if (!sitePublisherLabels.includes(label)) continue;
      const value = cells.slice(index + 1).find((next) => next !== '');
      if (value !== undefined && PUBLISHER_NAME.test(value) && !sitePublisherLabels.includes(value.replace(/[:：]$/, ''))) return value;
    }
  }
  return null;
}

/** All header facts of a document; each null when the text does not give it. */
export function readHeader(lines: readonly string[]): Header {
  return readHeaderWithGaps(lines).header;
}

/** A label without the seal note the vocabulary writes in it ("实施单位(盖章)" → "实施单位"). */
function withoutSealNote(label: string): string {
  const note = sealNotes.find((seal) => label.endsWith(seal) && label.length > seal.length);
  return note === undefined ? label : label.slice(0, -note.length);
}

/**
 * The value given for one of `labels` in the header lines, most specific label first; null when
 * absent or a placeholder.
 */
export function findHeaderValue(lines: readonly string[], labels: readonly string[]): string | null {
  const pairs = readHeaderPairs(lines, HEADER_LINES);
  for (const label of labels) {
    // "实施单位（盖章）：…" answers 实施单位: the seal note is no part of the label.
    const value = pairs.find((pair) => withoutSealNote(pair.label) === label && pair.value !== null)?.value;
    if (value) return value;
  }
  return null;
}
