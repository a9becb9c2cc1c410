import { describe, expect, it } from 'vitest';
import type { PerformanceDocument } from '../../core/model.ts';
import { readText } from './read-text.ts';

const sichuanHeader = ['一级指标', '二级指标', '三级指标', '指标性质', '指标值', '度量单位', '权重', '实际完成值', '得分', '未完成原因分析'];
const sichuanRow = ['产出指标', '数量指标', '培训人数', '≥', '100', '人次', '10', '96', '9.6', '部分人员值班未参训'];

describe('a Sichuan-style project self-evaluation read as a whole', () => {
  const text = [
    '项目支出绩效自评表',
    '（2023年度）',
    '项目名称\t乡村警务室规范化建设',
    '主管部门\t某市公安局\t实施单位\t某县公安局',
    '项目资金（万元）\t\t年初预算数\t调整后预算数\t全年执行数\t分值\t执行率\t得分',
    '\t年度资金总额\t200\t200\t180\t10\t90%\t9',
    sichuanHeader.join('\t'),
    sichuanRow.join('\t'),
    ['', '质量指标', '设备合格率', '=', '100', '%', '10', '100', '10', ''].join('\t'),
    ['效益指标', '社会效益指标', '群众安全感', '定性', '明显提升', '', '20', '明显提升', '18', ''].join('\t'),
    ['满意度指标', '服务对象满意度指标', '群众满意度', '≥', '90', '%', '10', '92', '10', ''].join('\t'),
  ].join('\n');
  const document = readText(text) as PerformanceDocument;
  const indicators = document.goals.flatMap((goal) => goal.indicators);

  it('reads 调整后预算数 as the adjusted budget', () => {
    expect(document.budget).toMatchObject({
      initial: '200',
      adjusted: '200',
      executed: '180',
      executionRate: '90',
      score: '9',
    });
  });

  it('parses the combined target into operator, value and unit, and the weight from 权重', () => {
    expect(indicators).toHaveLength(4);
    expect(indicators[0]?.target).toMatchObject({ operator: '>=', value: '100', unit: '人次' });
    expect(indicators[0]?.actual).toMatchObject({ value: '96', unit: '人次' });
    expect(indicators[1]?.target).toMatchObject({ operator: '=', value: '100', unit: '%' });
    expect(indicators[2]?.target).toMatchObject({ value: null, direction: 'qualitative' });
    expect(indicators.map((indicator) => indicator.weight)).toEqual(['10', '10', '20', '10']);
    expect(indicators[0]?.deviation).toBe('部分人员值班未参训');
  });
});

describe('a sign column headed 计算符号 beside 目标值 / 度量单位 / 指标值说明 (a Jiangxi county\'s 部门整体绩效目标, twenty-fourth study)', () => {
  const text = [
    '| 部门整体绩效目标 | |||||||',
    '| 部门编码: | 101 | 部门名称: | 示范县林业局 | *联系人: | 张某 | ||',
    '| *年度绩效总目标 | 完成森林资源管护任务。 | ||||||',
    '| 一级指标 | 二级指标 | 三级指标 | 计算符号 | 目标值 | 度量单位 | 指标值说明 | |',
    '| 产出指标 | 数量指标 | 森林管护面积(万亩) | ≥ | 120 | 万亩 | 依据计划测算 | |',
    '| 质量指标 | 森林火灾受害率(‰) | ≤ | 0.9 | ‰ | 依据计划测算 | |',
    '| 效益指标 | 社会效益指标 | 群众护林意识 | 定性 | 明显提高 | | 依据计划测算 | |',
    '| 满意度指标 | 服务对象满意度指标 | 林农满意度(%) | = | 90 | % | 依据计划测算 | |',
  ].join('\n');
  it.each([
    ['森林管护面积(万亩)', '≥120万亩'],
    ['森林火灾受害率(‰)', '≤0.9‰'],
    ['群众护林意识', '明显提高'],
    ['林农满意度(%)', '=90%'],
  ])('reads %s with its sign: %s', (name, target) => {
    const indicators = readText(text)?.goals.flatMap((goal) => goal.indicators) ?? [];
    expect(indicators.find((indicator) => indicator.name === name)?.target?.text).toBe(target);
  });

  it('reads 年度绩效总目标 as the year\'s goal', () => {
    expect(readText(text)?.overallGoal).toBe('完成森林资源管护任务。');
  });
});
