/**
 * stringifyBody must write exactly JSON.stringify's text: for analysed documents (lazy rows and
 * findings, which have toJSON), for the next version sharing most rows with a body written before
 * (texts kept by row), and for bodies with values JSON.stringify leaves out or writes its own way.
 */
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { analyseDocument } from '../../core/analyse.ts';
import type { PerformanceDocument } from '../../core/model.ts';
import { documentArbitrary } from '../../test-support/document-arbitrary.ts';
import { stringifyBody } from './body-json.ts';

/** Loose JSON-like values, with what JSON.stringify treats specially. */
const oddValue = fc.oneof(
  fc.jsonValue(),
  fc.constantFrom(undefined, () => 1, Symbol('s'), new Date(0), new String('boxed'), Number.NaN, -0, [undefined, () => 1]),
  fc.dictionary(fc.string(), fc.jsonValue()),
);

describe('stringifyBody', () => {
  it('writes what JSON.stringify writes, for analysed documents and the next version sharing their rows', () => {
    fc.assert(
      fc.property(documentArbitrary, fc.array(fc.tuple(fc.nat(), fc.string()), { maxLength: 4 }), (document, edits) => {
        const analysed = analyseDocument(document);
        expect(stringifyBody(analysed)).toBe(JSON.stringify(analysed));
        // The next version: the same row objects except the edited ones, whose texts were kept above.
        const goals = analysed.goals.map((goal) => ({ ...goal, indicators: [...goal.indicators] }));
        const rows = goals.flatMap((goal, goalIndex) => goal.indicators.map((_, indicatorIndex) => [goalIndex, indicatorIndex] as const));
        for (const [at, name] of edits) {
          if (rows.length === 0) break;
          const [goalIndex, indicatorIndex] = rows[at % rows.length]!;
          const row = goals[goalIndex]!.indicators[indicatorIndex]!;
          goals[goalIndex]!.indicators[indicatorIndex] = { ...row, name };
        }
        const next: PerformanceDocument = { ...analysed, goals };
        expect(stringifyBody(next)).toBe(JSON.stringify(next));
        expect(stringifyBody(next)).toBe(JSON.stringify(next));
      }),
      { numRuns: 200 },
    );
  });

  it('writes what JSON.stringify writes for odd values at every level it walks', () => {
    fc.assert(
      fc.property(
        fc.dictionary(fc.string(), oddValue),
        fc.array(fc.oneof(fc.dictionary(fc.string(), oddValue), oddValue), { maxLength: 3 }),
        fc.array(fc.oneof(fc.dictionary(fc.string(), oddValue), oddValue), { maxLength: 3 }),
        oddValue,
        (extra, goalExtras, rows, goalsValue) => {
          const goals = goalExtras.map((goalExtra, index) =>
            index === 0 ? { name: '目标', indicators: rows } : isRecord(goalExtra) ? { ...goalExtra, indicators: rows } : goalExtra,
          );
          for (const body of [{ ...extra, goals }, { ...extra, goals: goalsValue }, { goals, ...extra }]) {
            expect(stringifyBody(body as unknown as PerformanceDocument)).toBe(JSON.stringify(body));
          }
        },
      ),
      { numRuns: 300 },
    );
  });

});

/** A plain record (a Date, a boxed string or an array stays as it is, a goal JSON.stringify writes its own way). */
function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && Object.getPrototypeOf(value) === Object.prototype;
}
