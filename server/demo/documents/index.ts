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
import type { DemoData } from '../load-demo-data.ts';
import { createDemoEvaluationReport } from './evaluation-report.ts';
import { createDemoSelfEvaluation } from './self-evaluation.ts';
import { createDemoTargetTable } from './target-table.ts';

interface Step {
  username: string;
  action: TransitionAction;
  reason?: string;
  conclusion?: ReviewConclusion;
  /** An opinion given before the step, on an indicator path. */
  opinion?: { path: string; text: string };
}

const submitBy = (unitKey: string): Step => ({ username: `${unitKey}-leader`, action: 'submit' });
const supervisorOf: Record<string, string> = {
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

/** The path each demo document takes from draft; the last step decides the state it is left in. */
function planDemoDocuments(): Array<{ unitKey: string; body: (unit: string) => PerformanceDocument; steps: Step[] }> {
  const police = (year: number) => (unit: string) => createDemoTargetTable({ unit, year });
  const school = (year: number) => (unit: string) => createDemoTargetTable({ unit, year, theme: 'education' });
  return [
    // 公安局: a whole cycle published for 2024, targets approved for 2025, drafts for 2025/2026.
    { unitKey: 'police', body: police(2024), steps: [submitBy('police'), supervisorApprove('police'), financeApprove, publish] },
    { unitKey: 'police', body: (unit) => createDemoSelfEvaluation({ unit, year: 2024 }), steps: [submitBy('police'), supervisorApprove('police'), financeApprove, publish] },
    { unitKey: 'police', body: (unit) => createDemoEvaluationReport({ unit, year: 2024 }), steps: [submitBy('police'), supervisorApprove('police'), financeApprove, publish] },
    { unitKey: 'police', body: police(2025), steps: [submitBy('police'), supervisorApprove('police'), financeApprove] },
    { unitKey: 'police', body: (unit) => createDemoSelfEvaluation({ unit, year: 2025, hasDeviationReasons: false }), steps: [] },
    { unitKey: 'police', body: police(2026), steps: [] },
    // 司法局: waiting for the 主管部门, waiting for finance, and a returned report.
    { unitKey: 'justice', body: police(2026), steps: [submitBy('justice')] },
    { unitKey: 'justice', body: (unit) => createDemoSelfEvaluation({ unit, year: 2025 }), steps: [submitBy('justice'), supervisorApprove('justice')] },
    {
      unitKey: 'justice',
      body: (unit) => createDemoSelfEvaluation({ unit, year: 2024 }),
      steps: [
        submitBy('justice'),
        supervisorApprove('justice'),
        { username: 'finance', action: 'return', reason: '执行率与资金支出明细不一致，请核对全年执行数后重新提交。', conclusion: { verdict: 'fail' } },
      ],
    },
    {
      unitKey: 'justice',
      body: (unit) => createDemoEvaluationReport({ unit, year: 2025 }),
      steps: [
        submitBy('justice'),
        { username: 'politics-reviewer', action: 'return', reason: '“存在的问题及原因分析”过于笼统，请结合未完成指标具体说明。', conclusion: { verdict: 'fail', grade: '中' } },
      ],
    },
    // 第一中学: targets reviewed by 教体局 (with an opinion), self-evaluation 复核ed by finance.
    {
      unitKey: 'school',
      body: school(2026),
      steps: [
        submitBy('school'),
        { ...supervisorApprove('school'), opinion: { path: 'goals.0.indicators.2', text: '合格率目标可结合近三年实际适当提高。' } },
      ],
    },
    { unitKey: 'school', body: (unit) => createDemoSelfEvaluation({ unit, year: 2025, theme: 'education' }), steps: [submitBy('school'), supervisorApprove('school'), financeApprove] },
    // 实验小学: targets returned by 教体局, self-evaluation just submitted.
    {
      unitKey: 'primary',
      body: school(2026),
      steps: [
        submitBy('primary'),
        { username: 'education-reviewer', action: 'return', reason: '家长满意度指标缺少测评方式，请补充后重新提交。', conclusion: { verdict: 'fail', grade: '中' } },
      ],
    },
    { unitKey: 'primary', body: (unit) => createDemoSelfEvaluation({ unit, year: 2025, theme: 'education' }), steps: [submitBy('primary')] },
  ];
}

/** Writes the demo documents; returns how many documents exist afterwards (approval tables included). */
export async function seedDemoDocuments(deps: ServiceDeps, demo: DemoData): Promise<number> {
  let count = 0;
  for (const plan of planDemoDocuments()) {
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
