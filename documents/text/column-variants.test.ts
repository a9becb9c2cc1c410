import { describe, expect, it } from 'vitest';
import type { PerformanceDocument } from '../../core/model.ts';
import { mapIndicatorColumns, readIndicatorCells } from './column-variants.ts';
import { readText } from './read-text.ts';

const sichuanHeader = [
  '一级指标',
  '二级指标',
  '三级指标',
  '指标性质',
  '指标值',
  '度量单位',
  '权重',
  '实际完成值',
  '得分',
  '未完成原因分析',
];

describe('mapIndicatorColumns', () => {
  it.each([
    [
      [
        '绩 效 指 标',
        '一级指标',
        '二级指标',
        '三级指标',
        '年度指标值',
        '实际完成值',
        '分值',
        '得分',
        '偏差原因分析及改进措施',
      ],
      { level1: 1, level2: 2, name: 3, target: 4, actual: 5, weight: 6, score: 7, deviation: 8 },
    ],
    [
      sichuanHeader,
      {
        level1: 0,
        level2: 1,
        name: 2,
        operator: 3,
        target: 4,
        unit: 5,
        weight: 6,
        actual: 7,
        score: 8,
        deviation: 9,
      },
    ],
    [
      ['一级指标', '二级指标', '三级指标', '年初指标值', '调整指标值', '全年完成值', '得分系数', '指标权重'],
      { level1: 0, level2: 1, name: 2, initialTarget: 3, target: 4, actual: 5, weight: 7 },
    ],
    [['一级指标', '二级指标', '三级指标', '指标值'], { level1: 0, level2: 1, name: 2, target: 3 }],
  ])('maps the header %j to column roles', (cells, expected) => {
    expect(mapIndicatorColumns(cells)).toEqual(expected);
  });

  it.each([
    [['年度', '', '年初 预算数', '全年预 算数', '全年 执行数', '分值', '执行 率', '得分']],
    [['年度 总体 目标', '预期目标', '', '', '实际完成情况']],
    [['三级指标', '分值', '得分']],
  ])('is null for a row that is not an indicator header: %j', (cells) => {
    expect(mapIndicatorColumns(cells)).toBeNull();
  });
});

describe('readIndicatorCells with operator, value and unit in separate columns', () => {
  const columns = mapIndicatorColumns(sichuanHeader) ?? {};

  it.each([
    [
      ['产出指标', '数量指标', '培训人数', '≥', '100', '人次', '10', '96', '9.6', '部分人员值班未参训'],
      '≥100人次',
      '96人次',
    ],
    [['', '质量指标', '设备合格率', '=', '100', '%', '10', '100', '10', ''], '=100%', '100%'],
    [['', '', '投诉率', '≤', '5', '%', '5', '3', '5', ''], '≤5%', '3%'],
    [
      ['效益指标', '社会效益指标', '群众安全感', '定性', '明显提升', '', '20', '明显提升', '18', ''],
      '明显提升',
      '明显提升',
    ],
    [['', '', '培训覆盖', '正向指标', '90', '%', '5', '95', '5', ''], '≥90%', '95%'],
  ])('combines %j into the target %s and actual %s', (cells, target, actual) => {
    const read = readIndicatorCells(cells, columns);
    expect([read.target, read.actual]).toEqual([target, actual]);
  });

  it('takes 权重 as the weight and 未完成原因分析 as the deviation', () => {
    const read = readIndicatorCells(sichuanRow, columns);
    expect([read.weight, read.score, read.deviation]).toEqual(['10', '9.6', '部分人员值班未参训']);
  });

  it('prefers the adjusted target of Chongqing tables and falls back to the initial one', () => {
    const chongqing =
      mapIndicatorColumns([
        '一级指标',
        '二级指标',
        '三级指标',
        '年初指标值',
        '调整指标值',
        '全年完成值',
        '指标权重',
      ]) ?? {};
    expect(readIndicatorCells(['', '', '巡逻次数', '≥100次', '≥120次', '130次', '5'], chongqing).target).toBe(
      '≥120次',
    );
    expect(readIndicatorCells(['', '', '巡逻次数', '≥100次', '', '130次', '5'], chongqing).target).toBe(
      '≥100次',
    );
  });
});

const sichuanRow = [
  '产出指标',
  '数量指标',
  '培训人数',
  '≥',
  '100',
  '人次',
  '10',
  '96',
  '9.6',
  '部分人员值班未参训',
];

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
