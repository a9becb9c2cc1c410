/** Scores and checks a document without saving it (the web app's live preview while editing), in a worker thread. */
import type { ScorePreview } from '../../../contract/document-edits.ts';
import type { PerformanceDocument } from '../../../core/model.ts';
import { eachIndicator } from '../../../core/model.ts';
import type { ServiceDeps } from '../deps.ts';
import { analyseForYear } from '../rule-packs/pack-for-year.ts';

/** The preview scores by the pack of the body's fiscal year and the editing unit's region, as saving it would (issue 12). */
export async function previewScore(
  deps: Pick<ServiceDeps, 'heavyWork' | 'repositories'>,
  input: { body: PerformanceDocument; organisationId?: string | null },
): Promise<ScorePreview> {
  // Findings the client sends are not echoed (issue 9 item 9): the answer holds the rules' own only.
  const analysed = await analyseForYear(
    deps,
    { ...input.body, findings: [] },
    input.body.year,
    input.organisationId ?? null,
  );
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
