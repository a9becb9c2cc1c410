import { describe, expect, it } from 'vitest';
import { createEmptyDocument, type Indicator, type PerformanceDocument } from '../../../core/model.ts';
import { mergeIntoServer } from './merge-changes.ts';

const indicator = (name: string, target: string | null = null): Indicator => ({
  level1: '产出指标',
  level2: '数量指标',
  name,
  target:
    target === null
      ? null
      : {
          text: target,
          operator: null,
          value: null,
          unit: null,
          direction: 'qualitative',
          change: null,
          qualitative: target,
        },
});

function createDocument(indicators: Indicator[], functions = '职能'): PerformanceDocument {
  return { ...createEmptyDocument('target-table'), functions, goals: [{ name: '目标一', indicators }] };
}

describe('mergeIntoServer', () => {
  it('keeps the server’s edit and mine when they touch different fields', () => {
    const base = createDocument([indicator('a', '甲'), indicator('b', '乙')]);
    const server = createDocument([indicator('a', '服务器'), indicator('b', '乙')]);
    const mine = createDocument([indicator('a', '甲'), indicator('b', '我的')]);
    const merged = mergeIntoServer({ base, mine, server });
    expect(merged.goals[0]!.indicators.map((item) => item.target?.text)).toEqual(['服务器', '我的']);
  });

  it('takes my value where both changed the same field', () => {
    const base = createDocument([indicator('a')], '原');
    const merged = mergeIntoServer({
      base,
      mine: createDocument([indicator('a')], '我的'),
      server: createDocument([indicator('a')], '服务器'),
    });
    expect(merged.functions).toBe('我的');
  });

  it('adds the rows I added and removes the rows I removed', () => {
    const base = createDocument([indicator('a'), indicator('b')]);
    const server = createDocument([indicator('a'), indicator('b')], '服务器');
    const added = mergeIntoServer({
      base,
      mine: createDocument([indicator('a'), indicator('b'), indicator('c')]),
      server,
    });
    expect(added.goals[0]!.indicators.map((item) => item.name)).toEqual(['a', 'b', 'c']);
    expect(added.functions).toBe('服务器');
    const removed = mergeIntoServer({ base, mine: createDocument([indicator('a')]), server });
    expect(removed.goals[0]!.indicators.map((item) => item.name)).toEqual(['a']);
  });

  it('does not change the documents it is given', () => {
    const base = createDocument([indicator('a')]);
    const server = createDocument([indicator('a')], '服务器');
    mergeIntoServer({ base, mine: createDocument([indicator('x')]), server });
    expect(server.goals[0]!.indicators[0]!.name).toBe('a');
  });
});
