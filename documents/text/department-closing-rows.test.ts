/**
 * A 部门整体支出绩效自评表 that scores nothing (Yunnan 决算 公开13表): a list of tasks with their amounts above the
 * indicators, and numbered rows under them that close the table ("四、部门自评等级 | 优", "五、绩效自评结论 | …").
 */
import { describe, expect, it } from 'vitest';
import { eachIndicator } from '../../core/model.ts';
import { readText } from './read-text.ts';

const table = [
  '2024年度部门整体支出绩效自评表',
  '部门名称\t示范县档案馆',
  '一、部门年度目标',
  '财年\t目标\t实际完成情况',
  '2024\t完成馆藏档案数字化10万页。\t完成数字化10.6万页。',
  '二、部门年度重点工作任务',
  '任务名称\t项目\t主要内容\t批复金额（万元）\t实际支出金额（万元）\t预算执行率\t未完成原因和改进措施',
  '档案数字化\t数字化加工经费\t馆藏档案扫描著录\t40.00\t39.20\t98.00%\t',
  '三、部门整体支出绩效指标',
  '一级指标\t二级指标\t三级指标\t指标性质\t指标值\t度量单位\t实际完成值\t偏差原因分析及改进措施',
  '产出指标\t数量指标\t档案数字化页数\t≥\t10\t万页\t10.6\t',
  '满意度指标\t服务对象满意度指标\t查档群众满意度\t≥\t90\t%\t95\t',
  '四、部门自评等级\t优',
  '五、绩效自评结论\t年度目标全部完成。',
].join('\n');
const asPipes = (text: string): string => text.split('\n').map((line) => (line.includes('\t') ? `| ${line.split('\t').join(' | ')} |` : line)).join('\n');

describe.each([
  ['tabs', table],
  ['pipes', asPipes(table)],
])('a 部门整体 table that scores nothing, written as %s', (_, text) => {
  const document = readText(text);
  const codes = document?.findings.map((finding) => finding.code) ?? [];

  it('reads its indicators only, the numbered closing rows none of them', () => {
    const names = document ? [...eachIndicator(document)].map(({ indicator }) => indicator.name) : [];
    expect(names).toEqual(['档案数字化页数', '查档群众满意度']);
  });

  it('reads the grade the closing row states', () => {
    expect(document?.totals.grade).toBe('优');
  });

  it('takes no task amount for the funds and misses no 总分 row', () => {
    expect(document?.budget.adjusted ?? null).toBeNull();
    expect(document?.budget.executed ?? null).toBeNull();
    expect(codes).not.toContain('budget-part-unplaced');
    expect(codes).not.toContain('truncated-document');
  });
});

describe('a scored 自评表 without its 总分 row', () => {
  it('is still reported as cut off', () => {
    const text = [
      '项目支出绩效自评表',
      '项目名称\t档案数字化',
      '一级指标\t二级指标\t三级指标\t年度指标值\t实际完成值\t分值\t得分',
      '产出指标\t数量指标\t档案数字化页数\t≥10万页\t10.6万页\t50\t50',
    ].join('\n');
    expect(readText(text)?.findings.map((finding) => finding.code)).toContain('truncated-document');
  });
});

describe('a 部门整体 sheet closing with its score and grade on one row (a PDF\'s text, single spaces)', () => {
  const text = [
    '部门整体支出绩效自评表',
    '（2024年度）',
    '单位名称 年度整体 南屿区档案馆',
    '绩效指标',
    '一级指标 二级指标 三级指标 年度指标值 实际完成值 未完成原因',
    '产出指标 数量指标 接收进馆档案数量 ≥1.2万卷 1.26万卷',
    '满意度指标 服务对象满意度指标 查档群众满意度 ≥90% 94%',
    '自评得分 96 自评等级 优',
  ].join('\n');
  const document = readText(text);

  it('reads the row as the totals, never as an indicator', () => {
    const names = document ? [...eachIndicator(document)].map(({ indicator }) => indicator.name) : [];
    expect(names).toEqual(['接收进馆档案数量', '查档群众满意度']);
    expect(document?.totals.score).toBe('96');
    expect(document?.totals.grade).toBe('优');
  });

  it('names the unit, not the first line of the next row\'s label printed beside it', () => {
    expect(document?.unit).toBe('南屿区档案馆');
  });
});
