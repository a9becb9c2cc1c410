/** Scores and checks a document without saving it (the web app's live preview while editing), in a worker thread. */
import type { ScorePreview } from '../../../contract/document-edits.ts';
import type { PerformanceDocument } from '../../../core/model.ts';
import { eachIndicator } from '../../../core/model.ts';
import type { ServiceDeps } from '../deps.ts';

export async function previewScore(deps: Pick<ServiceDeps, 'heavyWork'>, input: { body: PerformanceDocument }): Promise<ScorePreview> {
  // Findings the client sends are not echoed (issue 9 item 9): the answer holds the rules' own only.
  const analysed = await deps.heavyWork.analyse({ ...input.body, findings: [] });
  return {
    totals: analysed.totals,
    budget: analysed.budget,
    indicators: [...eachIndicator(analysed)].map(({ indicator, path }) => ({
      path,
      name: indicator.name,
      score: indicator.score ?? null,
      suggestedScore: indicator.suggestedScore ?? null,
    })),
    findings: analysed.findings,
  };
}
