/**
 * A 二级 the vocabulary does not know, with no cell separator to show where it ends: on one line with
 * single spaces (a self-evaluation's rows end at their 分值/得分; a target table's at their value) and in a
 * monitoring table one cell per line whose empty 偏差原因 left no line. The word after a row is the next
 * row's 二级 only where the table shows it names 二级 of its own (a row wrote its 一级 and an unknown word
 * after it) and the row before has nothing to explain. Names and numbers are made up.
 */
import { describe, expect, it } from 'vitest';
import { eachIndicator } from '../../../core/model.ts';
import { readText } from '../../text/read-text.ts';

const levels = (text: string): string[] => {
  const document = readText(text);
  return document ? [...eachIndicator(document)].map(({ indicator }) => `${indicator.level1}/${indicator.level2}/${indicator.name}`) : [];
};

const selfEvaluation = (rows: string): string =>
  `项目支出绩效自评表 （2024年度） 项目名称 村道养护 主管部门 桐江县交通运输局 实施单位 桐江县公路所 一级指标 二级指标 三级指标 年度指标值 实际完成值 分值 得分 偏差原因分析及改进措施 ${rows} 总分 100 95`;

describe('an unknown 二级 on one line with single spaces', () => {
  it('opens the next row after a row scored in full in a table naming 二级 of its own', () => {
    const text = selfEvaluation('产出指标 养护任务量 养护里程 ≥120公里 126公里 20 20 巡查频次 ≥48次 50次 20 20 养护质量类 路面完好率 ≥90% 93% 30 30');
    expect(levels(text)).toEqual(['产出指标/养护任务量/养护里程', '产出指标/养护任务量/巡查频次', '产出指标/养护质量类/路面完好率']);
  });

  it('stays the 偏差原因 of a row that lost points', () => {
    const text = selfEvaluation('产出指标 养护任务量 养护里程 ≥120公里 110公里 20 18 汛期停工 巡查频次 ≥48次 50次 20 20');
    expect(levels(text)).toEqual(['产出指标/养护任务量/养护里程', '产出指标/养护任务量/巡查频次']);
  });

  it('stays in the name in a table whose 二级 are the vocabulary\'s (a name broken by a space)', () => {
    const text =
      '项目支出绩效目标表 项目名称 村道养护 主管部门 桐江县交通运输局 实施单位 桐江县公路所 一级指标 二级指标 三级指标 指标值 ' +
      '产出指标 数量指标 养护里程 ≥120公里 巡查 频次 ≥48次';
    expect(levels(text)).toEqual(['产出指标/数量指标/养护里程', '产出指标/数量指标/巡查频次']);
  });

  it('opens a target table\'s next row after its value in a table naming 二级 of its own', () => {
    const text =
      '项目支出绩效目标表 项目名称 村道养护 主管部门 桐江县交通运输局 实施单位 桐江县公路所 一级指标 二级指标 三级指标 指标值 ' +
      '产出指标 养护任务量 养护里程 ≥120公里 巡查频次 ≥48次 养护质量类 路面完好率 ≥90% 效益指标 通行保障 通行时长 ≥360天';
    expect(levels(text)).toEqual(['产出指标/养护任务量/养护里程', '产出指标/养护任务量/巡查频次', '产出指标/养护质量类/路面完好率', '效益指标/通行保障/通行时长']);
  });
});

const monitoring = (rows: readonly string[]): string =>
  [
    '项目支出绩效运行监控表', '(2024年1-6月)', '项目名称', '村道养护', '主管部门', '桐江县交通运输局', '实施单位', '桐江县公路所',
    '一级指标', '二级指标', '三级指标', '年度指标值', '1-6月完成值', '完成目标可能性', '偏差原因', ...rows,
  ].join('\n');

describe('an unknown 二级 after a monitoring row one cell per line whose 偏差原因 left no line', () => {
  it('opens the next row after a row on track (确定能) in a table naming 二级 of its own', () => {
    const text = monitoring(['产出指标', '养护任务量', '养护里程', '≥120公里', '60公里', '确定能', '养护质量类', '路面完好率', '≥90%', '92%', '确定能']);
    expect(levels(text)).toEqual(['产出指标/养护任务量/养护里程', '产出指标/养护质量类/路面完好率']);
  });

  it('stays the 偏差原因 of a row not on track, and in a table of vocabulary 二级', () => {
    const notOnTrack = monitoring(['产出指标', '养护任务量', '养护里程', '≥120公里', '40公里', '有可能', '汛期停工', '巡查频次', '≥48次', '24次', '确定能']);
    expect(levels(notOnTrack)).toEqual(['产出指标/养护任务量/养护里程', '产出指标/养护任务量/巡查频次']);
    const listed = monitoring(['产出指标', '数量指标', '养护里程', '≥120公里', '60公里', '确定能', '汛期加密', '巡查频次', '≥48次', '24次', '确定能']);
    expect(levels(listed)).toEqual(['产出指标/数量指标/养护里程', '产出指标/数量指标/巡查频次']);
  });
});
