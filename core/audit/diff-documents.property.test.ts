/**
 * diffDocuments walks without building paths (issue 14 item 3); this checks it gives exactly what
 * the plain walk gives (the earlier implementation, kept here as the reference): the same changes,
 * paths and order, for random JSON, edited documents and ignored paths.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { analyseDocument } from '../analyse.ts';
import { documentArbitrary } from '../../test-support/document-arbitrary.ts';
import { derivedDocumentFields, diffDocuments, type FieldChange } from './diff-documents.ts';

function referenceDiff(before: unknown, after: unknown, ignore: readonly string[] = derivedDocumentFields): FieldChange[] {
  const changes: FieldChange[] = [];
  const ignored = new Set(ignore);
  const join = (path: string, key: string) => (path === '' ? key : `${path}.${key}`);
  const walk = (rawBefore: unknown, rawAfter: unknown, path: string): void => {
    if (rawBefore === rawAfter) return;
    const left = rawBefore === undefined ? null : rawBefore;
    const right = rawAfter === undefined ? null : rawAfter;
    if (Array.isArray(left) && Array.isArray(right)) {
      for (let index = 0; index < Math.max(left.length, right.length); index += 1) walk(left[index], right[index], join(path, String(index)));
      return;
    }
    const isObject = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value);
    if (isObject(left) && isObject(right)) {
      const keys = Object.keys(left);
      for (const key of Object.keys(right)) if (!keys.includes(key)) keys.push(key);
      for (const key of keys) if (!ignored.has(join(path, key))) walk(left[key], right[key], join(path, key));
      return;
    }
    const isLeafSame = !(typeof left === 'object' && left !== null) && !(typeof right === 'object' && right !== null) && Object.is(left, right);
    if (!isLeafSame) changes.push({ path, before: left, after: right });
  };
  walk(before, after, '');
  return changes;
}

/** Keys that make paths collide with ignored ones ("a.b" as one key, empty keys, digits). */
const key = fc.constantFrom('a', 'b', 'a.b', '', '0', '1', 'findings', 'goals', 'x.y.z');
const value = fc.letrec((tie) => ({
  node: fc.oneof(
    { depthSize: 'small' },
    fc.constantFrom(null, undefined, 0, -0, 1, Number.NaN, '', 'a', true, false),
    fc.array(tie('node'), { maxLength: 4 }),
    fc.dictionary(key, tie('node'), { maxKeys: 4 }),
  ),
})).node;
const ignore = fc.array(fc.constantFrom('a', 'a.b', 'b.a', '0', 'findings', '', 'x.y.z', 'goals.0'), { maxLength: 3 });

describe('diffDocuments without paths built while walking', () => {
  it('equals the plain walk on random values and ignored paths', () => {
    fc.assert(
      fc.property(value, value, ignore, (before, after, ignored) => {
        expect(diffDocuments(before, after, { ignore: ignored })).toEqual(referenceDiff(before, after, ignored));
      }),
      { numRuns: 3000 },
    );
  });

  it('equals the plain walk between a document and an edited, rescored copy', () => {
    const edit = fc.record({ goal: fc.nat(), indicator: fc.nat(), text: fc.constantFrom('≥90%', '有效提升', ''), weight: fc.constantFrom(null, '5', '20') });
    fc.assert(
      fc.property(documentArbitrary, edit, (document, change) => {
        const before = analyseDocument(document);
        const goal = before.goals[change.goal % Math.max(1, before.goals.length)];
        const at = goal ? change.indicator % Math.max(1, goal.indicators.length) : 0;
        const after = analyseDocument({
          ...before,
          goals: before.goals.map((each) =>
            each === goal
              ? { ...each, indicators: each.indicators.map((row, index) => (index === at ? { ...row, name: `${row.name}改`, weight: change.weight, target: row.target && { ...row.target, text: change.text } } : row)) }
              : each,
          ),
        });
        expect(diffDocuments(before, after)).toEqual(referenceDiff(before, after));
      }),
      { numRuns: 200 },
    );
  });

  it('gives a save of one indicator the whole-document diff, though unchanged rows come back as the stored objects', () => {
    const edit = fc.record({ goal: fc.nat(), indicator: fc.nat(), text: fc.constantFrom('≥90%', '有效提升', ''), score: fc.constantFrom(null, '0', '3') });
    fc.assert(
      fc.property(documentArbitrary, edit, (document, change) => {
        // The stored body is the previous save's analysis; the edit replaces one of its rows, as saveIndicator does.
        const stored = analyseDocument(document);
        const goalIndex = change.goal % Math.max(1, stored.goals.length);
        const goal = stored.goals[goalIndex];
        if (!goal || goal.indicators.length === 0) return;
        const at = change.indicator % goal.indicators.length;
        const row = goal.indicators[at]!;
        const edited = {
          ...stored,
          goals: stored.goals.map((each, index) =>
            index === goalIndex ? { ...each, indicators: each.indicators.map((indicator, place) => (place === at ? { ...row, score: change.score, target: row.target && { ...row.target, text: change.text } } : indicator)) } : each,
          ),
        };
        const changes = diffDocuments(stored, analyseDocument(edited));
        // The same edit scored from scratch: copies that share no object, without the suggested
        // scores the previous analysis left, so the diff walks every field of both documents.
        const copy = structuredClone(edited);
        for (const each of copy.goals) each.indicators = each.indicators.map(({ suggestedScore: _dropped, ...indicator }) => indicator);
        expect(changes).toEqual(diffDocuments(structuredClone(stored), analyseDocument(copy)));
        const editedRow = `goals.${goalIndex}.indicators.${at}.`;
        for (const { path } of changes) expect(path.startsWith(editedRow) || path.startsWith('totals')).toBe(true);
      }),
      { numRuns: 200 },
    );
  });
});
