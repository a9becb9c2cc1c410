/**
 * analyseDocument keeps the one-indicator findings as columns and makes its findings and scored
 * indicators when read (issue 14 item 7). For random documents its result must serialise to the
 * very JSON the plain path gives — scoreDocument, then every check in checkDocument's order, each
 * evaluating the rows itself and building its findings as objects — under every rule pack.
 */
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { analyseDocument, checkCodes, countFindingsBySeverity } from './analyse.ts';
import type { Finding, PerformanceDocument } from './model.ts';
import { defaultScoringPolicy, scoreDocument, type ScoringPolicy } from './scoring/index.ts';
import { withPlainFindings } from './checks/indicator-finding.ts';
import {
  checkBudgetSums,
  checkDeviationDegree,
  checkDuplicateIndicators,
  checkEnteredScores,
  checkMissingDeviation,
  checkMissingMonitoringReason,
  checkMissingSatisfaction,
  checkScoreSums,
  checkStatedCounts,
  checkStatedRates,
  checkTargetValues,
  checkWeightSums,
} from './checks/index.ts';
import { analyseWithPack, policiesOfPack, rulePacks } from './rule-packs/index.ts';
import { lazyGetterOf } from './lazy-property.ts';
import { documentArbitrary } from '../test-support/document-arbitrary.ts';

/** The document as analyseDocument gave it before the columns: everything made at once. */
function analysePlainly(document: PerformanceDocument, policy: ScoringPolicy): PerformanceDocument {
  const scored = scoreDocument(document, policy);
  const ownCodes = new Set<string>(checkCodes);
  const findings: Finding[] = [
    ...document.findings.filter((finding) => !ownCodes.has(finding.code)),
    ...checkBudgetSums(scored),
    ...checkWeightSums(scored, policy),
    ...checkScoreSums(scored),
    ...checkEnteredScores(scored, policy),
    ...checkTargetValues(scored),
    ...checkMissingDeviation(scored, policy),
    ...checkDeviationDegree(scored, policy),
    ...checkDuplicateIndicators(scored),
    ...checkMissingSatisfaction(scored),
    ...checkStatedRates(scored),
    ...checkStatedCounts(scored),
    ...checkMissingMonitoringReason(scored),
  ];
  return { ...scored, findings };
}

const packs = rulePacks;

describe('analyseDocument with findings kept as columns', () => {
  it('serialises to the JSON of the plain analysis, finding for finding, under every rule pack', () => {
    fc.assert(
      fc.property(documentArbitrary, fc.nat(packs.length - 1), (document, packIndex) => {
        const { scoring } = policiesOfPack(packs[packIndex]!);
        expect(JSON.stringify(analyseDocument(document, scoring))).toBe(JSON.stringify(analysePlainly(document, scoring)));
      }),
      { numRuns: 300 },
    );
  });

  it('reaches a worker thread’s caller whole: made plain and cloned, as postMessage sends it', () => {
    fc.assert(
      fc.property(documentArbitrary, (document) => {
        const cloned = structuredClone(withPlainFindings(analyseDocument(document)));
        expect(JSON.stringify(cloned)).toBe(JSON.stringify(analysePlainly(document, defaultScoringPolicy)));
      }),
      { numRuns: 60 },
    );
  });

  it('counts findings by severity without making them, and as many as it makes', () => {
    fc.assert(
      fc.property(documentArbitrary, (document) => {
        const analysed = analyseDocument(document);
        const counts = countFindingsBySeverity(analysed);
        expect(lazyGetterOf(analysed, 'findings')).toBeDefined();
        const expected = { error: 0, warning: 0, info: 0 };
        for (const finding of analysed.findings) expected[finding.severity]++;
        expect(counts).toEqual(expected);
        expect(lazyGetterOf(analysed, 'findings')).toBeUndefined();
        expect(countFindingsBySeverity(analysed)).toEqual(expected);
      }),
      { numRuns: 100 },
    );
  });

  it('makes one goal’s scored indicators when that goal is read, and leaves the others unmade', () => {
    const document = fc.sample(documentArbitrary.filter((sample) => sample.goals.length >= 2), { seed: 7, numRuns: 1 })[0]!;
    const analysed = analyseDocument(document);
    expect(analysed.goals[0]!.indicators).toEqual(scoreDocument(document).goals[0]!.indicators);
    expect(lazyGetterOf(analysed.goals[0]!, 'indicators')).toBeUndefined();
    expect(lazyGetterOf(analysed.goals[1]!, 'indicators')).toBeDefined();
  });

  it('keeps the findings unmade through analyseWithPack, which adds the pack after them', () => {
    const document = fc.sample(documentArbitrary, { seed: 11, numRuns: 1 })[0]!;
    const pack = packs[0]!;
    const analysed = analyseWithPack(document, pack);
    expect(lazyGetterOf(analysed, 'findings')).toBeDefined();
    const plain = { ...analysePlainly(document, policiesOfPack(pack).scoring), rulePack: analysed.rulePack };
    expect(JSON.stringify(analysed)).toBe(JSON.stringify(plain));
  });
});
