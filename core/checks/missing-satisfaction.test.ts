import { describe, expect, it } from 'vitest';
import { createEmptyDocument } from '../model.ts';
import { buildIndicator, buildSample001 } from '../scoring/testing.ts';
import { checkMissingSatisfaction } from './missing-satisfaction.ts';

describe('missing-satisfaction', () => {
  it('stays silent on sample 001, which has 满意度指标', () => {
    expect(checkMissingSatisfaction(buildSample001())).toEqual([]);
  });

  it('reports each goal with indicators but none for 满意度, and skips empty goals', () => {
    const document = {
      ...createEmptyDocument('target-table'),
      goals: [
        { name: '目标一', indicators: [buildIndicator({ name: 'a' })] },
        {
          name: '目标二',
          indicators: [
            buildIndicator({ name: 'b', level1: '满意度指标', level2: '社会公众或服务对象满意度' }),
          ],
        },
        { name: '目标三', indicators: [] },
        {
          name: '职能4: 安保执勤',
          indicators: [buildIndicator({ name: 'c', level1: '', level2: '服务对象满意度指标' })],
        },
      ],
    };
    const findings = checkMissingSatisfaction(document);
    expect(findings).toHaveLength(1);
    expect(findings[0]).toMatchObject({ code: 'missing-satisfaction', path: 'goals.0' });
    expect(findings[0]?.message).toBe('“目标一”没有满意度指标，请补充“社会公众或服务对象满意度”指标');
  });
});
