/**
 * unknown-level: a 一级 or 二级 that is not in the indicator tree's vocabulary (a typo such as
 * 产出指针, or a made-up level), which readers and scoring then cannot place. The vocabulary comes
 * from documents/vocabulary/levels.ts through the caller, so core keeps no second copy.
 */
import { measureNameSimilarity } from '../indicator-library/normalise-name.ts';
import type { Finding, PerformanceDocument } from '../model.ts';
import { compactText, createFinding, indicatorPath, quoteIndicator } from './finding.ts';
import type { LevelVocabulary } from './library-context.ts';

// "产出指标（50分）": the weight note is not part of the name (names are compacted first: no spaces).
const WEIGHT_NOTE = /[（(]\d+(?:\.\d+)?分?[)）]$/;

function closest(name: string, known: readonly string[]): string | null {
  let best: string | null = null;
  let bestSimilarity = 0.5;
  for (const candidate of known) {
    const similarity = measureNameSimilarity(name, candidate);
    if (similarity > bestSimilarity) [best, bestSimilarity] = [candidate, similarity];
  }
  return best;
}

/** One finding per distinct unknown level name (at its first indicator); blank levels are left alone. */
export function checkUnknownLevels(document: PerformanceDocument, levels: LevelVocabulary): Finding[] {
  const findings: Finding[] = [];
  const reported = new Set<string>();
  const sets = { level1: new Set(levels.level1), level2: new Set(levels.level2) };
  for (const [goalIndex, goal] of document.goals.entries()) {
    for (const [indicatorIndex, indicator] of goal.indicators.entries()) {
      for (const field of ['level1', 'level2'] as const) {
        const name = compactText(indicator[field]).replace(WEIGHT_NOTE, '');
        if (name === '' || sets[field].has(name) || reported.has(`${field}:${name}`)) continue;
        reported.add(`${field}:${name}`);
        const suggestion = closest(name, levels[field]);
        const label = field === 'level1' ? '一级指标' : '二级指标';
        findings.push(
          createFinding({
            severity: 'warning',
            code: 'unknown-level',
            path: `${indicatorPath(goalIndex, indicatorIndex)}.${field}`,
            line: indicator.line,
            message: `${quoteIndicator(indicator)}的${label}“${name}”不在指标体系中${suggestion ? `，是否应为“${suggestion}”` : ''}，请按规定的${label}名称填写`,
          }),
        );
      }
    }
  }
  return findings;
}
