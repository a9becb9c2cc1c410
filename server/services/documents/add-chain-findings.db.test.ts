import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { PerformanceDocument } from '../../../core/model.ts';
import { toDemoActor } from '../../demo/documents/index.ts';
import { createDocumentInState } from '../../http/documents-test-support.ts';
import { createTestApp, type TestApp } from '../../test-support/create-test-app.ts';
import { listTestDialects } from '../../test-support/test-database.ts';
import { analyseWithChain } from './add-chain-findings.ts';
import { storeReadDocument } from './store-read-document.ts';

/** A monitoring table carrying the approved indicators, the first one's 指标值 changed. */
function buildMonitoringFrom(targets: PerformanceDocument): PerformanceDocument {
  const goals = targets.goals.map((goal, goalIndex) => ({
    ...goal,
    indicators: goal.indicators.map((indicator, index) =>
      goalIndex === 0 && index === 0 && indicator.target
        ? {
            ...indicator,
            target: {
              ...indicator.target,
              text: '≥1',
              value: '1',
              operator: '>=' as const,
              unit: null,
              qualitative: null,
            },
          }
        : indicator,
    ),
  }));
  return { ...targets, kind: 'monitoring', goals, monitoring: { period: { throughMonth: 6 } }, findings: [] };
}

describe.each(await listTestDialects())('chain findings on save on $dialect', ({ dialect, isAvailable }) => {
  let testApp: TestApp;
  const it = isAvailable ? test : test.skip;

  beforeAll(async () => {
    if (!isAvailable) return;
    testApp = await createTestApp({ dialect });
  });
  afterAll(async () => {
    await testApp?.close();
  });

  it('reports a monitoring table whose 指标值 differs from the approved target table, once however often it is saved', async () => {
    const approved = await createDocumentInState(testApp, { unitKey: 'police', state: 'approved' });
    const actor = toDemoActor(testApp.demo, 'police-filler');
    const { findings } = await storeReadDocument(testApp.deps, {
      actor,
      read: buildMonitoringFrom(approved.body),
      year: approved.year,
      action: 'upload',
      reason: null,
    });
    const chain = findings.filter((finding) => finding.code === 'target-differs-from-approved');
    expect(chain.map((finding) => finding.path)).toEqual(['goals.0.indicators.0.target']);
    const again = await analyseWithChain(testApp.deps, {
      organisationId: actor.organisationId,
      body: { ...buildMonitoringFrom(approved.body), findings },
    });
    expect(again.findings.filter((finding) => finding.code === 'target-differs-from-approved')).toHaveLength(
      1,
    );
  });

  it('says nothing while the year has no approved target table', async () => {
    const draft = await createDocumentInState(testApp, { unitKey: 'school', state: 'draft' });
    const actor = toDemoActor(testApp.demo, 'school-filler');
    const result = await analyseWithChain(testApp.deps, {
      organisationId: actor.organisationId,
      body: buildMonitoringFrom(draft.body),
    });
    expect(result.findings).toEqual([]);
  });

  it('reports an evaluation report whose 全年执行数 differs from the unit’s self-evaluation of the year', async () => {
    const selfEvaluation = await createDocumentInState(testApp, {
      unitKey: 'police',
      kind: 'self-evaluation',
      state: 'draft',
    });
    const actor = toDemoActor(testApp.demo, 'police-filler');
    expect(selfEvaluation.body.budget.executed).not.toBe('1');
    const report: PerformanceDocument = {
      ...selfEvaluation.body,
      kind: 'evaluation-report',
      goals: [],
      totals: {},
      budget: { executed: '1' },
      report: { sections: [], moneyLists: [] },
      findings: [],
    };
    const result = await analyseWithChain(testApp.deps, {
      organisationId: actor.organisationId,
      body: report,
    });
    const chain = result.findings.filter((finding) => finding.code === 'report-differs-from-self-evaluation');
    expect(chain.map((finding) => finding.path)).toEqual(['budget.executed']);
    const elsewhere = await analyseWithChain(testApp.deps, {
      organisationId: actor.organisationId,
      body: { ...report, year: selfEvaluation.year + 50 },
    });
    expect(
      elsewhere.findings.filter((finding) => finding.code === 'report-differs-from-self-evaluation'),
    ).toEqual([]);
  });
});
