/**
 * Tables whose blank cells left no trace in the dump: one cell per line, or cells separated by
 * runs of spaces where a merged 一级/二级 is simply absent. The same table must read the same as
 * its tab-separated form (the round-trip property in documents/layouts covers generated tables;
 * these are the cases each reader fix was made for, written with our own names and numbers).
 */
import { describe, expect, it } from 'vitest';
import type { PerformanceDocument } from '../../core/model.ts';
import { readText } from './read-text.ts';

function read(text: string): PerformanceDocument {
  const document = readText(text);
  if (!document) throw new Error('not read');
  return document;
}
const rows = (document: PerformanceDocument) =>
  document.goals.flatMap((goal) =>
    goal.indicators.map((indicator) => [goal.name, indicator.level1, indicator.level2, indicator.name, indicator.target?.text ?? null, indicator.weight ?? null]),
  );

describe('a project target table with one cell per line', () => {
  const text = [
    '项目支出绩效目标表',
    '（2024年度）',
    '项目名称',
    '河堤巡护保障',
    '主管部门',
    '青石县水利局',
    '实施单位',
    '青石县河道管理站',
    '项目资金（万元）',
    '年度资金总额',
    '86.50',
    '其中：财政拨款',
    '80.00',
    '其他资金',
    '6.50',
    '年度总体目标',
    '完成河堤巡护全年任务。',
    '绩效指标',
    '一级指标',
    '二级指标',
    '三级指标',
    '指标值',
    '产出指标',
    '数量指标',
    '巡护河段长度',
    '≥42公里',
    '效益指标',
    '社会效益指标',
    '汛期险情处置',
    '及时',
  ].join('\n');

  it('takes the amount on the line after each funds label', () => {
    const document = read(text);
    expect(document.budget.total).toBe('86.50');
    expect(document.budget.bySource).toEqual({ currentYear: '80.00', other: '6.50' });
  });

  it('keeps the block labels 年度总体目标 and 绩效指标 out of the overall goal', () => {
    expect(read(text).overallGoal).toBe('完成河堤巡护全年任务。');
  });
});

describe('a project approval table with one cell per line', () => {
  it('takes a 申报表’s 项目支出名称 as the project and its 年度本级预算金额 as the total (a Hunan city’s, twenty-second study)', () => {
    // Cells one per line, each row closed by a line of pipes.
    const text = ['2024年项目支出绩效目标申报表', '|', '项目支出名称 |', '河道保洁服务 |', '预算部门 |', '青石县河道管理站 |', '|||', '|', '年度本级 预算金额 |', '96万 |', '该项目支出上级资金 |', '0 |', '|||', '|', '一级指标 |', '二级指标 |', '三级指标 |', '指标值及单位 |', '绩效标准 |', '|', '|', '产出指标 |', '数量指标 |', '保洁河段长度 |', '≥42公里 |', '计划标准 |', '||'].join('\n');
    const document = readText(text);
    expect(document?.project).toBe('河道保洁服务');
    expect(Number(document?.budget.total)).toBe(96);
  });

  it('takes the 批复金额 on the line after its label as the total', () => {
    const text = ['2024年度项目支出绩效目标批复表', '项目名称', '河堤巡护保障', '预算单位', '青石县河道管理站', '主管部门', '青石县水利局', '批复金额（万元）', '86.50', '年度绩效目标', '完成河堤巡护全年任务。', '一级指标', '二级指标', '三级指标', '指标值', '产出指标', '数量指标', '巡护河段长度', '≥42公里'].join('\n');
    const document = read(text);
    expect([document.kind, document.budget.total, document.unit]).toEqual(['approval-table', '86.50', '青石县河道管理站']);
  });
});

describe('a 部门整体 target table with one cell per line and a header per goal', () => {
  const text = [
    '2024年部门整体支出绩效目标表',
    '部门名称',
    '青石县文化馆',
    '年度预算申请（万元）',
    '资金总额',
    '120.00',
    '整体绩效目标',
    '办好全年群众文化活动。',
    '目标一',
    '一级指标',
    '二级指标',
    '三级指标',
    '指标值',
    '产出指标',
    '数量指标',
    '送戏下乡场次',
    '≥30场',
    '目标二',
    '一级指标',
    '二级指标',
    '三级指标',
    '指标值',
    '效益指标',
    '社会效益指标',
    '群众参与人次',
    '≥5000人次',
    '满意度指标',
    '服务对象满意度指标',
    '观众满意度',
    '≥90%',
  ].join('\n');

  it('reads the header again for each goal instead of taking its words as indicators', () => {
    expect(rows(read(text))).toEqual([
      ['目标一', '产出指标', '数量指标', '送戏下乡场次', '≥30场', null],
      ['目标二', '效益指标', '社会效益指标', '群众参与人次', '≥5000人次', null],
      ['目标二', '满意度指标', '服务对象满意度指标', '观众满意度', '≥90%', null],
    ]);
  });
});

describe('a project self-evaluation with one cell per line', () => {
  const header = ['一级指标', '二级指标', '三级指标', '年度指标值', '实际完成值', '分值', '得分', '偏差原因分析及改进措施'];
  const text = (deviation: string[]) =>
    [
      '项目支出绩效自评表',
      '（2024年度）',
      '项目名称',
      '河堤巡护保障',
      ...header,
      '产出指标',
      '数量指标',
      '巡护河段长度',
      '≥42公里',
      '45公里',
      '20',
      '20',
      ...deviation,
      '巡查记录完整率',
      '持续提升',
      '达成年度指标',
      '10',
      '10',
      '总分',
      '30',
      '30',
    ].join('\n');

  it('reads a name after a row as the next row, not as the row’s 偏差原因', () => {
    const names = read(text([])).goals.flatMap((goal) => goal.indicators.map((indicator) => [indicator.name, indicator.weight, indicator.deviation ?? null]));
    expect(names).toEqual([
      ['巡护河段长度', '20', null],
      ['巡查记录完整率', '10', null],
    ]);
  });

  it('still takes a 偏差原因 written after the scores', () => {
    const names = read(text(['汛期提前，增加巡护'])).goals.flatMap((goal) => goal.indicators.map((indicator) => [indicator.name, indicator.deviation ?? null]));
    expect(names).toEqual([
      ['巡护河段长度', '汛期提前，增加巡护'],
      ['巡查记录完整率', null],
    ]);
  });
});

describe('target tables with cells separated by runs of spaces', () => {
  it('places a row whose 一级/二级 were merged above in the name and value columns', () => {
    const text = [
      '项目支出绩效目标表',
      '（2024年度）',
      '项目名称    河堤巡护保障',
      '项目资金（万元）    年度资金总额    86.50',
      '绩效指标    一级指标    二级指标    三级指标    指标值',
      '产出指标    数量指标    巡护河段长度    ≥42公里',
      '巡查制度    健全',
      '效益指标    社会效益指标    汛期险情处置    达到预期',
    ].join('\n');
    expect(rows(read(text))).toEqual([
      ['', '产出指标', '数量指标', '巡护河段长度', '≥42公里', null],
      ['', '产出指标', '数量指标', '巡查制度', '健全', null],
      ['', '效益指标', '社会效益指标', '汛期险情处置', '达到预期', null],
    ]);
  });

  it('reads the header again after each goal of a 部门整体 table, and qualitative values as values', () => {
    const text = [
      '2024年部门整体支出绩效目标表',
      '部门名称    青石县文化馆',
      '年度预算申请（万元）    资金总额    120.00',
      '目标一    一级指标    二级指标    三级指标    指标值',
      '产出指标    数量指标    送戏下乡场次    ≥30场',
      '目标二    一级指标    二级指标    三级指标    指标值',
      '效益指标    社会效益指标    群众参与人次    ≥5000人次',
      '可持续影响指标    设施运行    持续提升',
      '满意度指标    服务对象满意度指标    观众满意度    达到预期',
    ].join('\n');
    expect(rows(read(text))).toEqual([
      ['目标一', '产出指标', '数量指标', '送戏下乡场次', '≥30场', null],
      ['目标二', '效益指标', '社会效益指标', '群众参与人次', '≥5000人次', null],
      ['目标二', '效益指标', '可持续影响指标', '设施运行', '持续提升', null],
      ['目标二', '满意度指标', '服务对象满意度指标', '观众满意度', '达到预期', null],
    ]);
  });
});
