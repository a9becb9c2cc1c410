/**
 * 一级/二级 merged over the rows that share them, as the official 绩效目标表 prints them: for each
 * row, how many rows its 一级 (and 二级) cell spans, 0 when a cell above covers it. A 二级 group
 * never crosses a 一级 boundary.
 */
import type { Indicator } from '../../../core/model.ts';

export interface LevelSpans {
  level1: number[];
  level2: number[];
}

export function computeLevelSpans(indicators: readonly Pick<Indicator, 'level1' | 'level2'>[]): LevelSpans {
  const level1 = spansOf(indicators, (a, b) => a.level1 === b.level1);
  const level2 = spansOf(indicators, (a, b) => a.level1 === b.level1 && a.level2 === b.level2);
  return { level1, level2 };
}

function spansOf<T>(rows: readonly T[], isSameGroup: (a: T, b: T) => boolean): number[] {
  const spans = rows.map(() => 0);
  let start = 0;
  for (let index = 1; index <= rows.length; index += 1) {
    if (index < rows.length && isSameGroup(rows[start]!, rows[index]!)) continue;
    spans[start] = index - start;
    start = index;
  }
  return spans;
}
