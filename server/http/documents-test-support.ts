/**
 * Helpers for the document route tests: documents created and moved through the real use cases
 * as demo users, and signed-in request helpers. Test-only.
 */
import { analyseForYearInThread } from '../services/rule-packs/pack-for-year.ts';
import type { DocumentKind, PerformanceDocument } from '../../core/model.ts';
import type { ReviewState, TransitionAction } from '../../core/review/index.ts';
import { createDemoEvaluationReport } from '../demo/documents/evaluation-report.ts';
import { createDemoSelfEvaluation } from '../demo/documents/self-evaluation.ts';
import { createDemoTargetTable } from '../demo/documents/target-table.ts';
import { toDemoActor } from '../demo/documents/index.ts';
import type { StoredDocument } from '../db/documents.repository.ts';
import { transitionDocument } from '../services/documents/transition-document.ts';
import { insertDraft } from '../services/documents/insert-draft.ts';
import type { SignedIn, TestApp } from '../test-support/create-test-app.ts';

/** Each created document gets its own year, so identities (unit, year, kind, project) never clash. */
let nextYear = 2040;

export function buildDemoBody(kind: DocumentKind, unit: string, year: number): PerformanceDocument {
  switch (kind) {
    case 'target-table':
      return createDemoTargetTable({ unit, year });
    case 'approval-table':
      return { ...createDemoTargetTable({ unit, year }), kind: 'approval-table' };
    case 'self-evaluation':
      return createDemoSelfEvaluation({ unit, year });
    case 'evaluation-report':
      return createDemoEvaluationReport({ unit, year });
    case 'monitoring':
      return { ...createDemoTargetTable({ unit, year }), kind: 'monitoring', monitoring: { period: { throughMonth: 6 } } };
  }
}

/** Who takes each step for a unit under 政法委 (police, justice) or 教体局 (school, primary). */
function stepUser(unitKey: string, action: TransitionAction): string {
  if (action === 'submit' || action === 'revise') return `${unitKey}-leader`;
  if (action === 'supervisor-approve') return supervisorUsername(unitKey);
  return 'finance';
}

/** The steps from draft to each state, for either flow. */
export function listStepsTo(kind: DocumentKind, state: ReviewState): TransitionAction[] {
  const isTargets = kind === 'target-table' || kind === 'approval-table';
  const paths: Record<ReviewState, TransitionAction[]> = {
    draft: [],
    submitted: ['submit'],
    returned: ['submit', 'return'],
    'supervisor-reviewed': ['submit', 'supervisor-approve'],
    approved: isTargets ? ['submit', 'supervisor-approve', 'finance-approve'] : [],
    'finance-reviewed': isTargets ? [] : ['submit', 'supervisor-approve', 'finance-approve'],
    published: ['submit', 'supervisor-approve', 'finance-approve', 'publish'],
  };
  return paths[state];
}

/** A document of a demo unit brought to `state` through the real use cases. */
export async function createDocumentInState(
  testApp: TestApp,
  options: { unitKey: string; kind?: DocumentKind; state?: ReviewState; body?: PerformanceDocument; year?: number },
): Promise<StoredDocument> {
  const kind = options.kind ?? 'target-table';
  const filler = toDemoActor(testApp.demo, `${options.unitKey}-filler`);
  const year = options.year ?? nextYear++;
  const body = options.body ?? buildDemoBody(kind, filler.organisationName, year);
  const stored = await insertDraft(testApp.deps, { actor: filler, body: await analyseForYearInThread(testApp.deps.repositories, { ...body, year }), action: 'create', reason: null });
  for (const action of listStepsTo(kind, options.state ?? 'draft')) {
    const username = action === 'return' ? supervisorUsername(options.unitKey) : stepUser(options.unitKey, action);
    await transitionDocument(testApp.deps, {
      actor: toDemoActor(testApp.demo, username),
      id: stored.id,
      action,
      reason: action === 'return' ? '请补充' : null,
    });
  }
  return (await testApp.deps.repositories.documents.getById(stored.id))!;
}

export function supervisorUsername(unitKey: string): string {
  return unitKey === 'school' || unitKey === 'primary' ? 'education-reviewer' : 'politics-reviewer';
}

/** Signs in once per user and reuses the session. */
export function createSessionCache(testApp: TestApp) {
  const sessions = new Map<string, Promise<SignedIn>>();
  return (username: string): Promise<SignedIn> => {
    let session = sessions.get(username);
    if (!session) {
      session = testApp.signIn(username);
      sessions.set(username, session);
    }
    return session;
  };
}
