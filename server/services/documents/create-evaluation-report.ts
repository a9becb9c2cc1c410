/**
 * Issue 3: the evaluation report is "drafted from the data, edited, submitted with the
 * self-evaluation". The draft takes the sections of sample 003 and fills what the unit's
 * self-evaluation of the same year already says (functions, goal, results, score and grade,
 * execution, every indicator not met with its deviation reason) and the budget of the year's
 * target table. The unit edits the rest before submitting.
 */
import { packForDocument } from '../rule-packs/pack-for-year.ts';
import type { Actor } from '../actor.ts';
import type { ServiceDeps } from '../deps.ts';
import { ServiceError } from '../service-error.ts';
import { toDocumentView, type DocumentView } from './document-view.ts';
import { insertDraft } from './insert-draft.ts';
import { ensureMayCreate } from './ensure-may-create.ts';

export async function createEvaluationReport(
  deps: ServiceDeps,
  input: { actor: Actor; year: number; project?: string | null },
): Promise<DocumentView> {
  const { actor } = input;
  ensureMayCreate(actor, 'evaluation-report');
  const [selfEvaluation] = await deps.repositories.documents.listRevisions({
    organisationId: actor.organisationId,
    year: input.year,
    kind: 'self-evaluation',
    project: input.project ?? null,
  });
  if (!selfEvaluation) {
    throw new ServiceError({
      code: 'no-self-evaluation',
      message: `${input.year} 年度还没有自评表，请先填写自评表，再生成评价报告。`,
      httpStatus: 409,
    });
  }
  // The budget the unit asked for comes from the year's target table: the approved revision
  // when there is one, else the newest.
  const targetRevisions = await deps.repositories.documents.listRevisions({
    organisationId: actor.organisationId,
    year: input.year,
    kind: 'target-table',
    project: input.project ?? null,
  });
  const targetTable =
    targetRevisions.find((revision) => approvedStates.includes(revision.state)) ?? targetRevisions[0] ?? null;
  // Scoring the self-evaluation, drafting and checking the draft run in a worker thread (deps.heavyWork),
  // under the year's rule pack (issue 12).
  const pack = await packForDocument(deps.repositories, {
    year: input.year,
    organisationId: actor.organisationId,
  });
  const body = await deps.heavyWork.draftReport({
    selfEvaluation: selfEvaluation.body,
    targetTable: targetTable?.body ?? null,
    packName: pack.name,
  });
  const stored = await insertDraft(deps, {
    actor,
    body,
    action: 'create-from-self-evaluation',
    reason: '由本年度自评表生成',
  });
  return toDocumentView(stored, actor);
}

const approvedStates = ['approved', 'published'];
