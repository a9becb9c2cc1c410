import { describe, expect, it } from 'vitest';
import { levelRowsOfLine } from '../testing.ts';
import { isPointsUnitAt, writesBarePoints } from './stream-level-weights.ts';

// A 项目支出绩效评价评分表 of the older national framework run together (a document site's preview): 资金分配 with
// its 三级 分配办法 and 分配结果, 决策程序 under 决策过程, every figure written bare.
function rowsOf(header: string, stream: string, after: string): string[][] {
  return levelRowsOfLine(`某县2022年度饮水工程项目支出绩效评价评分表${header}${stream}${after}`);
}

describe('whether a run-together sheet writes its points bare', () => {
  it.each([
    ['决策20项目目标4目标内容44决策过程8决策依据33资金分配8分配办法22分配结果65', true],
    ['立项依据充分性3项目是否符合发展规划。①符合政策(1分)；②每低1个百分点扣0.1分。3到位率33', true],
    ['决策20分项目目标4分目标内容4分4分决策过程8分决策依据3分3分', false],
    ['目标内容4分4分', false],
  ])('%s → %s', (text, expected) => {
    expect(writesBarePoints(text)).toBe(expected);
  });

  it.each([
    ['8分配办法', 1, true, false],
    ['8分配办法', 1, false, true],
    ['4分4', 1, true, true],
    ['4分', 1, true, true],
    ['44', 1, true, false],
  ])('the 分 of %s at %i (bare sheet %s) is the figure’s unit: %s', (text, at, isBare, expected) => {
    expect(isPointsUnitAt(text, at, isBare)).toBe(expected);
  });
});

describe('a score sheet of the older framework run together, its points bare', () => {
  const rows = (header: string, stream: string): string[][] =>
    rowsOf(header, stream, '总分10092评价人员：某某');

  it('leaves the 分 after a level weight and after an 得分 to 分配办法 and 分配结果', () => {
    expect(
      rows(
        '一级指标分值二级指标分值三级指标分值得分',
        '决策20项目目标4目标内容44决策过程8决策依据33决策程序54资金分配8分配办法22分配结果65过程25资金到位5到位率33到位时效22',
      ).slice(3, 5),
    ).toEqual([
      ['决策', '资金分配', '分配办法', '2', '2'],
      ['决策', '资金分配', '分配结果', '6', '5'],
    ]);
  });

  it('reads 决策程序 under 决策过程 as a name in a sheet without level weights', () => {
    expect(
      rows(
        '一级指标二级指标三级指标分值得分',
        '决策项目目标目标内容44决策过程决策依据33决策程序54资金分配分配办法22分配结果65过程资金到位到位率33到位时效22资金管理资金使用109',
      ),
    ).toEqual([
      ['决策', '项目目标', '目标内容', '4', '4'],
      ['决策', '决策过程', '决策依据', '3', '3'],
      ['决策', '决策过程', '决策程序', '5', '4'],
      ['决策', '资金分配', '分配办法', '2', '2'],
      ['决策', '资金分配', '分配结果', '6', '5'],
      ['过程', '资金到位', '到位率', '3', '3'],
      ['过程', '资金到位', '到位时效', '2', '2'],
      ['过程', '资金管理', '资金使用', '10', '9'],
    ]);
  });
});

describe('a 二级 word holding no row in a sheet with a 分值 after each level', () => {
  const header = '一级指标分值二级指标分值三级指标分值得分';

  it('reads a 三级 worded as the framework’s 二级 before another 二级 with its weight as a name', () => {
    expect(
      rowsOf(header, '过程20资金管理10资金使用76财务管理33组织实施10组织机构11管理制度98', '总分201918'),
    ).toEqual([
      ['过程', '资金管理', '资金使用', '7', '6'],
      ['过程', '资金管理', '财务管理', '3', '3'],
      ['过程', '组织实施', '组织机构', '1', '1'],
      ['过程', '组织实施', '管理制度', '9', '8'],
    ]);
  });

  it('reads such names before a 一级 with its weight and before the 总分 row, and keeps a 二级 before a 分值 and 得分', () => {
    expect(
      rowsOf(
        header,
        '产出30项目产出30产出数量1010产出质量87产出时效66产出成本65效益25项目效益25社会效益109可持续影响88服务对象满意度76',
        '总分555551',
      ),
    ).toEqual([
      ['产出指标', '项目产出', '产出数量', '10', '10'],
      ['产出指标', '项目产出', '产出质量', '8', '7'],
      ['产出指标', '项目产出', '产出时效', '6', '6'],
      ['产出指标', '项目产出', '产出成本', '6', '5'],
      ['效益指标', '项目效益', '社会效益', '10', '9'],
      ['效益指标', '项目效益', '可持续影响', '8', '8'],
      ['效益指标', '项目效益', '服务对象满意度', '7', '6'],
    ]);
  });
});

describe('a 二级 word before a figure in a score sheet without level weights', () => {
  const header = '一级指标二级指标三级指标分值得分';

  it('reads the 2013 framework’s 财务管理 under 资金管理 as a name', () => {
    expect(
      rowsOf(header, '过程资金管理资金使用76财务管理33组织实施组织机构11管理制度109', '总分2119'),
    ).toEqual([
      ['过程', '资金管理', '资金使用', '7', '6'],
      ['过程', '资金管理', '财务管理', '3', '3'],
      ['过程', '组织实施', '组织机构', '1', '1'],
      ['过程', '组织实施', '管理制度', '10', '9'],
    ]);
  });

  it('reads 产出 | 项目产出 before 产出数量 and its figures, and 效益 | 项目效益 before 社会效益', () => {
    expect(
      rowsOf(header, '产出项目产出产出数量1010产出质量87效益项目效益社会效益109满意度108', '总分4034'),
    ).toEqual([
      ['产出指标', '项目产出', '产出数量', '10', '10'],
      ['产出指标', '项目产出', '产出质量', '8', '7'],
      ['效益指标', '项目效益', '社会效益', '10', '9'],
      ['效益指标', '项目效益', '满意度', '10', '8'],
    ]);
  });
});
