/**
 * Who and what an evaluation report is about, from its title and any labelled header lines:
 * "道县公安局2023年度整体支出绩效评价报告" (部门整体) or "道路监控项目2023年度项目支出绩效评价报告",
 * "某县公安局2023年度禁毒宣传项目绩效自评报告" (项目: the project is named in the title).
 */
import type { Scope } from '../../core/model.ts';
import { findHeaderValue, findYear, readHeader } from './header.ts';
import { compact } from './normalize.ts';
import { readTitle } from './title.ts';
import { unitNameEndings } from '../vocabulary/labels.ts';
import {
  evaluationFirmWords,
  reportTitleGenericName,
  reportTitleLeadingTag,
  reportTitleSelfEvaluation,
  reportTitleNamedWork,
  reportTitleProject,
  reportTitleUnitBeforeScope,
} from '../vocabulary/report-words.ts';
import { isUnitName } from './report-signature.ts';
import { findBareUnitLabel } from './bare-unit-label.ts';

export interface ReportHeader {
  scope: Scope;
  unit: string | null;
  year: number | null;
  project: string | null;
  supervisor: string | null;
}

/** Labels of the unit in project reports, most specific first. */
const PROJECT_UNIT_LABELS = [
  '实施单位',
  '项目单位',
  '项目实施单位',
  '项目用款单位',
  '用款单位',
  // The 财政支出项目绩效评价自评报告 cover: 项目承担单位 (its 机构代码 on the next line is no unit).
  '项目承担单位',
  '承担单位',
  '预算单位',
  '单位名称',
  '填报单位',
];

interface TitleParts {
  before: string;
  after: string;
  hasYear: boolean;
  /** A project named in brackets closing the title: "…自评报告（耕地质量提升项目）". */
  bracketed?: string;
}

/** A year in brackets closing a title ("…自评报告（2023年度）"): the title reads as one without a year. */
const CLOSING_YEAR = /[（(](?:19|20)\d{2}年度?[）)]$/;
/** A project in brackets closing a title, group 1. */
const CLOSING_PROJECT = /[（(]([^（）()]{2,30}?(?:项目|资金|经费|专项))[）)]$/;

/** The title split around its year: "道县公安局" | "整体支出绩效评价报告" (hasYear false: the whole title in `after`). */
function splitTitle(lines: readonly string[]): TitleParts | null {
  const named = readTitle(lines);
  const title = named.kind !== null ? named.text : lines.find((line) => line.trim() !== '');
  if (title === undefined) return null;
  let text = compact(title).replace(reportTitleLeadingTag, '').replace(/^关于/, '').replace(CLOSING_YEAR, '');
  const bracketed = CLOSING_PROJECT.exec(text);
  if (bracketed) text = text.slice(0, bracketed.index);
  const project = bracketed?.[1] === undefined ? {} : { bracketed: bracketed[1] };
  // A report over several years names a range ("2021-2023年度", "2021年至2023年"): the unit stands before it.
  const match = /^(.*?)((?:19|20)\d{2})(?:(?:年度?)?[-—–~～至到](?:19|20)\d{2})?年度?(.*)$/.exec(text);
  // "某局关于2022年度部门整体支出绩效自评情况的报告": 关于 stands between the unit and the year.
  return match
    ? { before: (match[1] ?? '').replace(/关于$/, ''), after: match[3] ?? '', hasYear: true, ...project }
    : { before: '', after: text, hasYear: false, ...project };
}

/** A unit's name opens its region ("青禾县…", "某市…"): a title's words before a project may be a unit only then. */
const REGION_IN_NAME = /[省市县区州盟旗镇乡]/;

/** The project a title names ("禁毒宣传项目"), or null for a 部门整体 report. */
function findProjectInTitle(
  parts: TitleParts,
): { project: string; unitBefore: boolean; unit?: string } | null {
  if (/部门整体|整体支出/.test(parts.before + parts.after)) return null;
  if (parts.bracketed !== undefined) return { project: parts.bracketed, unitBefore: parts.before !== '' };
  const named = reportTitleProject.exec(parts.after)?.[1] ?? reportTitleNamedWork.exec(parts.after)?.[1];
  if (named && !reportTitleGenericName.test(named)) {
    // No year in the title: "<unit><project>资金绩效评价报告" (county sites of third-party reports); the
    // year first: "2023年度<unit><project>项目支出绩效自评报告", the unit then naming its region.
    const unitEnd = !parts.hasYear
      ? findUnitEnd(named)
      : parts.before === ''
        ? findRegionalUnitEnd(named)
        : 0;
    if (unitEnd > 0)
      return { project: named.slice(unitEnd), unitBefore: true, unit: named.slice(0, unitEnd) };
    return { project: named, unitBefore: parts.before !== '' };
  }
  // "道路监控项目2023年度项目支出绩效评价报告", "北环路改造工程项目2021年度绩效自评报告": a name ending in 项目
  // before the year is the project, never a unit (the title then names none).
  if (/项目$/.test(parts.before) && /^(?:项目支出|项目)?绩效/.test(parts.after))
    return { project: parts.before, unitBefore: false };
  return null;
}

/** Where the unit a title opens with ends (after its first unit-name ending), or 0 when none does. */
function findUnitEnd(text: string): number {
  let end = 0;
  for (const ending of unitNameEndings) {
    const at = text.indexOf(ending, 3);
    // The unit must leave a project of a few characters after it.
    if (at > 0 && text.length - (at + ending.length) >= 4 && (end === 0 || at + ending.length < end))
      end = at + ending.length;
  }
  return end;
}

/** Where a unit that names its region ends at the head of a title's words, or 0. */
function findRegionalUnitEnd(text: string): number {
  const end = findUnitEnd(text);
  return end > 0 && REGION_IN_NAME.test(text.slice(0, end)) ? end : 0;
}

/** The unit a title without a year opens with, before its 部门整体 words; null when it names none. */
function findUnitBeforeScope(title: string): string | null {
  const unit = reportTitleUnitBeforeScope.exec(title)?.[1];
  return unit !== undefined && isUnitName(unit) ? unit : null;
}

/** A unit's name alone on the line above `index`, blank lines passed over; null when that line is none. */
function findUnitAbove(lines: readonly string[], index: number): string | null {
  for (let above = index - 1; above >= 0; above--) {
    const text = compact(lines[above] ?? '');
    if (text !== '') return isUnitName(text) ? text : null;
  }
  return null;
}

/**
 * A unit's name alone on the line right above the title ("某县公安局" / "2023年度部门整体…报告"), or above
 * the title written again after a cover (the cover's title names no unit, the repeated one stands under it).
 */
function findUnitAboveTitle(lines: readonly string[]): string | null {
  const titleIndex = readTitle(lines).line - 1;
  const title = compact(lines[titleIndex] ?? '');
  const repeated = lines.flatMap((line, index) =>
    index > titleIndex && title !== '' && compact(line) === title ? [index] : [],
  );
  for (const index of [titleIndex, ...repeated]) {
    const unit = findUnitAbove(lines, index);
    if (unit !== null) return unit;
  }
  return null;
}

/** How many lines at a report's head may hold a bare 单位： line. */
const BARE_UNIT_LINES = 20;

/**
 * The 评价单位 of a project report when it evidently is the unit: the report is a self-evaluation (自评 in
 * its title) and the value is a unit's name, not a firm's. A third-party report's 评价单位 is the firm or
 * the finance bureau that evaluated, so it is never read there.
 */
function findSelfEvaluatingUnit(lines: readonly string[], title: string): string | null {
  const value = findHeaderValue(lines, ['评价单位']);
  return value !== null && isEvidentlyTheUnit(value, title) ? value : null;
}

/** Whether a 评价单位 names the unit: in a self-evaluation (自评 in its title), a unit's name that is no firm's. */
function isEvidentlyTheUnit(value: string, title: string): boolean {
  return reportTitleSelfEvaluation.test(title) && isUnitName(value) && !evaluationFirmWords.test(value);
}

/** The unit of the labelled lines, unless it is the 评价单位 of a third party (a firm, a finance bureau). */
function labelledUnitOf(
  lines: readonly string[],
  unit: string | null | undefined,
  title: string,
): string | null {
  if (unit == null) return null;
  return unit === findHeaderValue(lines, ['评价单位']) && !isEvidentlyTheUnit(unit, title) ? null : unit;
}

/** The header of a report; the scope is `project` when the title names a project. */
export function readReportHeader(lines: readonly string[], detectedScope: Scope): ReportHeader {
  const head = compact(lines.slice(0, 40).join('\n'));
  // Labelled lines are looked for only when the head has labels: matching them cell by cell in
  // long narrative lines is most of a report's reading time otherwise.
  const hasLabels = /名称|单位[:：]|预算单位|填报单位|主管部门|实施单位|承担单位/.test(head);
  const labelled = hasLabels ? readHeader(lines) : null;
  const parts = splitTitle(lines);
  const titled = parts ? findProjectInTitle(parts) : null;
  const year = labelled?.year ?? findYear(lines);
  const titleText = (parts?.before ?? '') + (parts?.after ?? '');
  if (!titled && detectedScope === 'department') {
    const unitInTitle =
      parts && parts.before !== '' ? parts.before : parts ? findUnitBeforeScope(parts.after) : null;
    // A cover's 项目单位 / 实施单位 / 预算单位 names the unit of a 部门整体 report too.
    const labelledUnit = hasLabels
      ? (findHeaderValue(lines, PROJECT_UNIT_LABELS) ?? findBareUnitLabel(lines, BARE_UNIT_LINES))
      : null;
    return {
      scope: 'department',
      unit:
        labelledUnitOf(lines, labelled?.unit, titleText) ??
        unitInTitle ??
        labelledUnit ??
        findUnitAboveTitle(lines),
      year,
      project: null,
      supervisor: labelled?.supervisor ?? null,
    };
  }
  const labelledUnit = hasLabels
    ? (findHeaderValue(lines, PROJECT_UNIT_LABELS) ?? findBareUnitLabel(lines, BARE_UNIT_LINES))
    : null;
  // "示范局2024年度项目支出绩效自评报告": with no project named, the text before the year is the unit.
  const titleUnit = titled
    ? (titled.unit ?? (titled.unitBefore ? (parts?.before ?? null) : null))
    : readTitle(lines).unit;
  return {
    scope: 'project',
    unit:
      labelledUnit ??
      titleUnit ??
      findUnitAboveTitle(lines) ??
      (hasLabels ? findSelfEvaluatingUnit(lines, titleText) : null),
    year,
    project: projectNameOrNull(labelled?.project) ?? titled?.project ?? null,
    supervisor: labelled?.supervisor ?? null,
  };
}

/** The longest a labelled project's name runs; longer, or with a comma or full stop, it is a sentence. */
const PROJECT_NAME_LENGTH = 60;

/**
 * A labelled project that is a name, not the sentence under a heading that looks like a label ("一、评价对象" then
 * "本次评价对象为我局管理的4项专项资金，资金总额…"); null otherwise.
 */
export function projectNameOrNull(value: string | null | undefined): string | null {
  if (value == null) return null;
  // A value closed by a bracketed unit is the next column's heading ("项目名称" / "发行金额(亿元)", a results list
  // written one cell per line), not a name.
  if (COLUMN_HEADING_UNIT.test(value)) return null;
  return value.length > PROJECT_NAME_LENGTH || /[，,。；;]/.test(value) ? null : value;
}

/** A heading's closing unit: "(亿元)", "（万元）", "(%)". */
const COLUMN_HEADING_UNIT = /[（(](?:亿元|万元|元|%|％)[）)]$/;
