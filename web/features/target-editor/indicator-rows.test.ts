import { describe, expect, it } from 'vitest';
import { createEmptyDocument, type PerformanceDocument } from '../../../core/model.ts';
import {
  appendRow,
  copyRow,
  countIndicators,
  insertRowAfter,
  moveRow,
  readValueText,
  removeRow,
  updateIndicator,
} from './indicator-rows.ts';

function createDocument(names: string[]): PerformanceDocument {
  const document = createEmptyDocument('target-table');
  return {
    ...document,
    goals: [
      {
        name: '目标一',
        indicators: names.map((name) => ({ level1: '产出指标', level2: '数量指标', name, target: null })),
      },
    ],
  };
}

const namesOf = (document: PerformanceDocument) =>
  document.goals[0]!.indicators.map((indicator) => indicator.name);

describe('indicator row operations', () => {
  it.each([
    [
      'moves a row up',
      (d: PerformanceDocument) => moveRow(d, { goalIndex: 0, indicatorIndex: 1, offset: -1 }),
      ['b', 'a', 'c'],
    ],
    [
      'moves a row down',
      (d: PerformanceDocument) => moveRow(d, { goalIndex: 0, indicatorIndex: 1, offset: 1 }),
      ['a', 'c', 'b'],
    ],
    [
      'leaves the first row in place when moved up',
      (d: PerformanceDocument) => moveRow(d, { goalIndex: 0, indicatorIndex: 0, offset: -1 }),
      ['a', 'b', 'c'],
    ],
    [
      'leaves the last row in place when moved down',
      (d: PerformanceDocument) => moveRow(d, { goalIndex: 0, indicatorIndex: 2, offset: 1 }),
      ['a', 'b', 'c'],
    ],
    [
      'copies a row below itself',
      (d: PerformanceDocument) => copyRow(d, { goalIndex: 0, indicatorIndex: 0 }),
      ['a', 'a', 'b', 'c'],
    ],
    [
      'removes a row',
      (d: PerformanceDocument) => removeRow(d, { goalIndex: 0, indicatorIndex: 1 }),
      ['a', 'c'],
    ],
    [
      'inserts a blank row after a row',
      (d: PerformanceDocument) => insertRowAfter(d, { goalIndex: 0, indicatorIndex: 0 }),
      ['a', '', 'b', 'c'],
    ],
    ['appends a blank row at the end', (d: PerformanceDocument) => appendRow(d, 0), ['a', 'b', 'c', '']],
  ])('%s', (_, operation, expected) => {
    const document = createDocument(['a', 'b', 'c']);
    const result = operation(document);
    expect(namesOf(result)).toEqual(expected);
    expect(countIndicators(result)).toBe(expected.length);
    expect(namesOf(document)).toEqual(['a', 'b', 'c']);
  });

  it('keeps the typed text of a value while showing what the parser understood', () => {
    const value = readValueText('不少于 90 %', '破案率');
    expect(value).toMatchObject({
      text: '不少于 90 %',
      operator: '>=',
      value: '90',
      unit: '%',
      direction: 'higher-better',
    });
  });

  it('clears the value when the text is emptied', () => {
    expect(readValueText('  ', '破案率')).toBeNull();
  });

  it('changes one indicator and leaves the others as they were', () => {
    const document = createDocument(['a', 'b']);
    const result = updateIndicator(document, { goalIndex: 0, indicatorIndex: 1, change: { name: 'x' } });
    expect(namesOf(result)).toEqual(['a', 'x']);
    expect(result.goals[0]!.indicators[0]).toBe(document.goals[0]!.indicators[0]);
  });
});
