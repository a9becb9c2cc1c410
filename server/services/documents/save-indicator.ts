/**
 * Saves one edited indicator of a draft (the web app's autosave): the same locking, rescoring and
 * audit as saving the whole draft (store-edited-body.ts), without sending the whole document
 * either way. The answer carries what an edit of one indicator changes: the rescored indicator,
 * the totals, the findings and the new version.
 */
import type { SavedIndicator as SavedIndicatorView } from '../../../contract/document-edits.ts';
import type { Indicator, PerformanceDocument } from '../../../core/model.ts';
import type { Actor } from '../actor.ts';
import type { ServiceDeps } from '../deps.ts';
import { createInvalidInputError } from './document-errors.ts';
import { toDocumentSummaryView } from './document-view.ts';
import { loadDocumentForSave } from './load-document.ts';
import { storeEditedBody } from './store-edited-body.ts';

/** Same dotted form as findings and the audit trail: goals.<goal>.indicators.<indicator>. */
const indicatorPathPattern = /^goals\.(\d{1,4})\.indicators\.(\d{1,4})$/;

export async function saveIndicator(
  deps: ServiceDeps,
  input: { actor: Actor; id: string; expectedVersion: number; path: string; indicator: Indicator },
): Promise<SavedIndicatorView> {
  const match = indicatorPathPattern.exec(input.path);
  if (!match)
    throw createInvalidInputError(
      'indicator-path-invalid',
      '指标路径应为 goals.<目标序号>.indicators.<指标序号>。',
    );
  const goalIndex = Number(match[1]);
  const indicatorIndex = Number(match[2]);
  const { stored, year } = await loadDocumentForSave(deps.repositories, { actor: input.actor, id: input.id });
  const goal = stored.body.goals[goalIndex];
  if (!goal || indicatorIndex >= goal.indicators.length) {
    throw createInvalidInputError('indicator-not-found', `文档中没有指标 ${input.path}；请刷新后重试。`);
  }
  // Unchanged goals and indicators are the stored objects, so the audit diff skips them at once.
  const body: PerformanceDocument = {
    ...stored.body,
    goals: stored.body.goals.map((each, index) =>
      index === goalIndex
        ? {
            ...each,
            indicators: each.indicators.map((indicator, at) =>
              at === indicatorIndex ? input.indicator : indicator,
            ),
          }
        : each,
    ),
  };
  const saved = await storeEditedBody(deps, {
    actor: input.actor,
    stored,
    ...(year ? { year } : {}),
    expectedVersion: input.expectedVersion,
    body,
  });
  const savedIndicator = saved.body.goals[goalIndex]?.indicators[indicatorIndex] ?? input.indicator;
  return {
    ...toDocumentSummaryView(saved),
    path: input.path,
    indicator: savedIndicator,
    totals: saved.body.totals,
    findings: saved.body.findings,
  };
}
