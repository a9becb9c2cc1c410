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
