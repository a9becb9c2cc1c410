import { describe, expect, it } from 'vitest';
import { readText } from './read-text.ts';

/** The Chongqing county 中央、市级专项转移支付绩效目标自评表 as a page's text: cells end in a space of their own. */
const head = [
  '中央、市级专项转移支付绩效目标自评表',
  '（2023年度）',
  '专项（项目）名称  桂花村人居环境整治项目 负责人及电话  周某',
  '县级主管部门  某县农业农村委员会 实施单位  某县石岭镇人民政府',
  '项目资金（万元） ',
  '全年预算数（A）  全年执行数（B）  执行率（B/A） ',
];
const indicators = ['绩效指标 一级指标 二级指标 三级指标 年度指标值 全年完成值', '产出指标 数量指标 改造村内道路 2.6km 2.6km'];

describe('funds rows whose values stand with single spaces after a run of spaces', () => {
  it.each([
    ['amounts with 万元', '年度资金总额：  186.40万元 180.52万元 96.85%'],
    ['bare amounts', '年度资金总额：  186.40 180.52 96.85%'],
  ])('splits the values into cells (%s)', (_, row) => {
    const document = readText([...head, row, ...indicators].join('\n'));
    expect(document?.budget).toMatchObject({ adjusted: '186.40', executed: '180.52', executionRate: '96.85' });
    expect(document?.project).toBe('桂花村人居环境整治项目');
  });

  it('keeps a label with words between its values whole (no values read where none stand apart)', () => {
    const document = readText([...head, '年度资金总额：  全年 186.40 万元', ...indicators].join('\n'));
    expect(document?.budget.executed ?? null).toBeNull();
  });
});

/** A system's 项目支出绩效自评表 printed with single spaces (a Hainan school's page): an empty cell leaves a second space. */
const printHead = ['项目支出绩效自评表', '项目名称: 46000099T000000001234-校舍维修 填报人: 某某 联系方式: 0898-60000000', '主管部门: 208-省教育厅 实施单位: 208031-省某实验中学', '资金构成(元) 年初预算数 全年预算数 执行数 分值 执行率(%) 得分'];
const printIndicators = ['一级指标 二级指标 三级指标 年度指标值 实际完成值 分值 得分', '产出指标 数量指标 维修校舍间数 40间 32间 90 72'];

describe('a row label and its values with single spaces, a run of spaces where a cell stayed empty', () => {
  it.each([
    ['a run before the rate', '资金总额: 150,000.00 150,000.00 120,000.00 10.00  80 8'],
    ['no run at all', '资金总额: 150,000.00 150,000.00 120,000.00 10.00 80 8'],
    ['a run of three spaces', '资金总额: 150,000.00 150,000.00 120,000.00 10.00   80 8'],
  ])('reads the total row (%s)', (_, row) => {
    const document = readText([...printHead, row, ...printIndicators].join('\n'));
    expect(document?.budget).toMatchObject({ initial: '15', adjusted: '15', executed: '12', executionRate: '80', weight: '10.00', score: '8' });
  });

  it('keeps a piece whose first word is no row label whole', () => {
    const document = readText([...printHead, '资金总额: 150,000.00 150,000.00 120,000.00 10.00  约 80 8', ...printIndicators].join('\n'));
    expect(document?.budget.score ?? null).toBeNull();
  });
});
