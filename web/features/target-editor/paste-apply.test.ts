import { describe, expect, it } from 'vitest';
import { createEmptyDocument, type Indicator, type PerformanceDocument } from '../../../core/model.ts';
import { applyPaste, countPaste, proposePasteMode } from './paste-apply.ts';

const row = (name: string, target = ''): Indicator => ({
  level1: '产出指标',
  level2: '数量指标',
  name,
  target: target ? { text: target, operator: null, value: null, unit: null, direction: 'higher-better', change: null, qualitative: null } : null,
  weight: '5',
});

function documentWith(indicators: Indicator[]): PerformanceDocument {
  return { ...createEmptyDocument('target-table'), goals: [{ name: '目标一', indicators }, { name: '目标二', indicators: [row('别的')] }] };
}

const names = (document: PerformanceDocument) => document.goals[0]!.indicators.map((indicator) => indicator.name);

describe('applyPaste', () => {
  it('replaces from the cursor row down and appends what does not fit', () => {
    const document = documentWith([row('甲'), row('乙'), row('丙')]);
    const pasted = applyPaste(document, {
      address: { goalIndex: 0, indicatorIndex: 1 },
      rows: [{ name: '一' }, { name: '二' }, { name: '三' }],
      mode: 'replace',
    });
    expect(names(pasted)).toEqual(['甲', '一', '二', '三']);
    expect(pasted.goals[1]).toBe(document.goals[1]);
  });

  it('keeps fields the block has no column for on replaced rows', () => {
    const pasted = applyPaste(documentWith([row('甲', '≥1次')]), {
      address: { goalIndex: 0, indicatorIndex: 0 },
      rows: [{ name: '乙' }],
      mode: 'replace',
    });
    expect(pasted.goals[0]!.indicators[0]).toMatchObject({ name: '乙', weight: '5', target: { text: '≥1次' } });
  });

  it('inserts below the cursor row, new rows continuing its 一级/二级', () => {
    const pasted = applyPaste(documentWith([row('甲'), row('乙')]), {
      address: { goalIndex: 0, indicatorIndex: 0 },
      rows: [{ name: '一', valueText: '≥95%' }],
      mode: 'insert',
    });
    expect(names(pasted)).toEqual(['甲', '一', '乙']);
    expect(pasted.goals[0]!.indicators[1]).toMatchObject({
      level1: '产出指标',
      level2: '数量指标',
      target: { text: '≥95%', operator: '>=', value: '95', unit: '%' },
    });
  });

  it('appends when the row index is past the end', () => {
    const pasted = applyPaste(documentWith([row('甲')]), {
      address: { goalIndex: 0, indicatorIndex: 1 },
      rows: [{ name: '一' }],
      mode: 'replace',
    });
    expect(names(pasted)).toEqual(['甲', '一']);
  });

  it('an empty 指标值 cell clears the value', () => {
    const pasted = applyPaste(documentWith([row('甲', '≥1次')]), {
      address: { goalIndex: 0, indicatorIndex: 0 },
      rows: [{ valueText: '' }],
      mode: 'replace',
    });
    expect(pasted.goals[0]!.indicators[0]!.target).toBeNull();
  });
});

describe('countPaste', () => {
  const cases: Array<[string, Parameters<typeof countPaste>[0], ReturnType<typeof countPaste>]> = [
    ['replace inside the goal', { indicatorCount: 5, start: 1, rows: 3, mode: 'replace' }, { added: 0, replaced: 3 }],
    ['replace over the end', { indicatorCount: 2, start: 1, rows: 3, mode: 'replace' }, { added: 2, replaced: 1 }],
    ['replace after the last row', { indicatorCount: 2, start: 2, rows: 3, mode: 'replace' }, { added: 3, replaced: 0 }],
    ['insert', { indicatorCount: 5, start: 1, rows: 3, mode: 'insert' }, { added: 3, replaced: 0 }],
  ];
  for (const [name, input, expected] of cases) {
    it(name, () => expect(countPaste(input)).toEqual(expected));
  }
});

describe('proposePasteMode', () => {
  it('replaces a blank row and inserts below a filled one', () => {
    expect(proposePasteMode(row(''))).toBe('replace');
    expect(proposePasteMode(undefined)).toBe('replace');
    expect(proposePasteMode(row('甲'))).toBe('insert');
    expect(proposePasteMode(row('', '≥1次'))).toBe('insert');
  });
});
