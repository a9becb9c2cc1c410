import { describe, expect, it } from 'vitest';
import { readIndicatorGrid } from './read-indicator-table.ts';
import { gridOf } from './testing.ts';
import { withoutCode } from '../text/name-code.ts';

const header = ['绩效指标(90分)', '一级指标', '二级指标', '三级指标', '指标值', '完成值', '权重', '得分'];

function namesAndLevels(rows: ReadonlyArray<readonly string[]>): string[][] {
  return readIndicatorGrid(gridOf([header, ...rows]))
    .goals.flatMap((goal) => goal.indicators)
    .map((indicator) => [indicator.level1, indicator.level2, indicator.name, indicator.target?.text ?? '', String(indicator.weight ?? '')]);
}

describe('rows written without the header leading label column', () => {
  it('moves a row that starts at its 一级 under the 一级 column', () => {
    expect(namesAndLevels([['产出指标', '数量指标', '培训人次', '≥500人次', '520人次', '20', '20']])).toEqual([
      ['产出指标', '数量指标', '培训人次', '≥500人次', '20'],
    ]);
  });

  it('keeps a row that writes the leading column empty where it is', () => {
    expect(namesAndLevels([['', '效益指标', '社会效益指标', '就业人数', '≥30人', '32人', '30', '30']])).toEqual([
      ['效益指标', '社会效益指标', '就业人数', '≥30人', '30'],
    ]);
  });
});

describe('rows under merged level cells that left no trace', () => {
  const plain = ['一级指标', '二级指标', '三级指标', '指标值', '完成值', '权重', '得分'];
  const read = (rows: ReadonlyArray<readonly string[]>): string[][] =>
    readIndicatorGrid(gridOf([plain, ...rows]))
      .goals.flatMap((goal) => goal.indicators)
      .map((indicator) => [indicator.level1, indicator.level2, indicator.name, indicator.target?.text ?? '', String(indicator.score ?? '')]);

  it('moves a row starting at its 二级 or its name under those columns', () => {
    expect(
      read([
        ['产出指标', '数量指标', '培训人次', '≥500人次', '520人次', '20', '20'],
        ['结业人数', '≥450人', '470人', '10', '10'],
        ['质量指标', '结业合格率', '=100%', '98%', '10', '9.8'],
      ]),
    ).toEqual([
      ['产出指标', '数量指标', '培训人次', '≥500人次', '20'],
      ['产出指标', '数量指标', '结业人数', '≥450人', '10'],
      ['产出指标', '质量指标', '结业合格率', '=100%', '9.8'],
    ]);
  });

  it('keeps a totals row and a lone line under the table where they are', () => {
    const grid = gridOf([plain, ['产出指标', '数量指标', '培训人次', '≥500人次', '520人次', '20', '20'], ['（盖章）']]);
    expect(readIndicatorGrid(grid).goals.flatMap((goal) => goal.indicators).map((indicator) => indicator.name)).toEqual(['培训人次']);
  });
});

describe('a budget code before a project name', () => {
  it('is removed when the name opens with its year', () => {
    expect(withoutCode('51092324T000010261234-2023年乡镇文化站补助资金')).toBe('2023年乡镇文化站补助资金');
  });

  it('stays when nothing but digits follows', () => {
    expect(withoutCode('2023-12')).toBe('2023-12');
  });
});

describe('rows that number themselves under a 序号 column, their merged levels left out', () => {
  const numbered = ['序号', '一级指标', '二级指标', '三级指标', '指标分值', '指标解释', '评分标准', '自评得分'];
  const read = (rows: ReadonlyArray<readonly string[]>): string[][] =>
    readIndicatorGrid(gridOf([numbered, ...rows]))
      .goals.flatMap((goal) => goal.indicators)
      .map((indicator) => [indicator.level1, indicator.level2, indicator.name, String(indicator.weight ?? ''), String(indicator.score ?? '')]);

  it('keeps the number in its column and moves the cells after it to their 二级 or name', () => {
    expect(
      read([
        ['1', '执行（30分）', '预算执行（18分）', '预算执行率', '8', '预算执行数与预算数的比率', '执行率×8分', '7.6'],
        ['2', '结转结余控制率', '6', '结转结余占预算的比率', '每超1个百分点扣1分', '6', '', ''],
        ['3', '预算管理（12分）', '管理制度健全性', '7', '是否制定内部管理制度', '缺一项扣2分', '5', ''],
        ['4', '工作计划（5分）', '年度工作计划完整性', '5', '年度工作计划是否完整', '缺一项扣1分', '4', ''],
      ]),
    ).toEqual([
      ['执行', '预算执行', '预算执行率', '8', '7.6'],
      ['执行', '预算执行', '结转结余控制率', '6', '6'],
      ['执行', '预算管理', '管理制度健全性', '7', '5'],
      ['执行', '工作计划', '年度工作计划完整性', '5', '4'],
    ]);
  });

  it('leaves a row whose first cell is no number as it was', () => {
    expect(read([['', '产出（40分）', '数量指标', '巡查次数', '10', '巡查次数', '完成率×10分', '10']])).toEqual([
      ['产出指标', '数量指标', '巡查次数', '10', '10'],
    ]);
  });
});

describe('a level alone on its row, left of the level columns', () => {
  it('heads the rows below from its level column: a 二级, a 一级 with its weight, a word of both ranks', () => {
    expect(
      namesAndLevels([
        ['产出指标 (50分)'],
        ['数量指标', '培训人次', '≥500人次', '520人次', '20', '20'],
        ['质量指标'],
        ['结业合格率', '≥95%', '98%', '10', '10'],
        ['效 益 指 标 (30分)'],
        ['社会效益 指标'],
        ['带动就业人数', '≥30人', '32人', '30', '30'],
        ['满意度指标 (10分)'],
        ['学员满意度', '≥90%', '95%', '10', '10'],
      ]),
    ).toEqual([
      ['产出指标', '数量指标', '培训人次', '≥500人次', '20'],
      ['产出指标', '质量指标', '结业合格率', '≥95%', '10'],
      ['效益指标', '社会效益指标', '带动就业人数', '≥30人', '30'],
      ['满意度指标', '', '学员满意度', '≥90%', '10'],
    ]);
  });
});

describe('a band label the header left out, written in the first row under it', () => {
  const plain = ['一级指标', '二级指标', '三级指标', '单位', '指标值'];
  const read = (head: readonly string[], rows: ReadonlyArray<readonly string[]>): string[][] =>
    readIndicatorGrid(gridOf([head, ...rows]))
      .goals.flatMap((goal) => goal.indicators)
      .map((indicator) => [indicator.level1, indicator.level2, indicator.name, indicator.target?.text ?? '']);

  it.each([
    ['绩效指标', '绩效指标'],
    ['a spaced band word', '绩 效 指 标'],
    ['a band word with its weight', '绩效指标(90分)'],
  ])('drops %s before a row that writes its 一级 in the header\'s first column', (_, band) => {
    expect(
      read(plain, [
        [band, '产出指标', '数量指标', '免疫密度', '%', '≥90%'],
        ['扑杀补助数量', '头', '≥120头'],
        ['质量指标', '抗体合格率', '%', '≥70%'],
      ]),
    ).toEqual([
      ['产出指标', '数量指标', '免疫密度', '≥90%'],
      ['产出指标', '数量指标', '扑杀补助数量', '≥120头'],
      ['产出指标', '质量指标', '抗体合格率', '≥70%'],
    ]);
  });

  it('keeps the label\'s place under a header that writes the band itself', () => {
    expect(read(['绩效指标', ...plain], [['绩效指标', '产出指标', '数量指标', '免疫密度', '%', '≥90%']])).toEqual([
      ['产出指标', '数量指标', '免疫密度', '≥90%'],
    ]);
  });

  it('keeps a first cell that is no band word (a 一级 outside the vocabulary stays for the other rules)', () => {
    expect(read(plain, [['产出指标', '数量指标', '免疫密度', '%', '≥90%']])).toEqual([['产出指标', '数量指标', '免疫密度', '≥90%']]);
  });
});

describe('rows of a web page that pads each row with the places its merged level cells left (an Inner Mongolia 申报表)', () => {
  const width = 9;
  const pad = (cells: readonly string[]): string[] => [...cells, ...Array.from({ length: width - cells.length }, () => '')];
  const read = (rows: ReadonlyArray<readonly string[]>): string[][] =>
    readIndicatorGrid(gridOf([pad(['绩效指标', '一级指标', '二级指标', '三级指标', '指标值']), ...rows.map(pad)]))
      .goals.flatMap((goal) => goal.indicators)
      .map((indicator) => [indicator.level1, indicator.level2, indicator.name, indicator.target?.text ?? '']);

  it('puts a 时效 row starting at its 二级 and a dated row starting at its name under their columns', () => {
    expect(
      read([
        ['产出指标', '数量指标', '新建棚圈面积', '≥600平米'],
        ['时效指标', '开工时限', '2023年7月'],
        ['竣工时限', '2023年10月'],
        ['成本指标', '棚圈单价', '650元/平米'],
        ['满意度指标', '服务对象满意度指标', '受益农牧户满意度', '≥90%'],
      ]),
    ).toEqual([
      ['产出指标', '数量指标', '新建棚圈面积', '≥600平米'],
      ['产出指标', '时效指标', '开工时限', '2023年7月'],
      ['产出指标', '时效指标', '竣工时限', '2023年10月'],
      ['产出指标', '成本指标', '棚圈单价', '650元/平米'],
      ['满意度指标', '服务对象满意度指标', '受益农牧户满意度', '≥90%'],
    ]);
  });

  it('still ends the table at a signing date standing alone in the first column', () => {
    expect(read([['产出指标', '数量指标', '新建棚圈面积', '≥600平米'], ['2023年10月'], ['产出指标', '质量指标', '验收合格率', '100%']])).toEqual([
      ['产出指标', '数量指标', '新建棚圈面积', '≥600平米'],
    ]);
  });
});
