/**
 * Demo documents in every state, loaded once on first start after the demo organisations and
 * users exist. They are driven through the real use cases (create, submit, approve, return,
 * publish) as the demo users, so their history, opinions and produced approval tables are what
 * the product itself would have written. Bodies are ours (./*.ts), never read from ../shared.
 */
import { analyseForYearInThread } from '../../services/rule-packs/pack-for-year.ts';
import type { PerformanceDocument } from '../../../core/model.ts';
import type { ReviewConclusion, TransitionAction } from '../../../core/review/index.ts';
import type { Actor } from '../../services/actor.ts';
import type { ServiceDeps } from '../../services/deps.ts';
import { addOpinion } from '../../services/documents/add-opinion.ts';
import { transitionDocument } from '../../services/documents/transition-document.ts';
import { insertDraft } from '../../services/documents/insert-draft.ts';
import type { DemoCycle } from '../demo-cycle.ts';
import type { DemoData } from '../load-demo-data.ts';
import { createDemoEvaluationReport } from './evaluation-report.ts';
import { createDemoSelfEvaluation } from './self-evaluation.ts';
import { createDemoTargetTable, type DemoTheme } from './target-table.ts';

interface Step {
  username: string;
  action: TransitionAction;
  reason?: string;
  conclusion?: ReviewConclusion;
  /** An opinion given before the step, on an indicator path. */
  opinion?: { path: string; text: string };
}

const submitBy = (unitKey: string): Step => ({ username: `${unitKey}-leader`, action: 'submit' });
/** Each demo unit's 主管部门 reviewer (also the monitoring demo's, ../monitoring.ts). */
export const supervisorOf: Record<string, string> = {
  police: 'politics-reviewer',
  justice: 'politics-reviewer',
  school: 'education-reviewer',
  primary: 'education-reviewer',
};
const supervisorApprove = (unitKey: string): Step => ({
  username: supervisorOf[unitKey] ?? 'finance',
  action: 'supervisor-approve',
  conclusion: { verdict: 'pass', grade: '优' },
});
const financeApprove: Step = { username: 'finance', action: 'finance-approve', conclusion: { verdict: 'pass', grade: '优' } };
const publish: Step = { username: 'finance', action: 'publish' };

type PlannedDocument = { unitKey: string; body: (unit: string) => PerformanceDocument; steps: Step[] };

const units = ['police', 'justice', 'school', 'primary'] as const;
const themeOf = (unitKey: string): DemoTheme =>
  unitKey === 'school' || unitKey === 'primary' ? 'education' : unitKey === 'justice' ? 'justice' : 'public-security';
const targets = (unitKey: string, year: number) => (unit: string) => createDemoTargetTable({ unit, year, theme: themeOf(unitKey) });
const selfEvaluation = (unitKey: string, year: number, extra: { hasDeviationReasons?: boolean } = {}) => (unit: string) =>
  createDemoSelfEvaluation({ unit, year, ...extra, theme: themeOf(unitKey) });
const throughFinance = (unitKey: string): Step[] => [submitBy(unitKey), supervisorApprove(unitKey), financeApprove];
const published = (unitKey: string): Step[] => [...throughFinance(unitKey), publish];
const reportReturned: Step = {
  username: 'politics-reviewer',
  action: 'return',
  reason: '“存在的问题及原因分析”过于笼统，请结合未完成指标具体说明。',
  conclusion: { verdict: 'fail', grade: '中' },
};
const schoolOpinion: Step = { ...supervisorApprove('school'), opinion: { path: 'goals.0.indicators.2', text: '合格率目标可结合近三年实际适当提高。' } };

/**
 * The path each demo document takes from draft; the last step decides the state it is left in.
 * The years are those of the cycle on the day the demo is loaded (demo-cycle.ts); every passed
 * deadline of an open year has its document in, except the month-old ones a unit is late with.
 */
function planDemoDocuments(cycle: DemoCycle): PlannedDocument[] {
  const { publishedYear, pastYear, currentYear, comingYear } = cycle;
  // 公安局: a whole cycle published (targets, 自评, report).
  const plans: PlannedDocument[] = [
    { unitKey: 'police', body: targets('police', publishedYear), steps: published('police') },
    { unitKey: 'police', body: selfEvaluation('police', publishedYear), steps: published('police') },
    { unitKey: 'police', body: (unit) => createDemoEvaluationReport({ unit, year: publishedYear }), steps: published('police') },
  ];
  // The other units' targets of the past year, approved with the budget and published (批复/公开).
  for (const unitKey of units.filter((key) => key !== 'police')) plans.push({ unitKey, body: targets(unitKey, pastYear), steps: published(unitKey) });
  if (cycle.season === 'targets') {
    // The 自评 of the past year are in: waiting for finance's 复核, 复核ed, waiting for the 主管部门;
    // 司法局's report returned. The current year runs on approved targets; 公安局 has begun its
    // 自评 and 司法局 sent one before the year ended, returned. The coming year's targets are being
    // declared: a draft, waiting for the 主管部门, reviewed with an opinion, returned.
    plans.push(
      { unitKey: 'justice', body: selfEvaluation('justice', pastYear), steps: [submitBy('justice'), supervisorApprove('justice')] },
      { unitKey: 'justice', body: (unit) => createDemoEvaluationReport({ unit, year: pastYear, theme: 'justice' }), steps: [submitBy('justice'), reportReturned] },
      { unitKey: 'school', body: selfEvaluation('school', pastYear), steps: throughFinance('school') },
      { unitKey: 'primary', body: selfEvaluation('primary', pastYear), steps: [submitBy('primary')] },
      ...units.map((unitKey) => ({ unitKey, body: targets(unitKey, currentYear), steps: throughFinance(unitKey) })),
      { unitKey: 'police', body: selfEvaluation('police', currentYear, { hasDeviationReasons: false }), steps: [] },
      {
        unitKey: 'justice',
        body: selfEvaluation('justice', currentYear),
        steps: [
          submitBy('justice'),
          { username: 'politics-reviewer', action: 'return', reason: '全年执行数请待年度决算后填写，请于次年一季度按决算数重新提交。', conclusion: { verdict: 'fail' } },
        ],
      },
      { unitKey: 'police', body: targets('police', comingYear!), steps: [] },
      { unitKey: 'justice', body: targets('justice', comingYear!), steps: [submitBy('justice')] },
      { unitKey: 'school', body: targets('school', comingYear!), steps: [submitBy('school'), schoolOpinion] },
      {
        unitKey: 'primary',
        body: targets('primary', comingYear!),
        steps: [
          submitBy('primary'),
          { username: 'education-reviewer', action: 'return', reason: '家长满意度指标缺少测评方式，请补充后重新提交。', conclusion: { verdict: 'fail', grade: '中' } },
        ],
      },
    );
    return plans;
  }
  // January to May: the 自评 of the past year is being filled in (due 30 April): 公安局's a draft,
  // 实验小学's returned, 司法局's with its 主管部门, 第一中学's 复核ed; 司法局's report returned.
  // The past year's targets are published for 公安局; the current year's are in for every unit.
  plans.push(
    { unitKey: 'police', body: targets('police', pastYear), steps: published('police') },
    { unitKey: 'police', body: selfEvaluation('police', pastYear, { hasDeviationReasons: false }), steps: [] },
    { unitKey: 'justice', body: selfEvaluation('justice', pastYear), steps: [submitBy('justice'), supervisorApprove('justice')] },
    { unitKey: 'justice', body: (unit) => createDemoEvaluationReport({ unit, year: pastYear, theme: 'justice' }), steps: [submitBy('justice'), reportReturned] },
    { unitKey: 'school', body: selfEvaluation('school', pastYear), steps: throughFinance('school') },
    {
      unitKey: 'primary',
      body: selfEvaluation('primary', pastYear),
      steps: [
        submitBy('primary'),
        { username: 'education-reviewer', action: 'return', reason: '未完成指标的偏差原因过于简略，请逐项说明原因和改进措施。', conclusion: { verdict: 'fail', grade: '中' } },
      ],
    },
    { unitKey: 'police', body: targets('police', currentYear), steps: throughFinance('police') },
    { unitKey: 'justice', body: targets('justice', currentYear), steps: [submitBy('justice')] },
    { unitKey: 'school', body: targets('school', currentYear), steps: [submitBy('school'), schoolOpinion] },
    { unitKey: 'primary', body: targets('primary', currentYear), steps: throughFinance('primary') },
  );
  return plans;
}

/** Writes the demo documents; returns how many documents exist afterwards (approval tables included). */
export async function seedDemoDocuments(deps: ServiceDeps, demo: DemoData, cycle: DemoCycle): Promise<number> {
  let count = 0;
  for (const plan of planDemoDocuments(cycle)) {
    const filler = toDemoActor(demo, `${plan.unitKey}-filler`);
    const stored = await insertDraft(deps, {
      actor: filler,
      body: await analyseForYearInThread(deps.repositories, plan.body(filler.organisationName)),
      action: 'create',
      reason: '演示数据',
    });
    count += 1;
    for (const step of plan.steps) {
      const actor = toDemoActor(demo, step.username);
      if (step.opinion) await addOpinion(deps, { actor, id: stored.id, opinion: step.opinion });
      const outcome = await transitionDocument(deps, {
        actor,
        id: stored.id,
        action: step.action,
        reason: step.reason ?? null,
        conclusion: step.conclusion ?? null,
      });
      if (outcome.approvalTable && step.action === 'finance-approve') count += 1;
    }
  }
  return count;
}

/** The Actor a demo user acts as (what a session would give). */
export function toDemoActor(demo: DemoData, username: string): Actor {
  const user = demo.users[username];
  const organisation = Object.values(demo.organisations).find((candidate) => candidate.id === user?.organisationId);
  if (!user || !organisation) throw new Error(`demo user ${username} or its organisation is missing`);
  return {
    userId: user.id,
    username: user.username,
    displayName: user.displayName,
    role: user.role,
    isDemo: user.isDemo,
    organisationId: organisation.id,
    organisationName: organisation.name,
    organisationKind: organisation.kind,
    organisationPath: organisation.path,
  };
}
