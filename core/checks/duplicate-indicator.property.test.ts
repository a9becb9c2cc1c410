import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { createEmptyDocument, type Finding, type PerformanceDocument } from '../model.ts';
import { buildIndicator, numericValue } from '../scoring/testing.ts';
import { checkDuplicateIndicators } from './duplicate-indicator.ts';

/** The rule as first written (each name's earlier occurrences searched in order): the oracle. */
function findDuplicatesSlowly(
  document: PerformanceDocument,
): Array<Pick<Finding, 'path'> & { about: string }> {
  const results: Array<Pick<Finding, 'path'> & { about: string }> = [];
  const seen = new Map<string, Array<{ goalIndex: number; indicatorIndex: number; target: string }>>();
  document.goals.forEach((goal, goalIndex) =>
    goal.indicators.forEach((indicator, indicatorIndex) => {
      const name = indicator.name.replace(/\s+/g, '');
      if (name === '') return;
      const target = (indicator.target?.text ?? '').replace(/\s+/g, '');
      const earlier = seen.get(name) ?? [];
      const sameGoal = earlier.find((occurrence) => occurrence.goalIndex === goalIndex);
      const otherGoal = earlier.find((o) => o.goalIndex !== goalIndex && o.target === target);
      const path = `goals.${goalIndex}.indicators.${indicatorIndex}`;
      if (sameGoal) results.push({ path, about: `第${sameGoal.indicatorIndex + 1}个` });
      else if (otherGoal) results.push({ path, about: `“目标${otherGoal.goalIndex + 1}”` });
      earlier.push({ goalIndex, indicatorIndex, target });
      seen.set(name, earlier);
    }),
  );
  return results;
}

const indicatorArbitrary = fc
  .record({
    name: fc.constantFrom('巡逻次数', '巡逻 次数', '培训人次', '', ' '),
    target: fc.constantFrom('5', '6', '5 '),
  })
  .map(({ name, target }) => buildIndicator({ name, target: numericValue(target.trim(), { text: target }) }));

describe('duplicate-indicator on any document', () => {
  it('reports the same rows, against the same earlier copy, as searching every earlier occurrence', () => {
    fc.assert(
      fc.property(fc.array(fc.array(indicatorArbitrary, { maxLength: 6 }), { maxLength: 5 }), (goals) => {
        const document = {
          ...createEmptyDocument('target-table'),
          goals: goals.map((indicators, index) => ({ name: `目标${index + 1}`, indicators })),
        };
        const findings = checkDuplicateIndicators(document);
        const expected = findDuplicatesSlowly(document);
        expect(findings.map((finding) => finding.path)).toEqual(expected.map((result) => result.path));
        findings.forEach((finding, index) => expect(finding.message).toContain(expected[index]?.about));
      }),
      { numRuns: 300 },
    );
  });
});
