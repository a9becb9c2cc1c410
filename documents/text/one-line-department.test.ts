import { describe, expect, it } from 'vitest';
import { readText } from './read-text.ts';

// Own 部门整体 tables as a document site gives a Word file's text: the whole document on one line, cells apart by single spaces.
describe('部门整体 tables written as one line with single spaces', () => {
  it('reads the "label：amount" cells of the funds by source and by nature in a self-evaluation', () => {
    const line =
      '部门整体支出绩效自评表 预算单位：（盖章）（2023年度） 预算部门名称 某县图书馆 年度 年初预算数 全年预算数 全年执行数 分值 执行率 得分 ' +
      '预算申请（万元） 年度资金总额 500.00 480.00 456.00 10 95.00% 9.50 按收入性质分： 按支出性质分： ' +
      '其中：一般公共预算：450.00 其中：基本支出：300.00 其他资金：30.00 项目支出：180.00 ' +
      '年度总体目标 预期目标 实际完成情况 保障图书馆正常运转。 图书馆正常运转。 ' +
      '绩效指标 一级指标 二级指标 三级指标 年度指标值 实际完成值 分值 得分 偏差原因分析及改进措施 ' +
      '产出指标 数量指标 图书借阅人次 ≥5000人次 5600人次 40 40 满意度指标 服务对象满意度指标 读者满意度 ≥90% 93% 50 50 总分 100 99.50';
    const document = readText(line);
    expect(document?.budget.bySource).toMatchObject({ generalPublic: '450.00', other: '30.00' });
    expect(document?.budget.byNature).toMatchObject({ basic: '300.00', project: '180.00' });
  });

  it('ends the unit where the next label cell starts, not inside it', () => {
    const line =
      '2024年部门整体支出绩效目标表 填报单位：（盖章） 部门名称 某县图书馆 年度预算申请（万元） 资金总额 120.50 整体绩效目标 保障图书馆正常运转。 ' +
      '目标一 一级指标 二级指标 三级指标 指标值 产出指标 数量指标 图书借阅人次 ≥5000人次 效益指标 社会效益指标 阅读氛围 明显改善';
    const document = readText(line);
    expect(document?.unit).toBe('某县图书馆');
    expect(document?.goals.flatMap((goal) => goal.indicators.map((indicator) => `${indicator.name}/${indicator.target?.text ?? ''}`))).toEqual(['图书借阅人次/≥5000人次', '阅读氛围/明显改善']);
  });
});
