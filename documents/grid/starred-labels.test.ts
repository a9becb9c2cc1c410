import { describe, expect, it } from 'vitest';
import { matchColumnRole } from '../vocabulary/columns.ts';
import { labelKey } from '../vocabulary/label-key.ts';
import { isScoringRuleText } from './typed-fit.ts';
import { readIndicatorGrid } from './read-indicator-table.ts';
import { gridOf } from './testing.ts';
import { readText } from '../text/read-text.ts';

const header = ['一级指标', '二级指标', '三级指标', '指标值类型', '*指标值', '计量单位', '*指标解释', '*评(扣)分标准', '备注'];

function read(rows: ReadonlyArray<readonly string[]>): string[][] {
  return readIndicatorGrid(gridOf([header, ...rows]))
    .goals.flatMap((goal) => goal.indicators)
    .map((indicator) => [indicator.level1, indicator.level2, indicator.name, indicator.target?.text ?? '']);
}

describe('a target table that stars the cells a unit must fill (Hunan 整体绩效目标表)', () => {
  it('reads starred header words and labels without the mark', () => {
    expect(['*指标值', '＊指标解释', '★评(扣)分标准', '指标值类型'].map(matchColumnRole)).toEqual(['target', 'content', 'scoringRule', 'measureKind']);
    expect(labelKey('*年度总体绩效目标：')).toBe('年度总体绩效目标');
  });

  it('joins the unit column to a value that carries its own sign', () => {
    expect(read([['产出指标', '质量指标', '储备粮质量达标率', '定量', '≥98', '%', '考察质量', '未达指标值酌情扣分']])).toEqual([
      ['产出指标', '质量指标', '储备粮质量达标率', '≥98%'],
    ]);
  });

  it('places a packed row whose empty 计量单位 left no trace, and reads no scoring rule as a name', () => {
    expect(
      read([
        ['产出指标', '数量指标', '区级储备粮规模', '定量', '3500', '吨', '考察规模', '未达指标值酌情扣分'],
        ['时效指标', '轮换计划完成时限', '定性', '按季度完成', '考察进度', '未达指标值酌情扣分'],
        ['效益指标', '经济效益指标', '未达指标值酌情扣分'],
        ['社会效益指标', '应急保供能力', '定性', '有效保障', '考察保供', '未达指标值酌情扣分'],
      ]),
    ).toEqual([
      ['产出指标', '数量指标', '区级储备粮规模', '3500吨'],
      ['产出指标', '时效指标', '轮换计划完成时限', '按季度完成'],
      ['效益指标', '社会效益指标', '应急保供能力', '有效保障'],
    ]);
  });

  it('tells a scoring rule from an indicator name', () => {
    expect(['未达指标值酌情扣分', '每少1人扣2分', '完成得满分', '扣分事项发生次数', '群众满意度'].map(isScoringRuleText)).toEqual([true, true, true, false, false]);
  });
});

describe('header facts above the indicator table only', () => {
  it('takes no 主管部门 from an indicator named 主管部门满意度', () => {
    const document = readText(
      [
        '示范中心2024年度整体绩效目标表',
        '部门(单位)名称\t示范中心',
        '一级指标\t二级指标\t三级指标\t指标值',
        '满意度指标\t服务对象满意度指标\t主管部门满意度\t≥90%',
      ].join('\n'),
    );
    expect([document?.unit, document?.supervisor]).toEqual(['示范中心', null]);
  });
});
