/**
 * The middle of the cycle in the demo: 绩效运行监控 rounds and a 整改 notice, driven through the
 * real use cases as the demo users (open a round, fill and submit each unit's table, the 主管部门's
 * review, finance's conclusion, a notice answered and accepted), so a finance clerk opening the demo
 * sees monitoring, lights, conclusions and the 整改台账 as the product itself writes them.
 *
 * Monitoring is 1-7月, due on 31 August (core/fiscal-year-deadlines.ts):
 * - the past year's round is over on any date: every unit's table in and concluded, 公安局's red
 *   light led to a 整改 notice, answered, accepted and closed (the ledger shows its money);
 * - from August to December the current year's round is open as well: 公安局's red light is
 *   concluded 整改 with a notice under way (one item answered, waiting for finance's 验收; one
 *   open), 司法局 concluded 无问题, 第一中学 waiting for its 主管部门, 实验小学 still filling in (in
 *   August and September only, at most a month late) or waiting for finance's conclusion.
 */
import Decimal from 'decimal.js';
import { defaultLightPolicy } from '../../core/monitoring/index.ts';
import { parseIndicatorValue } from '../../core/indicator-value/index.ts';
import type { Indicator, IndicatorValue, PerformanceDocument } from '../../core/model.ts';
import type { MonitoringConclusion } from '../../core/monitoring/index.ts';
import type { ServiceDeps } from '../services/deps.ts';
import { saveDocument } from '../services/documents/save-document.ts';
import { transitionDocument } from '../services/documents/transition-document.ts';
import { openMonitoringRound } from '../services/monitoring/open-monitoring-round.ts';
import { recordMonitoringConclusion } from '../services/monitoring/record-monitoring-conclusion.ts';
import { answerRectificationItem } from '../services/rectification/answer-rectification-item.ts';
import { issueRectificationNotice } from '../services/rectification/issue-rectification-notice.ts';
import { reviewRectificationItem } from '../services/rectification/review-rectification-item.ts';
import type { DemoCycle } from './demo-cycle.ts';
import { supervisorOf, toDemoActor } from './documents/index.ts';
import type { DemoData } from './load-demo-data.ts';

/** 1-7月: the window whose tables are due on 31 August. */
export const demoMonitoringMonths = 7;

/** How far a unit's table gets in a round; each stage includes those before it. */
type Stage = 'draft' | 'submitted' | 'supervisor-approved' | 'concluded';

interface UnitPlan {
  unitKey: 'police' | 'justice' | 'school' | 'primary';
  stage: Stage;
  /** The share of the budget spent by the end of the window. */
  spentShare: string;
  /** Whether its first running count lags (a red light, with reasons). */
  isLagging: boolean;
}

/** When each step was taken (YYYY-MM-DD, China time); a step without a day is taken at load time. */
interface StepDays {
  opened: string;
  filled?: string;
  reviewed?: string;
  concluded?: string;
  issued?: string;
  answered?: string;
  accepted?: string;
}

interface RoundPlan {
  year: number;
  days: StepDays;
  units: UnitPlan[];
  /** The 整改 notice to 公安局 after its red light: closed, or under way. */
  notice: 'closed' | 'under-way';
  /** Its deadline (YYYY-MM-DD). */
  noticeDeadline: string;
}

/** The rounds of the demo on the cycle's date (see above). */
export function planDemoMonitoring(cycle: DemoCycle): RoundPlan[] {
  const over: UnitPlan[] = [
    { unitKey: 'police', stage: 'concluded', spentShare: '0.55', isLagging: true },
    { unitKey: 'justice', stage: 'concluded', spentShare: '0.61', isLagging: false },
    { unitKey: 'school', stage: 'concluded', spentShare: '0.58', isLagging: false },
    { unitKey: 'primary', stage: 'concluded', spentShare: '0.52', isLagging: false },
  ];
  const past = cycle.pastYear;
  const plans: RoundPlan[] = [
    {
      year: past,
      // The past year's round as it went: opened in July, in by the deadline, 整改 done by October.
      days: { opened: `${past}-07-25`, filled: `${past}-08-20`, reviewed: `${past}-08-27`, concluded: `${past}-09-05`, issued: `${past}-09-08`, answered: `${past}-10-15`, accepted: `${past}-10-22` },
      units: over,
      notice: 'closed',
      noticeDeadline: `${past}-10-31`,
    },
  ];
  const month = Number(cycle.date.slice(5, 7));
  if (cycle.season === 'targets' && month >= 8) {
    plans.push({
      year: cycle.currentYear,
      // Opened on 1 August at the latest (the demo is loaded in August or later); the rest as of the load day.
      days: { opened: `${cycle.currentYear}-08-01` },
      units: [
        { unitKey: 'police', stage: 'concluded', spentShare: '0.54', isLagging: true },
        { unitKey: 'justice', stage: 'concluded', spentShare: '0.60', isLagging: false },
        { unitKey: 'school', stage: 'submitted', spentShare: '0.57', isLagging: false },
        { unitKey: 'primary', stage: month <= 9 ? 'draft' : 'supervisor-approved', spentShare: '0.49', isLagging: false },
      ],
      notice: 'under-way',
      noticeDeadline: addDays(cycle.date, 30),
    });
  }
  return plans;
}

function addDays(date: string, days: number): string {
  const at = new Date(`${date}T00:00:00Z`);
  at.setUTCDate(at.getUTCDate() + days);
  return at.toISOString().slice(0, 10);
}

/** The services as of `day` at 10:00 in China (the history and lists show when each step was taken). */
function asOf(deps: ServiceDeps, day: string | undefined): ServiceDeps {
  return day ? { ...deps, now: () => new Date(`${day}T10:00:00+08:00`) } : deps;
}

const stageOrder: Stage[] = ['draft', 'submitted', 'supervisor-approved', 'concluded'];
const reaches = (plan: UnitPlan, stage: Stage) => stageOrder.indexOf(plan.stage) >= stageOrder.indexOf(stage);

/** Is the indicator a running count (its share due grows with the months), rather than a level? */
function isRunningCount(target: IndicatorValue): boolean {
  return target.direction === 'higher-better' && target.value !== null && target.change === null && !defaultLightPolicy.levelUnits.includes(target.unit ?? '');
}

/** What a unit writes as 1-7月实际完成值: on course, or (lagging) well behind the months gone. */
export function describeActualToDate(target: IndicatorValue, isLagging: boolean): string {
  if (target.direction === 'qualitative' || target.value === null) return target.text;
  const value = new Decimal(target.value);
  const unit = target.unit ?? '';
  if (isRunningCount(target)) {
    const share = new Decimal(demoMonitoringMonths).div(12).mul(isLagging ? '0.4' : '1.04');
    return `${value.mul(share).toDecimalPlaces(0, Decimal.ROUND_HALF_UP).toString()}${unit}`;
  }
  if (target.direction === 'lower-better' && target.change === null) {
    return `${value.mul('0.8').toDecimalPlaces(value.isInteger() ? 0 : 2, Decimal.ROUND_HALF_UP).toString()}${unit}`;
  }
  // A level (合格率 ≥95%, 下降5%, =100%): met as stated.
  return target.text.replace(/^[≥≤=＝<>＜＞]+/, '');
}

/** The unit's answers on its pre-filled table: money spent, every indicator's figure to date, reasons where it lags. */
export function fillDemoMonitoring(body: PerformanceDocument, plan: Pick<UnitPlan, 'spentShare' | 'isLagging'>): PerformanceDocument {
  const base = body.budget.adjusted ?? body.budget.initial ?? body.budget.total ?? null;
  let lagging = plan.isLagging;
  const fill = (indicator: Indicator): Indicator => {
    if (!indicator.target) return indicator;
    const lagsHere = lagging && isRunningCount(indicator.target);
    if (lagsHere) lagging = false;
    const actualToDate = parseIndicatorValue(describeActualToDate(indicator.target, lagsHere), { name: indicator.name });
    return {
      ...indicator,
      monitoring: {
        ...indicator.monitoring,
        actualToDate,
        likelihood: lagsHere ? 'possible' : 'certain',
        ...(lagsHere
          ? {
              deviationCategories: ['staffing'],
              explanation: '上半年警力集中投入专项安保任务，案件侦办进度滞后于时间进度。',
              correctiveAction: '下半年抽调专班集中攻坚积案，按月调度侦破进度。',
            }
          : {}),
      },
    };
  };
  return {
    ...body,
    budget: { ...body.budget, executedToDate: base === null ? null : new Decimal(base).mul(plan.spentShare).toFixed(2) },
    goals: body.goals.map((goal) => ({ ...goal, indicators: goal.indicators.map(fill) })),
  };
}

/** Writes the demo's monitoring rounds and 整改 notices; returns how many monitoring tables were made. */
export async function seedDemoMonitoring(deps: ServiceDeps, demo: DemoData, cycle: DemoCycle): Promise<number> {
  const finance = toDemoActor(demo, 'finance');
  let tables = 0;
  for (const plan of planDemoMonitoring(cycle)) {
    const { days } = plan;
    const { round } = await openMonitoringRound(asOf(deps, days.opened), {
      actor: finance,
      request: { year: plan.year, period: { throughMonth: demoMonitoringMonths }, deadline: `${plan.year}-08-31` },
    });
    tables += round.entries.length;
    let laggingTable: { id: string; body: PerformanceDocument } | null = null;
    for (const unit of plan.units) {
      const organisationId = demo.organisations[unit.unitKey]!.id;
      const entry = round.entries.find((candidate) => candidate.organisationId === organisationId);
      if (!entry?.documentId) continue;
      const filler = toDemoActor(demo, `${unit.unitKey}-filler`);
      const stored = await deps.repositories.documents.getById(entry.documentId);
      if (!stored) continue;
      const saved = await saveDocument(asOf(deps, days.filled), { actor: filler, id: stored.id, expectedVersion: stored.version, body: fillDemoMonitoring(stored.body, unit) });
      const step = async (username: string, action: 'submit' | 'supervisor-approve') =>
        transitionDocument(asOf(deps, action === 'submit' ? days.filled : days.reviewed), { actor: toDemoActor(demo, username), id: stored.id, action, reason: null, conclusion: null });
      if (reaches(unit, 'submitted')) await step(`${unit.unitKey}-leader`, 'submit');
      if (reaches(unit, 'supervisor-approved')) await step(supervisorOf[unit.unitKey]!, 'supervisor-approve');
      if (reaches(unit, 'concluded')) {
        const conclusion: MonitoringConclusion = unit.isLagging ? 'rectification' : 'no-problem';
        await recordMonitoringConclusion(asOf(deps, days.concluded), {
          actor: finance,
          roundId: round.id,
          documentId: stored.id,
          conclusion,
          note: unit.isLagging ? '刑事案件侦破进度明显滞后于时间进度' : null,
        });
      }
      // The saved body carries the lights the analysis gave; the steps after it change none.
      if (unit.isLagging && reaches(unit, 'concluded')) laggingTable = { id: stored.id, body: saved.body };
    }
    if (laggingTable) await seedDemoNotice(deps, demo, { plan, roundId: round.id, table: laggingTable });
  }
  return tables;
}

async function seedDemoNotice(deps: ServiceDeps, demo: DemoData, input: { plan: RoundPlan; roundId: string; table: { id: string; body: PerformanceDocument } }): Promise<void> {
  const finance = toDemoActor(demo, 'finance');
  const filler = toDemoActor(demo, 'police-filler');
  const { table } = input;
  const lagging = table.body.goals.flatMap((goal, goalIndex) => goal.indicators.map((indicator, at) => ({ indicator, path: `goals.${goalIndex}.indicators.${at}` }))).find(({ indicator }) => indicator.monitoring?.light === 'red');
  const { days } = input.plan;
  const notice = await issueRectificationNotice(asOf(deps, days.issued), {
    actor: finance,
    request: {
      organisationId: demo.organisations.police!.id,
      year: input.plan.year,
      roundId: input.roundId,
      title: `关于${input.plan.year}年1-7月绩效运行监控发现问题的整改通知`,
      deadline: input.plan.noticeDeadline,
      items: [
        {
          documentId: table.id,
          ...(lagging ? { indicatorPath: lagging.path } : {}),
          requirement: '说明侦破进度滞后的原因，报送下半年攻坚计划并按月报告进度。',
        },
        { documentId: table.id, requirement: '结余的专项办案经费按规定收回统筹使用。', moneyAction: 'recover', moneyAmount: '18.6' },
      ],
    },
  });
  const [first, second] = notice.itemList;
  if (!first || !second) return;
  await answerRectificationItem(asOf(deps, days.answered), { actor: filler, id: notice.id, itemId: first.id, request: { answer: '已成立专班集中攻坚，攻坚计划随附，按月报送侦破进度。' } });
  if (input.plan.notice === 'under-way') return;
  await reviewRectificationItem(asOf(deps, days.accepted), { actor: finance, id: notice.id, itemId: first.id, decision: 'accept' });
  await answerRectificationItem(asOf(deps, days.answered), { actor: filler, id: notice.id, itemId: second.id, request: { answer: '结余经费 18.6 万元已上缴财政统筹。' } });
  await reviewRectificationItem(asOf(deps, days.accepted), { actor: finance, id: notice.id, itemId: second.id, decision: 'accept' });
}
