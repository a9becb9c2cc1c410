import { describe, expect, it } from 'vitest';
import { matchColumnRole, withPartsOverItems, type ColumnRole } from '../vocabulary/columns.ts';
import { recoverGrid } from './recover-grid.ts';
import { rowTexts } from './grid.ts';
import { readIndicatorGrid } from './read-indicator-table.ts';
import { gridOf } from './testing.ts';

describe('column wordings of 自评表 across provinces', () => {
  it.each([
    ['年度计划值', 'target'],
    ['指标目标值', 'target'],
    ['实际完成指标值', 'actual'],
    ['年度实际完成值', 'actual'],
    ['指标分值', 'weight'],
    ['自评分', 'score'],
    ['扣分原因', 'deviation'],
    ['扣分原因说明', 'deviation'],
    ['完成率', null],
    ['预期值', 'target'],
    ['实际完成数值', 'actual'],
    ['本年实际完成值', 'actual'],
    ['自评分数', 'score'],
    // A filling note after the header word is no part of it.
    ['实际完成值（含单位）', 'actual'],
    ['指标值(需注明计量单位)', 'target'],
    ['预算执行率（B/A）', null],
    // The deviation column is worded by each region; a long unknown header cell would drop the band.
    ['未完成原因分析及拟采取的措施', 'deviation'],
    ['绩效指标未完成原因和拟采取的改进措施', 'deviation'],
    // The Beijing 2016 自评表's rule column between the values and the 得分.
    ['得分计算方法', 'scoringRule'],
    // Fujian's system-made 自评报告: 评价内容 over both levels, 绩效内容 the name, 累计完成率 the actual over the target.
    ['评价内容', 'level1'],
    ['绩效内容', 'name'],
    ['累计完成率', 'completionRate'],
    ['偏差大或目标未完成原因分析', 'deviation'],
    // Monitoring's progress to date in other wordings.
    ['1-6月实际值', 'actualToDate'],
    ['1-7月执行情况', 'actualToDate'],
    ['截至9月底完成值', 'actualToDate'],
    // A 绩效目标评审申报表 names its indicator in 绩效目标内容; 绩效目标 alone is the goal column.
    ['绩效目标内容', 'name'],
    ['绩效目标', 'goal'],
    // An older 申报表's level the year before, beside 本年度计划水平 (the target): a value column of its own.
    ['上年度实际水平', 'priorValue'],
    ['本年度计划水平', 'target'],
    // A Guangdong city's 批复表 (twenty-fifth study): the plan period's 指标值(或计划水平), then the year's 计划指标值(或计划水平).
    ['指标值(或计划水平)', 'target'],
    ['计划指标值(或计划水平)', 'target'],
    ['计划指标值', 'target'],
  ])('%s names %s', (text, role) => {
    expect(matchColumnRole(text)).toBe(role);
  });
});

describe('runs of spaces: a row that opens a 一级 and writes its 二级', () => {
  it('puts 满意度指标 under 一级 when 服务对象满意度指标 follows it', () => {
    const lines = [
      '绩效指标        一级指标    二级指标            三级指标                年度计划值      实际完成指标值    指标分值  自评分',
      '                产出指标    数量指标            培训人次                ≥500人次        520人次           20        20',
      '                满意度指标  服务对象满意度指标  学员满意度              ≥90%            93%               10        10',
    ];
    const rows = recoverGrid(lines).grid.rows.map(rowTexts);
    expect(rows[2]?.slice(0, 5)).toEqual(['', '满意度指标', '服务对象满意度指标', '学员满意度', '≥90%']);
  });
});

describe('a header band with a long deviation wording', () => {
  it('still reads the indicator rows under it', () => {
    const table = readIndicatorGrid(
      gridOf([
        ['一级指标', '二级指标', '三级指标', '年度指标值', '实际完成值', '分值', '得分', '偏差原因分析及改进措施（未达到目标值的须说明）'],
        ['产出指标', '数量指标', '巡检河道长度', '≥120公里', '126公里', '50', '50', ''],
        ['满意度指标', '服务对象满意度指标', '沿岸居民满意度', '≥90%', '88%', '50', '45', '宣传不到位'],
      ]),
    );
    const indicators = table.goals.flatMap((goal) => goal.indicators);
    expect(indicators.map((indicator) => [indicator.name, indicator.actual?.text, indicator.score])).toEqual([
      ['巡检河道长度', '126公里', '50'],
      ['沿岸居民满意度', '88%', '45'],
    ]);
  });
});

describe('withPartsOverItems (a score sheet’s 项目权重 over its 评价内容, in every header form)', () => {
  const rolesOf = (words: string[]): Array<ColumnRole | null> => withPartsOverItems(words, words.map(matchColumnRole));
  it.each<[string, string[], Array<ColumnRole | null>]>([
    ['parts over items: the 一级 and the names', ['项目权重', '评价内容', '分值', '自评分'], ['level1', 'name', 'weight', 'score']],
    ['项目权重 beside named levels: no column', ['项目权重', '一级指标', '二级指标', '指标名称（三级指标）'], [null, 'level1', 'level2', 'name']],
    ['评价内容 with no part column before it: the 一级', ['评价内容', '三级指标', '分值'], ['level1', 'name', 'weight']],
    ['parts over items where a name column is named: as they are', ['项目权重', '评价内容', '三级指标', '分值'], [null, 'level1', 'name', 'weight']],
  ])('%s', (_case, words, expected) => {
    expect(rolesOf(words)).toEqual(expected);
  });
});
