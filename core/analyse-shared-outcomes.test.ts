/**
 * analyseDocument evaluates each indicator once and shares the outcomes between scoring and the
 * checks (issue 14 item 7). The result must be the very document the checks give when each of
 * them evaluates the rows itself: same scores, same findings in the same order.
 */
import { describe, expect, it } from 'vitest';
import { buildBenchDocument } from '../bench/scoring.bench.ts';
import { analyseDocument } from './analyse.ts';
import { checkDocument } from './checks/index.ts';
import { defaultScoringPolicy, scoreDocument } from './scoring/index.ts';

describe('analyseDocument with shared rule outcomes', () => {
  it('gives the same scored document and findings as scoring and checking separately', () => {
    // 3,000 varied rows of the scoring benchmark: every rule, band, unit mismatch and missing value.
    const document = buildBenchDocument(3_000);
    const analysed = analyseDocument(document);
    const scored = scoreDocument(document, defaultScoringPolicy);
    const expected = { ...scored, findings: checkDocument(scored, defaultScoringPolicy) };
    expect(analysed.findings.length).toBeGreaterThan(1_000);
    expect(new Set(analysed.findings.map((finding) => finding.code)).size).toBeGreaterThan(5);
    expect(analysed).toEqual(expected);
  });
});
