import { describe, expect, it } from 'vitest';
import { computeLevelSpans } from './level-spans.ts';

const rows = (...pairs: Array<[string, string]>) => pairs.map(([level1, level2]) => ({ level1, level2 }));

describe('computeLevelSpans', () => {
  it('merges runs of the same 一级 and, inside them, of the same 二级', () => {
    expect(
      computeLevelSpans(
        rows(['产出指标', '数量指标'], ['产出指标', '数量指标'], ['产出指标', '质量指标'], ['效益指标', '社会效益指标'], ['效益指标', '社会效益指标']),
      ),
    ).toEqual({ level1: [3, 0, 0, 2, 0], level2: [2, 0, 1, 2, 0] });
  });

  it('does not merge a 二级 across a 一级 boundary', () => {
    expect(computeLevelSpans(rows(['产出指标', '成本指标'], ['成本指标', '成本指标']))).toEqual({
      level1: [1, 1],
      level2: [1, 1],
    });
  });

  it('does not merge the same 一级 when another comes between', () => {
    expect(computeLevelSpans(rows(['产出指标', 'a'], ['效益指标', 'a'], ['产出指标', 'a'])).level1).toEqual([1, 1, 1]);
  });

  it('gives nothing for no rows', () => {
    expect(computeLevelSpans([])).toEqual({ level1: [], level2: [] });
  });
});
