/**
 * The evaluation report (整体支出绩效评价报告, sample 003) as an ordered outline of sections with
 * paragraphs, shared by the .docx writer and the print view. Each standard section holds the
 * unit's own text when it wrote some; where it wrote none, the product writes the section from
 * the data (budget and execution, itemised money lists, indicators met and not met, score and
 * grade). Sections of the unit's that match no standard title are kept, after the one before.
 */
import type { Goal, Indicator, MoneyList, PerformanceDocument, ReportProject } from '../../core/model.ts';
import { toDecimal } from '../../core/decimal.ts';
import { describeTitle } from './titles.ts';
import { trimTrailing } from '../../core/trim-characters.ts';
import { stripSectionNumbering } from '../../core/section-title.ts';

export interface ReportOutline {
  title: string;
  sections: Array<{ title: string; paragraphs: string[] }>;
}

type Writer = (document: PerformanceDocument, lists: MoneyList[]) => string[];

interface StandardSection {
  title: string;
  /** Recognises the unit's own section under whatever numbering it used. */
  pattern: RegExp;
  /** Which itemised money lists belong here. */
  listPattern?: RegExp;
  write: Writer;
}

const missing = '（单位未填写）';

function money(amount: string | null | undefined): string {
  return `${amount ?? '—'}万元`;
}

function describeList(list: MoneyList): string {
  const items = list.items.map((item) => `${item.label}${money(item.amount)}`).join('；');
  return `${list.label}${money(list.amount)}${items ? `，其中：${items}` : ''}。`;
}

/** Whether an indicator fell short: its score (entered, else by the rules) is below its weight. */
function isShortfall(indicator: Indicator): boolean {
  const weight = toDecimal(indicator.weight);
  const score = toDecimal(indicator.score) ?? toDecimal(indicator.suggestedScore);
  return weight !== null && score !== null && score.lessThan(weight);
}

/** Grade by the 财预〔2020〕10号 bands (优 ≥ 90, 良 ≥ 80, 中 ≥ 60), used only when the data states none. */
function gradeOf(score: string | null | undefined): string | null {
  const value = toDecimal(score);
  if (!value) return null;
  if (value.greaterThanOrEqualTo(90)) return '优';
  if (value.greaterThanOrEqualTo(80)) return '良';
  if (value.greaterThanOrEqualTo(60)) return '中';
  return '差';
}

function writePerformance(document: PerformanceDocument): string[] {
  const { budget, totals } = document;
  const paragraphs: string[] = [];
  if (budget.adjusted ?? budget.executed ?? budget.total) {
    paragraphs.push(
      `全年预算数${money(budget.adjusted ?? budget.total)}，全年执行数${money(budget.executed)}，预算执行率${budget.executionRate ?? '—'}%。`,
    );
  }
  // A report over several projects each with its own table (goal.project) tells each project's indicators and score apart.
  const projects = document.report?.projects ?? [];
  const ownerOf = (goal: Goal): ReportProject | undefined => projects.find((project) => project.name === goal.project);
  const groups = new Map<ReportProject | undefined, Indicator[]>();
  for (const goal of document.goals) groups.set(ownerOf(goal), [...(groups.get(ownerOf(goal)) ?? []), ...goal.indicators]);
  for (const [project, indicators] of groups) {
    if (indicators.length === 0) continue;
    const shortfalls = indicators.filter(isShortfall);
    const projectScore = project ? (project.score ?? project.suggestedScore) : null;
    paragraphs.push(
      `${project ? `${project.name}：` : ''}共设绩效指标${indicators.length}个，完成${indicators.length - shortfalls.length}个，未完全完成${shortfalls.length}个${projectScore ? `，得分${projectScore}分` : ''}。`,
    );
    for (const indicator of shortfalls) {
      paragraphs.push(
        `${indicator.name}：指标值${indicator.target?.text ?? '—'}，实际完成值${indicator.actual?.text ?? '—'}；偏差原因：${trimTrailing(indicator.deviation || '未说明', '。.；;')}。`,
      );
    }
  }
  const score = totals.score ?? totals.suggestedScore;
  if (score) {
    const grade = totals.grade ?? totals.enteredGrade ?? totals.suggestedGrade ?? gradeOf(score);
    paragraphs.push(`自评得分${score}分${grade ? `，等级为“${grade}”` : ''}。`);
  }
  return paragraphs.length > 0 ? paragraphs : [missing];
}

const standardSections: StandardSection[] = [
  {
    title: '一、部门基本情况',
    pattern: /基本情况/,
    write: (document) => (document.functions ? document.functions.split('\n') : [missing]),
  },
  {
    title: '二、一般公共预算支出情况',
    pattern: /一般公共预算/,
    // Every list not named for another fund (基本支出 by economic class, 项目支出 …) belongs here.
    listPattern: /^(?!.*(政府性基金|国有资本|社会保障))/,
    write: (document, lists) => {
      const { budget } = document;
      const parts: Array<[string, string | null | undefined]> = [
        ['部门预算资金总额', budget.total ?? budget.adjusted],
        ['一般公共预算', budget.bySource?.generalPublic],
        ['基本支出', budget.byNature?.basic],
        ['项目支出', budget.byNature?.project],
      ];
      const present = parts
        .filter(([, amount]) => amount)
        .map(([label, amount]) => `${label}${money(amount)}`);
      return [...(present.length > 0 ? [`${present.join('，')}。`] : []), ...lists.map(describeList)];
    },
  },
  {
    title: '三、政府性基金预算支出情况',
    pattern: /政府性基金/,
    listPattern: /政府性基金/,
    write: (document, lists) =>
      lists.length > 0
        ? lists.map(describeList)
        : [
            document.budget.bySource?.governmentFund
              ? `政府性基金拨款${money(document.budget.bySource.governmentFund)}。`
              : '本年度无政府性基金预算支出。',
          ],
  },
  {
    title: '四、国有资本经营预算支出情况',
    pattern: /国有资本/,
    listPattern: /国有资本/,
    write: (_, lists) => (lists.length > 0 ? lists.map(describeList) : ['本年度无国有资本经营预算支出。']),
  },
  {
    title: '五、社会保障基金预算支出情况',
    pattern: /社会保障/,
    listPattern: /社会保障/,
    write: (_, lists) => (lists.length > 0 ? lists.map(describeList) : ['本年度无社会保障基金预算支出。']),
  },
  { title: '六、部门整体支出绩效情况', pattern: /绩效情况/, write: writePerformance },
  { title: '七、存在的问题及原因分析', pattern: /存在的问题/, write: () => [missing] },
  { title: '八、下一步改进措施', pattern: /改进措施/, write: () => [missing] },
  {
    title: '九、绩效自评结果拟应用和公开情况',
    pattern: /结果.*(应用|公开)|公开情况/,
    write: () => [missing],
  },
  { title: '十、其他需要说明的情况', pattern: /其他需要说明/, write: () => ['无其他需要说明的情况。'] },
];

function splitParagraphs(text: string): string[] {
  return text
    .split('\n')
    .map((line) => line.trim())
    .filter((line) => line.length > 0);
}

/** The report outline of a document (any kind: a self-evaluation gives a report written from its data). */
export function buildReportOutline(document: PerformanceDocument): ReportOutline {
  const unitSections = document.report?.sections ?? [];
  const moneyLists = document.report?.moneyLists ?? [];
  const claimedLists = new Set<MoneyList>();
  const usedSections = new Set<number>();
  const sections: ReportOutline['sections'] = [];
  // Money lists go to the first section whose list pattern names them.
  const listsOf = (standard: StandardSection): MoneyList[] => {
    if (!standard.listPattern) return [];
    const lists = moneyLists.filter(
      (list) => !claimedLists.has(list) && standard.listPattern!.test(list.label),
    );
    lists.forEach((list) => claimedLists.add(list));
    return lists;
  };
  for (const standard of standardSections) {
    const index = unitSections.findIndex(
      (section, position) => !usedSections.has(position) && standard.pattern.test(section.title),
    );
    const own = index >= 0 ? splitParagraphs(unitSections[index]!.text) : [];
    const lists = listsOf(standard);
    const written = own.length > 0 ? own : standard.write(document, lists);
    // The unit's own wording of the title, under the standard numbering.
    const title =
      index >= 0
        ? `${standard.title.slice(0, standard.title.indexOf('、') + 1)}${stripSectionNumbering(unitSections[index]!.title)}`
        : standard.title;
    sections.push({ title, paragraphs: written.length > 0 ? written : [missing] });
    if (index < 0) continue;
    usedSections.add(index);
    // Keep the unit's unmatched sections that follow this one, in order.
    for (
      let next = index + 1;
      next < unitSections.length && !standardSections.some((s) => s.pattern.test(unitSections[next]!.title));
      next++
    ) {
      if (usedSections.has(next)) break;
      usedSections.add(next);
      sections.push({
        title: unitSections[next]!.title,
        paragraphs: splitParagraphs(unitSections[next]!.text),
      });
    }
  }
  return { title: describeTitle(document), sections };
}
