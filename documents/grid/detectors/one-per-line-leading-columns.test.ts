import { describe, expect, it } from 'vitest';
import { readIndicatorGrid } from '../read-indicator-table.ts';
import { recoverTextGrid } from '../read-text-indicators.ts';

/** Cells one per line, empty cells leaving no line (pdftotext without -layout). */
function read(lines: readonly string[]) {
  const table = readIndicatorGrid(recoverTextGrid(lines).grid);
  return table.goals.map((goal) => ({
    goal: goal.name,
    rows: goal.indicators.map((indicator) => [indicator.level1 ?? '', indicator.level2 ?? '', indicator.name, indicator.target?.text ?? '']),
  }));
}

describe('cells one per line with a goal or task column before the levels', () => {
  it('reads a 绩效目标 column merged down over its goal rows as each goal of the table', () => {
    const goals = read([
      '绩效目标', '一级指标', '二级指标', '三级指标', '指标值',
      '目标1：修缮乡镇文化站8个', '产出指标', '数量指标', '修缮文化站数量', '=8个',
      '质量指标', '修缮工程验收合格率', '=100%',
      '目标2：丰富群众文化生活', '效益指标', '社会效益指标', '文化活动参与人次', '≥5000人次',
    ]);
    expect(goals.map((goal) => [goal.goal, goal.rows.map((row) => row.join('|'))])).toEqual([
      ['目标1：修缮乡镇文化站8个', ['产出指标|数量指标|修缮文化站数量|=8个', '产出指标|质量指标|修缮工程验收合格率|=100%']],
      ['目标2：丰富群众文化生活', ['效益指标|社会效益指标|文化活动参与人次|≥5000人次']],
    ]);
  });

  it('reads a 任务名称 column whose tasks no vocabulary knows, and an explanatory column after the values', () => {
    const goals = read([
      '任务名称', '一级指标', '二级指标', '三级指标', '指标值', '指标值设定依据及数据来源',
      '林区防火巡护', '产出指标', '数量指标', '防火巡护天数', '≥300天', '年度巡护计划',
      '质量指标', '火情报告及时率', '=100%', '防火预案',
      '苗木培育', '产出指标', '数量指标', '培育苗木株数', '≥20万株', '育苗合同',
      '满意度指标', '服务对象满意度指标', '林农满意度', '≥90%', '问卷调查',
    ]);
    const rows = goals.flatMap((goal) => goal.rows.map((row) => `${goal.goal}|${row.join('|')}`));
    expect(rows).toEqual([
      '林区防火巡护|产出指标|数量指标|防火巡护天数|≥300天',
      '林区防火巡护|产出指标|质量指标|火情报告及时率|=100%',
      '苗木培育|产出指标|数量指标|培育苗木株数|≥20万株',
      '苗木培育|满意度指标|服务对象满意度指标|林农满意度|≥90%',
    ]);
  });

  it('leaves a name under merged levels a name: only a line followed by a 一级 opens a task', () => {
    const goals = read([
      '任务名称', '一级指标', '二级指标', '三级指标', '指标值',
      '道路养护', '产出指标', '数量指标', '养护里程', '≥120公里',
      '养护路段数', '≥15段',
    ]);
    expect(goals.flatMap((goal) => goal.rows.map((row) => `${goal.goal}|${row.join('|')}`))).toEqual([
      '道路养护|产出指标|数量指标|养护里程|≥120公里',
      '道路养护|产出指标|数量指标|养护路段数|≥15段',
    ]);
  });
});

describe('cells one per line with a 指标类别 column of bands before the levels (共性指标 / 特性指标, merged down)', () => {
  it('takes a band’s word only on the row that opens it with its 一级, and makes no goal of it', () => {
    const lines = [
      '指标类别', '一级指标', '二级指标', '三级指标', '分值', '得分',
      '共性指标（20分）', '项目决策（10分）', '科学决策', '立项依据充分性', '5', '5',
      '决策程序规范性', '5', '4',
      '项目管理（10分）', '资金管理', '资金到位率', '10', '10',
      '特性指标（80分）', '项目产出（80分）', '完成数量', '修缮校舍面积', '80', '76',
    ];
    const table = readIndicatorGrid(recoverTextGrid(lines).grid);
    expect(table.goals).toHaveLength(1);
    expect(table.goals[0]?.indicators.map((indicator) => [indicator.level1, indicator.level2, indicator.name, indicator.score].join('|'))).toEqual([
      '决策|科学决策|立项依据充分性|5',
      '决策|科学决策|决策程序规范性|4',
      '过程|资金管理|资金到位率|10',
      '产出指标|完成数量|修缮校舍面积|76',
    ]);
  });
});

describe('cells one per line of a table listing projects down its side (单位名称（项目名称） / 预算金额 / 年度目标 …)', () => {
  const header = ['单位名称（项目名称）', '预算金额', '年度目标', '一级指标', '二级指标', '三级指标', '指标性质', '指标值', '度量单位'];

  it('reads the unit’s row, then the project’s cells on its first row only, the indicators with their values', () => {
    const lines = [
      ...header,
      '示范县文化馆', '36.50',
      '  非遗传承展演经费', '36.50', '举办非遗展演12场，培训传承人60人次。',
      '产出指标', '数量指标', '非遗展演场次', '≥', '12', '场',
      '产出指标', '质量指标', '培训合格率', '≥', '95', '%',
      '满意度指标', '服务对象满意度指标', '观众满意度', '≥', '90', '%',
    ];
    const table = readIndicatorGrid(recoverTextGrid(lines).grid);
    expect(table.leading).toEqual({ project: '非遗传承展演经费', amount: '36.50', unit: null });
    expect(table.goals.flatMap((goal) => goal.indicators.map((indicator) => [indicator.level2, indicator.name, indicator.target?.text].join('|')))).toEqual([
      '数量指标|非遗展演场次|≥12场',
      '质量指标|培训合格率|≥95%',
      '服务对象满意度指标|观众满意度|≥90%',
    ]);
  });

  it('reads the same table numbered under a 序号 column: the unit’s row without a number, each indicator row after its own', () => {
    const lines = [
      '序号', ...header,
      '示范县文化馆', '36.50',
      '1', '  非遗传承展演经费', '36.50', '举办非遗展演12场，培训传承人60人次。',
      '产出指标', '数量指标', '非遗展演场次', '≥', '12', '场',
      '2', '产出指标', '质量指标', '培训合格率', '≥', '95', '%',
      '3', '满意度指标', '服务对象满意度指标', '观众满意度', '≥', '90', '%',
    ];
    const table = readIndicatorGrid(recoverTextGrid(lines).grid);
    expect(table.leading).toEqual({ project: '非遗传承展演经费', amount: '36.50', unit: null });
    expect(table.goals.flatMap((goal) => goal.indicators.map((indicator) => [indicator.level1, indicator.level2, indicator.name, indicator.target?.text].join('|')))).toEqual([
      '产出指标|数量指标|非遗展演场次|≥12场',
      '产出指标|质量指标|培训合格率|≥95%',
      '满意度指标|服务对象满意度指标|观众满意度|≥90%',
    ]);
  });
});
