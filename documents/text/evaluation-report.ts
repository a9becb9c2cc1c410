/**
 * Reader of 整体支出绩效评价报告 / 自评报告 text dumps (sample 003): unit and year from the title,
 * the report's top-level sections in order, every itemised money list, the budget figures the
 * narrative states (基本支出, 项目支出, 政府性基金…), and the 主要职能 when the report lists them.
 * Whether the lists add up is core/checks' business; this reader only extracts them faithfully.
 */
import { createEmptyDocument, type Finding, type PerformanceDocument, type Scope } from '../../core/model.ts';
import { readReportBudget } from './report-budget.ts';
import { fillFromFundsTable } from './report-funds-table.ts';
import { readReportHeader } from './report-header.ts';
import { extractMoneyLists } from './report-money-lists.ts';
import { splitReportSections, type ReportSection } from './report-sections.ts';
import { checkStatedRate, findStatedRate, uncheckedRateNotice } from './report-rate.ts';
import { readEmbeddedTable } from './report-tables.ts';
import { fillIndicatorScoresFromProse } from './report-indicator-scores.ts';
import { findStatedTotals } from './report-score.ts';
import { findSignatureUnit } from './report-signature.ts';
import { findRolesInText } from './report-roles-in-text.ts';
import { withoutLevelParts } from './report-level-parts.ts';
import { readCompletionCounts } from '../monitoring/completion-counts.ts';
import { reportProjectInText } from '../monitoring/vocabulary.ts';
import { compact } from './normalize.ts';
import { readTitle } from './title.ts';
import { findReportYearRange, yearRangeNotice } from './report-years.ts';
import { isGradeLetter, readLetterScale } from './report-letter-grades.ts';
import { fillBasicFromParts, fillUnqualifiedBudget } from './report-budget-inferred.ts';
import { findSeveralProjects } from './report-several-projects.ts';
import { readReportProjects, withoutProjectParts } from './report-projects.ts';
import { toReportProse } from './report-prose.ts';
import { readListedIndicators } from './report-listed-indicators.ts';
import { unwrapLines } from './unwrap-lines.ts';

/** Lines that describe the unit's staff and offices rather than its duties (部门基本情况 of 003: 14、15、). */
const STAFFING_LINE = /人员编制|实有人员|内设机构|机构设置|现设/;

/** A 职能 sub-heading, maybe with the duties run in: "1）．主要职能。", "（一）部门职能：负责……". */
const FUNCTIONS_HEADING =
  /^(?:[（(]?[0-9一二三四五六七八九十]{1,2}[)）、.．]\s*[．.]?)?(?:主要|部门|单位)?职能(?:职责)?(?:概述)?[。.：:]?(.*)$/;
/** A following sub-heading ends the duties: "2）", "（二）", "二、". */
const SUB_HEADING = /^(?:[（(]?[0-9一二三四五六七八九十]{1,2}[)）]|[一二三四五六七八九十]{1,2}、)/;
const ENUMERATOR = /^\s*[（(]?(?:\d{1,2}|[一二三四五六七八九十]{1,3})[)）、.．]/;

/** The shape of a line's enumerator ("1．" and "2．" alike, "1、" different), or null. */
function enumeratorStyle(line: string): string | null {
  const enumerator = ENUMERATOR.exec(line)?.[0];
  return enumerator === undefined
    ? null
    : enumerator
        .trim()
        .replace(/\d+/, '9')
        .replace(/[一二三四五六七八九十]+/, '九');
}

/**
 * The duties (主要职能) the report lists under 部门基本情况: the lines after a 职能 sub-heading up to
 * the next sub-heading or the first line about staffing. Null when the report has no such sub-heading.
 */
function findFunctions(sections: readonly ReportSection[]): string | null {
  for (const section of sections) {
    const lines = section.text.split('\n');
    const start = lines.findIndex((line) => FUNCTIONS_HEADING.test(line.trim()));
    if (start < 0) continue;
    const runIn = FUNCTIONS_HEADING.exec((lines[start] ?? '').trim())?.[1]?.trim() ?? '';
    const duties: string[] = runIn === '' ? [] : [runIn];
    // The next heading numbered like the 职能 heading ("1.主要职能" … "2.人员情况") ends the duties.
    const headingStyle = enumeratorStyle(lines[start] ?? '');
    for (const line of lines.slice(start + 1)) {
      const isNextHeading = headingStyle !== null && enumeratorStyle(line) === headingStyle;
      if (isNextHeading || SUB_HEADING.test(line) || STAFFING_LINE.test(line)) break;
      duties.push(line);
    }
    return duties.length > 0 ? duties.join('\n') : null;
  }
  return null;
}

/**
 * What may follow a report's last sentence: the signing unit, the date, a page number. A unit's
 * name has no quotes or title marks, so "严格执行《会" (cut mid-sentence) is no signature.
 */
const CLOSING_LINE =
  /^(?:(?:19|20)\d{2}\s*年\s*\d{1,2}\s*月(?:\s*\d{1,2}\s*日)?|[-—\s]*\d{1,3}[-—\s]*|第\s*\d+\s*页.{0,10}|[^\d、，。；：,;:\s《“][^、，。；：,;:《》“”]{1,29}(?:局|委|办|院|厅|处|所|队|站|馆|部|会|室|中心|公司|（盖章）|\(盖章\)))$/;

/**
 * A report cut off mid-sentence: its last line (before any signature, date or page number) ends
 * without closing punctuation, or the report ends on a heading with no text.
 */
function findTruncation(lines: readonly string[], sections: readonly ReportSection[]): Finding | null {
  let lastIndex = lines.length - 1;
  const isSkippable = (line: string): boolean => line.trim() === '' || CLOSING_LINE.test(line.trim());
  while (lastIndex >= 0 && isSkippable(lines[lastIndex] ?? '')) lastIndex -= 1;
  if (lastIndex < 0) return null;
  const lastLine = (lines[lastIndex] ?? '').trim();
  const lastSection = sections.at(-1);
  const endsWithEmptySection =
    lastSection !== undefined && lastSection.text === '' && lastSection.line === lastIndex + 1;
  const endsMidSentence = !/[。！？!?”’）)》」』…\]】]$/.test(lastLine) && !endsWithEmptySection;
  if (!endsMidSentence && !endsWithEmptySection) return null;
  const where = endsWithEmptySection ? `以标题“${lastSection.title}”结尾而没有内容` : '在句子中间结束';
  return {
    severity: 'warning',
    code: 'truncated-document',
    message: `报告${where}，可能不完整：请上传完整的报告原文，或确认最后一部分内容。`,
    path: 'report',
    line: lastIndex + 1,
  };
}

/**
 * The indicators, totals and funds of a table embedded in the report; the table's figures fill
 * what the narrative does not state.
 */
function readTablePart(document: PerformanceDocument, lines: readonly string[]): void {
  const table = readEmbeddedTable(lines, document.scope);
  if (!table) return;
  // A budget-only table (资金情况表) gives figures, not indicators or totals.
  if (table.goals.some((goal) => goal.indicators.length > 0)) {
    document.goals = table.goals;
    document.totals = table.totals;
  }
  const { budget } = table;
  for (const field of ['initial', 'adjusted', 'executed', 'weight', 'executionRate', 'score'] as const) {
    document.budget[field] ??= budget[field] ?? undefined;
    if (document.budget[field] === undefined) delete document.budget[field];
  }
  document.findings.push(
    ...table.findings.filter((finding) => finding.code !== 'unparsed-line' || finding.line !== undefined),
  );
}

/** How many lines at the head of a report are searched for a project named in the text. */
const PROJECT_TEXT_LINES = 40;

/**
 * The project a report names in its opening text when neither its title nor a label does:
 * "我中心对“某某”项目开展了绩效自评", "项目概况：某某项目，…". Null when it names none.
 */
function findProjectInText(lines: readonly string[]): string | null {
  const head = lines.slice(0, PROJECT_TEXT_LINES).map(compact);
  for (const pattern of reportProjectInText) {
    for (const line of head) {
      const named = pattern.exec(line)?.[1];
      if (named) return named;
    }
  }
  return null;
}

/** Reads an evaluation report's normalised lines into the document model. */
export function readEvaluationReport(lines: readonly string[], scope: Scope): PerformanceDocument {
  const header = readReportHeader(lines, scope);
  const document = createEmptyDocument('evaluation-report', header.scope);
  // A project report may name its units only in a sentence ("实施单位为…", "由…负责实施").
  const roles = header.scope === 'project' ? findRolesInText(lines) : { unit: null, supervisor: null };
  document.unit = header.unit ?? roles.unit ?? findSignatureUnit(lines) ?? '';
  document.year = header.year;
  // Money, rates and scores are read from whole paragraphs (a PDF wraps them at the page width).
  // A form copied one cell per line: a label with its unit in brackets, its amount on the next line.
  // Several figures given at once ("…分别为40万元、45万元") are written one label per amount; a
  // sentence about the year before names it in each clause ("上年度全年预算数…，上年度全年执行数…").
  // Amounts in numerals ("壹佰贰拾万元", "三十五点六万元") or with a point written 、 are written as figures first.
  // A report over several projects, each in its own part: the parts are each project's, the rest the whole's.
  // (A 部门整体 report's parts count only when each holds its own indicator table: its 重点项目 each evaluated apart.)
  const several = readReportProjects(lines, { isTablesOnly: header.scope !== 'project' });
  const figureLines = several && several.parts.length > 0 ? withoutProjectParts(lines, several.parts) : lines;
  const prose = toReportProse(figureLines);
  // A report over several projects names no one project: a 项目名称 inside a project's part (its table's) is that part's.
  const projectNames = new Set((several?.projects ?? []).map((project) => project.name));
  document.project =
    projectNames.size > 0
      ? header.project !== null && !projectNames.has(header.project) ? header.project : null
      : (header.project ?? (header.scope === 'project' ? findProjectInText(prose) : null));
  document.supervisor = header.supervisor ?? roles.supervisor;
  if (document.unit === '') {
    const example =
      header.scope === 'project'
        ? '在报告开头写明“实施单位：××局”'
        : '在报告标题中写明单位，例如“××局2023年度整体支出绩效评价报告”';
    document.findings.push({
      severity: 'warning',
      code: 'missing-unit',
      message: `未找到单位名称：请${example}。`,
      path: 'unit',
    });
  }

  const sections = splitReportSections(lines);
  const money = extractMoneyLists(prose);
  document.report = {
    sections: sections.map(({ title, text }) => ({ title, text })),
    moneyLists: money.lists,
  };
  const completionCounts = readCompletionCounts(prose);
  if (completionCounts.length > 0) document.report.completionCounts = completionCounts;
  // A report over several years is kept under the last (the lead's decision), the range beside it.
  const yearRange = findReportYearRange(lines, readTitle(lines).text, header.year);
  if (yearRange) {
    document.year = yearRange.to;
    document.report.yearRange = yearRange;
    document.findings.push(yearRangeNotice(yearRange));
  }
  // The whole budget, not a level's share; a report that states only shares keeps them.
  // Figures of another year are set aside only in a report that dates figures by its own year: a
  // title's year may be the year of publication while every figure is the year before. A report over
  // several years has no own year: a figure dated by one of them is that year's share of the period.
  const ownYear =
    yearRange === null && money.mentions.some((mention) => mention.year === document.year) ? document.year : null;
  const wholeMentions = extractMoneyLists(withoutLevelParts(prose)).mentions;
  const whole = readReportBudget(wholeMentions, ownYear);
  const hasFigure = (budget: typeof whole): boolean =>
    budget.initial != null || budget.adjusted != null || budget.executed != null;
  const mentions = hasFigure(whole) ? wholeMentions : money.mentions;
  document.budget = hasFigure(whole) ? whole : readReportBudget(money.mentions, ownYear);
  const basicNotice = fillBasicFromParts(document.budget, { mentions, year: ownYear, scope: document.scope });
  if (basicNotice) document.findings.push(basicNotice);
  const tableRate = fillFromFundsTable(document.budget, figureLines);
  document.functions = findFunctions(sections);
  // The projects' own tables are theirs (each goal names its project): the whole's table is read outside their parts.
  const projectGoals = several?.goals ?? [];
  readTablePart(document, projectGoals.length > 0 ? figureLines : lines);
  if (projectGoals.length > 0) {
    document.goals = [...document.goals.filter((goal) => goal.indicators.length > 0), ...projectGoals];
    document.findings.push(...(several?.findings ?? []));
  }
  fillIndicatorScoresFromProse(document, prose);
  // The narrative's 自评得分 and 等级 when no embedded table gives them.
  const stated = findStatedTotals(prose, ownYear);
  document.totals.score ??= stated.score;
  document.totals.grade ??= stated.grade;
  // A letter grade alone: through the scale the report states, else kept as the letter for the rule pack's
  // scale (analysis sets the grade and says which scale, core/checks/letter-grade.ts).
  if (document.totals.grade == null && stated.letter) {
    const grade = readLetterScale(prose).get(stated.letter);
    if (grade) document.totals.grade = grade;
    else if (isGradeLetter(stated.letter)) document.totals.gradeLetter = stated.letter;
  }
  const statedRate = findStatedRate(prose, ownYear);
  // A budget named without 年初 / 调整 when the report states neither (and its rate, if any, agrees).
  const unqualifiedNotice = fillUnqualifiedBudget(document.budget, { mentions, year: ownYear, statedRate });
  if (unqualifiedNotice) document.findings.push(unqualifiedNotice);
  if (statedRate) {
    document.budget.executionRate ??= statedRate.rate;
    const mismatch = checkStatedRate(document.budget, statedRate);
    if (mismatch) document.findings.push(mismatch);
    // A rate with no amounts to check it by: kept as stated, told (reports-25).
    const unchecked = uncheckedRateNotice(document.budget, statedRate);
    if (unchecked) document.findings.push(unchecked);
  }
  if (tableRate !== null) document.budget.executionRate ??= tableRate;

  if (!sections.some((section) => section.title !== '')) {
    document.findings.push({
      severity: 'warning',
      code: 'missing-sections',
      message: '报告中没有找到“一、部门基本情况”这样的分节标题：请检查报告是否完整、标题是否按顺序编号。',
      path: 'report.sections',
    });
  }
  if (several && several.projects.length > 0) document.report.projects = several.projects;
  const severalProjects = findSeveralProjects({
    prose,
    lines,
    scope: document.scope,
    hasTotalScore: document.totals.score != null,
    projects: several?.projects ?? [],
  });
  if (severalProjects) document.findings.push(severalProjects);
  // Indicators listed in a sentence ("绩效指标设置5个，分别为：…", "绩效目标：…≥…；…≥…") are the project's when no
  // table gives any and the report evaluates one project (a report over several lists each project's own).
  if (document.scope === 'project' && severalProjects === null && !document.goals.some((goal) => goal.indicators.length > 0)) {
    const listed = readListedIndicators(unwrapLines(figureLines));
    if (listed.length > 0) {
      document.goals = [{ name: '', indicators: listed }];
      fillIndicatorScoresFromProse(document, prose);
    }
  }
  const truncation = findTruncation(lines, sections);
  if (truncation) document.findings.push(truncation);
  return document;
}
