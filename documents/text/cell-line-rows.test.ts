import { describe, expect, it } from 'vitest';
import { joinCellLineRows } from './cell-line-rows.ts';
import { readText } from './read-text.ts';
import { eachIndicator } from '../../core/model.ts';

/** An own 中央预算内投资计划绩效目标表 as a web page dumps it (names and numbers made up). */
const page = [
  '2024年中央预算内投资计划绩效目标表',
  '专项名称 |',
  '乡村污水治理专项 | ||||',
  '下达地方或单位 |',
  '桐江县人民政府 | ||||',
  '下达中央预算内投资(万元) |',
  '640 | ||||',
  '绩 效 指 标 |',
  '一级指标 |',
  '二级指标 |',
  '三级指标 |',
  '指标值 | |',
  '实施效果指标 |',
  '产出指标 |',
  '新建污水处理站 |',
  '≥4座 | ||',
  '管网验收合格率 |',
  '100% | ||||',
  '效益指标 |',
  '污水收集处理率 |',
  '≥85% | |||',
  '满意度指标 |',
  '受益群众满意度 |',
  '≥90% | |||',
];

describe('joinCellLineRows', () => {
  it('puts the cells back into the rows their marked ends close, keeping the line count', () => {
    const joined = joinCellLineRows(page);
    expect(joined).toHaveLength(page.length);
    expect(joined.filter((line) => line !== '')).toEqual([
      '2024年中央预算内投资计划绩效目标表',
      '专项名称 | 乡村污水治理专项 |',
      '下达地方或单位 | 桐江县人民政府 |',
      '下达中央预算内投资(万元) | 640 |',
      '绩 效 指 标 | 一级指标 | 二级指标 | 三级指标 | 指标值 |',
      '实施效果指标 | 产出指标 | 新建污水处理站 | ≥4座 |',
      '管网验收合格率 | 100% |',
      '效益指标 | 污水收集处理率 | ≥85% |',
      '满意度指标 | 受益群众满意度 | ≥90% |',
    ]);
  });

  it('ends a row at an empty last cell with the row\'s absent cells (" | |")', () => {
    const lines = ['一级指标 |', '三级指标 |', '指标值 |', '偏差原因 | |', '产出指标 |', '站点数 |', '≥4个 |', ' | |', '效益指标 |', '受益人数 |', '≥800人 |', '人口外流 | |'];
    expect(joinCellLineRows(lines).filter((line) => line.trim() !== '')).toEqual([
      '一级指标 | 三级指标 | 指标值 | 偏差原因 |',
      '产出指标 | 站点数 | ≥4个 |',
      '效益指标 | 受益人数 | ≥800人 | 人口外流 |',
    ]);
  });

  it('ends a row that fills the table\'s width at its last cell, which no absent cell marks', () => {
    // The width is six: every marked row's cells and its absent ones ("214 | |||": three cells, three absent).
    const lines = [
      '资金名称 |',
      '动物防疫补助经费 | ||||',
      '资金情况 |',
      '年度金额(万元): |',
      '214 | |||',
      '一级指标 |',
      '二级指标 |',
      '三级指标 |',
      '单位 |',
      '指标值 | |',
      '绩效指标 |',
      '产出指标 |',
      '数量指标 |',
      '免疫密度 |',
      '% |',
      '≥90% |',
      '扑杀补助数量 |',
      '头 |',
      '≥120头 | |||',
    ];
    expect(joinCellLineRows(lines).filter((line) => line.trim() !== '')).toEqual([
      '资金名称 | 动物防疫补助经费 |',
      '资金情况 | 年度金额(万元): | 214 |',
      '一级指标 | 二级指标 | 三级指标 | 单位 | 指标值 |',
      '绩效指标 | 产出指标 | 数量指标 | 免疫密度 | % | ≥90% |',
      '扑杀补助数量 | 头 | ≥120头 |',
    ]);
  });

  it('ends no row early where the marked rows do not agree on one width', () => {
    const lines = ['项目 |', '某项目 | ||', '一级指标 |', '三级指标 |', '指标值 | ||||', '产出指标 |', '站点数 |', '≥4个 |', '受益人数 |', '≥800人 | |'];
    expect(joinCellLineRows(lines).filter((line) => line.trim() !== '')).toEqual([
      '项目 | 某项目 |',
      '一级指标 | 三级指标 | 指标值 |',
      '产出指标 | 站点数 | ≥4个 | 受益人数 | ≥800人 |',
    ]);
  });

  it('leaves cells one per line whose rows end like any cell (" |" alone) as they are', () => {
    const lines = ['项目名称 |', '乡村污水治理 |', '主管部门 |', '桐江县生态环境局 |', ' |', '一级指标 |', '二级指标 |', '三级指标 |'];
    expect(joinCellLineRows(lines)).toEqual(lines);
  });
});

describe('a target table whose 一级 stands over the usual levels', () => {
  it('reads the outer 一级 as written and 产出/效益/满意度 as its 二级', () => {
    const document = readText(page.join('\n'));
    expect(document).toMatchObject({ kind: 'target-table', unit: '桐江县人民政府', budget: { total: '640' } });
    const rows = [...eachIndicator(document!)].map(({ indicator }) => [indicator.level1, indicator.level2, indicator.name]);
    expect(rows).toEqual([
      ['实施效果指标', '产出指标', '新建污水处理站'],
      ['实施效果指标', '产出指标', '管网验收合格率'],
      ['实施效果指标', '效益指标', '污水收集处理率'],
      ['实施效果指标', '满意度指标', '受益群众满意度'],
    ]);
  });
});

describe('a 区域绩效目标表 of a 下达 notice as cells one per line', () => {
  const notice = [
    '附件:动物防疫补助经费区域绩效目标表',
    '动物防疫补助经费区域绩效目标表 | |||||',
    '资金名称 |',
    '动物防疫补助经费 | ||||',
    '中央主管部门 |',
    '财政部、农业农村部 | ||||',
    '省级财政部门 |',
    '江州市财政局 | ||||',
    '区县主管部门 |',
    '石渠县农业农村委员会 | ||||',
    '资金情况 |',
    '年度金额(万元): |',
    '214 | |||',
    '一级指标 |',
    '二级指标 |',
    '三级指标 |',
    '单位 |',
    '指标值 | |',
    '绩效指标 |',
    '产出指标 |',
    '数量指标 |',
    '免疫密度 |',
    '% |',
    '≥90% |',
    '扑杀补助数量 |',
    '头 |',
    '≥120头 | |||',
    '满意度指标 |',
    '服务对象满意度指标 |',
    '养殖场户满意度 |',
    '% |',
    '≥85% | |',
  ];

  it('names the fund as its project and its local 主管部门 as supervisor and unit (the title names no unit)', () => {
    const document = readText(notice.join('\n'));
    expect(document).toMatchObject({
      kind: 'target-table',
      scope: 'project',
      project: '动物防疫补助经费',
      supervisor: '石渠县农业农村委员会',
      unit: '石渠县农业农村委员会',
      budget: { total: '214' },
    });
    const rows = [...eachIndicator(document!)].map(({ indicator }) => [indicator.level1, indicator.level2, indicator.name, indicator.target?.text]);
    expect(rows).toEqual([
      ['产出指标', '数量指标', '免疫密度', '≥90%'],
      ['产出指标', '数量指标', '扑杀补助数量', '≥120头'],
      ['满意度指标', '服务对象满意度指标', '养殖场户满意度', '≥85%'],
    ]);
  });
});
