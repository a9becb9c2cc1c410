import { describe, expect, it } from 'vitest';
import type { Grid } from './grid.ts';
import { findHeaderBands } from './header-band.ts';
import { gridOf } from './testing.ts';

const sichuanHeader = ['一级指标', '二级指标', '三级指标', '指标性质', '指标值', '度量单位', '权重', '实际完成值', '得分', '未完成原因分析'];

describe('one-row header bands', () => {
  it.each([
    [
      ['绩 效 指 标', '一级指标', '二级指标', '三级指标', '年度指标值', '实际完成值', '分值', '得分', '偏差原因分析及改进措施'],
      { level1: 1, level2: 2, name: 3, target: 4, actual: 5, weight: 6, score: 7, deviation: 8 },
    ],
    [
      sichuanHeader,
      { level1: 0, level2: 1, name: 2, operator: 3, target: 4, unit: 5, weight: 6, actual: 7, score: 8, deviation: 9 },
    ],
    [
      ['一级指标', '二级指标', '三级指标', '年初指标值', '调整指标值', '全年完成值', '得分系数', '指标权重', '是否核心指标'],
      { level1: 0, level2: 1, name: 2, initialTarget: 3, target: 4, actual: 5, scoreRatio: 6, weight: 7, isCore: 8 },
    ],
    [['序号', '一级指标', '二级指标', '三级指标', '指标值'], { sequence: 0, level1: 1, level2: 2, name: 3, target: 4 }],
    [
      ['一级指标', '二级指标', '三级指标', '年度指标值', '1-6月实际完成值', '全年预计完成值', '完成目标可能性', '偏差原因', '备注'],
      { level1: 0, level2: 1, name: 2, target: 3, actualToDate: 4, forecast: 5, likelihood: 6, deviation: 7, remark: 8 },
    ],
    [['指标名称', '指标内容', '指标方向性', '目标值', '计量单位', '评(扣)分标准'], { name: 0, content: 1, direction: 2, target: 3, unit: 4, scoringRule: 5 }],
    // An explanatory column with a long wording (central 2021 template) names no role but keeps the band.
    [['一级指标', '二级指标', '三级指标', '指标值', '指标值设定依据及数据来源'], { level1: 0, level2: 1, name: 2, target: 3 }],
    // 部门整体 tables that group their indicators by task in the first column.
    [['任务名称', '一级指标', '二级指标', '三级指标', '指标值'], { goal: 0, level1: 1, level2: 2, name: 3, target: 4 }],
    [['重点工作任务', '一级指标', '二级指标', '三级指标', '指标值'], { goal: 0, level1: 1, level2: 2, name: 3, target: 4 }],
    // Each level's own 分值 is no indicator weight: the one after the 三级 is.
    [['一级指标', '分值', '二级指标', '分值', '三级指标', '分值', '得分'], { level1: 0, level2: 2, name: 4, weight: 5, score: 6 }],
    // A medium-term table's targets per year: the budget year's (the earliest) is the target, in any order.
    [['一级指标', '二级指标', '三级指标', '2025年指标值', '2026年指标值', '2027年指标值'], { level1: 0, level2: 1, name: 2, target: 3 }],
    [['三级指标', '2027年度目标值', '2025年度目标值', '备注'], { name: 0, target: 2, remark: 3 }],
    // One year-named column beside the year's own: nothing to choose between.
    [['三级指标', '年度指标值', '2024年指标值'], { name: 0, target: 2 }],
    // A 部门预算管理考评表 heads its 一级 column 项目, right before the 二级 (考核内容).
    [['项目', '考核内容', '考核指标', '指标说明', '年度工作目标', '评分标准', '权数', '考评得分'], { level1: 0, level2: 1, name: 2, content: 3, target: 4, scoringRule: 5, weight: 6, score: 7 }],
    // 项目 beside a named 一级 stays no column.
    [['项目', '一级指标', '二级指标', '三级指标', '指标值'], { level1: 1, level2: 2, name: 3, target: 4 }],
    // A Hubei county's score sheet: 项目权重 heads the parts ("项目决策2分"), 评价内容 the items; 复核分 the reviewer's.
    [['项目权重', '评价内容', '分值', '自评分', '复核分', '评价标准及依据'], { level1: 0, name: 1, weight: 2, score: 3, reviewScore: 4, scoringRule: 5 }],
    // Beside named levels 项目权重 stays no column; 年终完成值 is the actual.
    [['项目权重', '一级指标', '二级指标', '指标名称（三级指标）', '年初指标值', '年终完成值', '自评分', '复核分', '评价标准'], { level1: 1, level2: 2, name: 3, initialTarget: 4, actual: 5, score: 6, reviewScore: 7, scoringRule: 8 }],
    // 评价内容 heads both levels where no part column stands before it (Fujian).
    [['序号', '评价内容', '绩效内容', '绩效目标值', '实际完成值'], { sequence: 0, level1: 1, name: 2, target: 3, actual: 4 }],
  ])('maps %j to column roles', (cells, expected) => {
    const [band] = findHeaderBands(gridOf([cells]));
    expect(band?.columns).toEqual(expected);
  });

  it.each([
    [['年度', '', '年初 预算数', '全年预 算数', '全年 执行数', '分值', '执行 率', '得分']],
    [['年度 总体 目标', '预期目标', '', '', '实际完成情况']],
    [['三级指标', '分值', '得分', '是一个指标名称而非表头']],
    [['项目名称', '禁毒宣传', '主管部门', '某县公安局']],
  ])('finds no indicator header in %j', (cells) => {
    expect(findHeaderBands(gridOf([cells]))).toEqual([]);
  });

  it("takes a level's 分值 beside its level where empty columns stand between (a PDF's grid has every table's borders)", () => {
    const [band] = findHeaderBands(gridOf([['一级指标', '', '分值', '二级指标', '', '分值', '三级指标', '', '', '', '分值', '', '得分']]));
    expect(band?.columns).toEqual({ level1: 0, level2: 3, name: 6, weight: 10, score: 12 });
    expect(band?.levelWeights).toEqual({ level1: 2, level2: 5 });
  });

  it('ignores a column it does not know, on purpose', () => {
    const [band] = findHeaderBands(gridOf([['一级指标', '二级指标', '三级指标', '指标值', '填报说明']]));
    expect(band?.roles.has(4)).toBe(false);
    expect(band?.columns.target).toBe(3);
  });
});

describe('level columns headed one rank above what they hold (twenty-second study)', () => {
  const header = ['一级指标', '二级指标', '绩效标准', '当年预期实现值'];
  it.each<[string, string[][], Record<string, number>]>([
    [
      'the 一级 column writing 二级 words, the 二级 column names: the 二级 and the name columns',
      [['数量指标', '维修次数', '反映维修工作量', '1800次'], ['成本指标', '成本控制率', '不超预算', '≤100%'], ['服务对象满意度指标', '入驻单位满意度', '反映满意程度', '≥90%'], ['主管部门审核意见', '单位公章：']],
      { level2: 0, name: 1, content: 2, target: 3 },
    ],
    [
      'a 一级 word in the 一级 column: the header as written (绩效标准 then holds the names)',
      [['产出指标', '数量指标', '反映维修工作量', '1800次'], ['效益指标', '社会效益指标', '反映安全运行', '0起']],
      { level1: 0, level2: 1, name: 2, target: 3 },
    ],
    [
      'a level word in the 二级 column: as written',
      [['数量指标', '维修次数', '反映维修工作量', '1800次'], ['质量指标', '质量指标', '反映合格率', '≥95%']],
      { level1: 0, level2: 1, name: 2, target: 3 },
    ],
    ['one name only: as written', [['数量指标', '维修次数', '反映维修工作量', '1800次']], { level1: 0, level2: 1, name: 2, target: 3 }],
  ])('%s', (_case, rows, columns) => {
    const [band] = findHeaderBands(gridOf([header, ...rows]));
    expect(band?.columns).toEqual(columns);
  });

  it('keeps a band with its own name column as written', () => {
    const [band] = findHeaderBands(gridOf([['一级指标', '二级指标', '三级指标', '指标值'], ['数量指标', '维修次数', '1800次', '']]));
    expect(band?.columns).toEqual({ level1: 0, level2: 1, name: 2, target: 3 });
  });
});

describe('header bands of two and three rows', () => {
  it('flattens 绩效指标 over 一级/二级/三级 column by column', () => {
    const grid = gridOf([
      ['绩效指标', '', '', '指标值', '分值'],
      ['一级指标', '二级指标', '三级指标', '', ''],
    ]);
    const [band] = findHeaderBands(grid);
    expect(band).toMatchObject({ firstRow: 0, lastRow: 1, columns: { level1: 0, level2: 1, name: 2, target: 3, weight: 4 } });
  });

  it('turns 年初/调整后 under a merged 指标值 into the initial and adjusted targets', () => {
    const grid: Grid = {
      rows: [
        {
          source: { line: 1 },
          cells: [
            { column: 0, text: '三级指标', rowSpan: 2, colSpan: 1, source: {} },
            { column: 1, text: '指标值', rowSpan: 1, colSpan: 2, source: {} },
            { column: 3, text: '完成值', rowSpan: 1, colSpan: 2, source: {} },
          ],
        },
        {
          source: { line: 2 },
          cells: [
            { column: 1, text: '年初', rowSpan: 1, colSpan: 1, source: {} },
            { column: 2, text: '调整后', rowSpan: 1, colSpan: 1, source: {} },
            { column: 3, text: '1-6月', rowSpan: 1, colSpan: 1, source: {} },
            { column: 4, text: '全年预计', rowSpan: 1, colSpan: 1, source: {} },
          ],
        },
      ],
    };
    const [band] = findHeaderBands(grid);
    expect(band?.columns).toEqual({ name: 0, initialTarget: 1, target: 2, actualToDate: 3, forecast: 4 });
  });

  it('keeps a goal written beside the header (目标一 | 一级指标 | …)', () => {
    const [band] = findHeaderBands(gridOf([['目   标   一', '一级指标', '二级指标', '三级指标', '指标值及单位']]));
    expect(band).toMatchObject({ goal: '目标一', columns: { level1: 1, level2: 2, name: 3, target: 4 } });
  });

  it('reads a 核心职能 | 年度绩效指标 band over the level row as one band with a goal column', () => {
    const [band] = findHeaderBands(
      gridOf([
        ['核心职能', '年度绩效指标', '', '', ''],
        ['', '一级指标', '二级指标', '三级指标', '指标值'],
      ]),
    );
    expect(band).toMatchObject({ firstRow: 0, lastRow: 1, columns: { goal: 0, level1: 1, level2: 2, name: 3, target: 4 } });
  });
});

describe('a 专项经费绩效评价表: 目标值, data items and the value achieved (seventeenth study)', () => {
  const upper = ['一级指标', '权重', '二级指标', '分值', '三级指标', '计量单位', '目标值（标准）', '分值', '采集数据项', '', '指标值'];
  const lower = ['', '', '', '', '', '', '', '', '数据项1', '数据项2', ''];

  it('reads the bare 指标值 after 目标值 as the value achieved and 数据项1 / 数据项2 as the band\'s lower row', () => {
    const [band] = findHeaderBands(gridOf([upper, lower, ['预算绩效', '40', '预算管理', '28', '预算执行进度', '%', '45%', '6', '61.2', '140', '43.71%']]));
    expect(band).toMatchObject({ firstRow: 0, lastRow: 1, columns: { level1: 0, level2: 2, name: 4, unit: 5, target: 6, weight: 7, actual: 10 } });
    expect(band?.roles.get(8)).toBe('dataItem');
    expect(band?.roles.get(9)).toBe('dataItem');
  });

  it('reads the one data item beside a 理由 as the answer where the block has no 指标值', () => {
    const effectUpper = ['一级指标', '权重', '二级指标', '分值', '三级指标', '计量单位', '目标值（标准）', '分值', '采集数据项', '', ''];
    const effectLower = ['', '', '', '', '', '', '', '', '数据项1', '理由', ''];
    const [band] = findHeaderBands(gridOf([effectUpper, effectLower, ['项目效果', '30', '经济效益', '8', '是否带动增收', '是/否', '是', '8', '是', '增收一成', '']]));
    expect(band?.columns).toMatchObject({ target: 6, actual: 8, remark: 9 });
    // Two data items and no 指标值: neither is the answer.
    const [twoItems] = findHeaderBands(gridOf([upper.slice(0, 10), lower.slice(0, 10)]));
    expect(twoItems?.columns.actual).toBeUndefined();
  });

  it.each([
    // A named actual column decides: the 指标值 stays a second target (the last target column wins, as before).
    [['三级指标', '目标值', '指标值', '实际完成值'], { target: 2, actual: 3 }],
    // 指标值 before 目标值 is no value achieved.
    [['三级指标', '指标值', '目标值', '分值'], { target: 2 }],
    // Two 指标值 wordings (年度指标值, 指标值) name no 目标值 first.
    [['三级指标', '年度指标值', '指标值', '分值'], { target: 2 }],
    [['三级指标', '目标值（标准）', '分值', '指标值'], { target: 1, actual: 3 }],
  ])('%j gives %j', (header, expected) => {
    const [band] = findHeaderBands(gridOf([header]));
    expect(band?.columns).toMatchObject(expected);
    if (!('actual' in expected)) expect(band?.columns.actual).toBeUndefined();
  });
});

