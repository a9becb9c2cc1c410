import { describe, expect, it } from 'vitest';
import { createEmptyDocument, type Goal } from '../model.ts';
import { buildIndicator, buildSample001, numericValue } from '../scoring/testing.ts';
import fc from 'fast-check';
import { checkDuplicateIndicators, findGoalOf } from './duplicate-indicator.ts';

function targetTable(goals: Goal[]) {
  return { ...createEmptyDocument('target-table'), goals };
}

const patrol = (target: string, line?: number) =>
  buildIndicator({
    name: '巡逻 次数',
    target: numericValue(target, { operator: '>=', unit: '次' }),
    ...(line ? { line } : {}),
  });

describe('duplicate-indicator', () => {
  it('stays silent on sample 001', () => {
    expect(checkDuplicateIndicators(buildSample001())).toEqual([]);
  });

  it('reports the same name twice in one goal, spaces aside, at the later row', () => {
    const document = targetTable([
      { name: '目标一', indicators: [patrol('12'), buildIndicator({ name: '巡逻次数', line: 40 })] },
    ]);
    const findings = checkDuplicateIndicators(document);
    expect(findings).toHaveLength(1);
    expect(findings[0]).toMatchObject({
      code: 'duplicate-indicator',
      path: 'goals.0.indicators.1',
      line: 40,
    });
    expect(findings[0]?.message).toBe(
      '“巡逻次数”在“目标一”中重复出现（第1个与第2个指标），请删除重复的指标或改为不同的指标',
    );
  });

  it('reports a copy in another goal with the same target, naming the goal', () => {
    const document = targetTable([
      { name: '目标一', indicators: [patrol('12')] },
      { name: '目标二', indicators: [patrol('12')] },
    ]);
    expect(checkDuplicateIndicators(document)[0]?.message).toBe(
      '“巡逻次数”与“目标一”中的同名指标指标值相同，疑似复制粘贴，请改为本目标自己的指标',
    );
  });

  it('accepts the same name in another goal with a different target', () => {
    const document = targetTable([
      { name: '目标一', indicators: [patrol('12')] },
      { name: '目标二', indicators: [patrol('24')] },
    ]);
    expect(checkDuplicateIndicators(document)).toEqual([]);
  });
});

describe('findGoalOf', () => {
  it.each([
    [[0, 3, 3, 5], 0, 0],
    [[0, 3, 3, 5], 2, 0],
    [[0, 3, 3, 5], 3, 2],
    [[0, 3, 3, 5], 4, 2],
    [[0, 3, 3, 5], 5, 3],
    [[0, 0, 2], 1, 1],
  ])('in goals starting at %j finds position %i in goal %i (empty goals skipped)', (starts, position, goal) => {
    expect(findGoalOf(starts, position)).toBe(goal);
  });

  it('finds the goal a linear walk over the goals finds', () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 0, max: 4 }), { minLength: 1, maxLength: 30 }), (sizes) => {
        const starts: number[] = [];
        const goalOfPosition: number[] = [];
        sizes.forEach((size, goal) => {
          starts.push(goalOfPosition.length);
          for (let index = 0; index < size; index++) goalOfPosition.push(goal);
        });
        goalOfPosition.forEach((goal, position) => expect(findGoalOf(starts, position)).toBe(goal));
      }),
    );
  });
});
