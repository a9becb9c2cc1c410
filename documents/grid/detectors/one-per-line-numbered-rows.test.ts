import { describe, expect, it } from 'vitest';
import { eachIndicator, type PerformanceDocument } from '../../../core/model.ts';
import { readText } from '../../text/read-text.ts';

const rowsOf = (document: PerformanceDocument | null) =>
  [...eachIndicator(document!)].map(({ indicator }) => [indicator.level1, indicator.level2, indicator.name, indicator.target?.text ?? '', indicator.actual?.text ?? '', indicator.weight, indicator.score, indicator.deviation ?? '']);

const selfEvaluationHeader = ['项目支出绩效自评表', '（2024年度）', '项目名称', '乡村书屋更新', '序号'];

/** A 序号 standing alone on its line before the header's band word and each row (pdftotext without -layout). */
describe('a table one cell per line whose rows number themselves', () => {
  it('reads a 序号 before the 绩效指标 band word as the first column, and a reason right before the next 序号', () => {
    const text = [
      ...selfEvaluationHeader,
      '绩效指标', '一级指标', '二级指标', '三级指标', '年度指标值', '实际完成值', '分值', '得分', '偏差原因分析及改进措施',
      '1', '产出指标', '数量指标', '更新书屋数量', '≥30个', '31个', '20', '20',
      '2', '新增图书册数', '≥6000册', '5200册', '20', '17', '部分图书延期到货，明年初补齐。',
      '3', '效益指标', '社会效益指标', '书屋借阅人次', '≥9000人次', '9400人次', '30', '30',
      '4', '满意度指标', '服务对象满意度指标', '读者满意度', '≥90%', '93%', '30', '30',
      '总分', '100', '97',
    ].join('\n');
    expect(rowsOf(readText(text))).toEqual([
      ['产出指标', '数量指标', '更新书屋数量', '≥30个', '31个', '20', '20', ''],
      ['产出指标', '数量指标', '新增图书册数', '≥6000册', '5200册', '20', '17', '部分图书延期到货，明年初补齐。'],
      ['效益指标', '社会效益指标', '书屋借阅人次', '≥9000人次', '9400人次', '30', '30', ''],
      ['满意度指标', '服务对象满意度指标', '读者满意度', '≥90%', '93%', '30', '30', ''],
    ]);
  });

  it('reads a numbered 小计 row as no indicator, and a level with no indicator before the next 序号 as no name', () => {
    const text = [
      ...selfEvaluationHeader,
      '一级指标', '二级指标', '三级指标', '年度指标值', '实际完成值', '分值', '得分', '偏差原因分析及改进措施',
      '1', '产出指标', '数量指标', '更新书屋数量', '≥30个', '31个', '40', '40',
      '2', '时效指标', '完工时间', '2024年9月前', '2024年10月', '20', '16', '雨季推迟施工',
      '3', '小计', '60', '56',
      '4', '效益指标', '经济效益指标',
      '5', '社会效益指标', '书屋借阅人次', '≥9000人次', '9400人次', '30', '30',
      '6', '满意度指标', '服务对象满意度指标', '读者满意度', '≥90%', '93%', '10', '10',
      '7', '小计', '40', '40',
      '总分', '100', '96',
    ].join('\n');
    expect(rowsOf(readText(text))).toEqual([
      ['产出指标', '数量指标', '更新书屋数量', '≥30个', '31个', '40', '40', ''],
      ['产出指标', '时效指标', '完工时间', '2024年9月前', '2024年10月', '20', '16', '雨季推迟施工'],
      ['效益指标', '社会效益指标', '书屋借阅人次', '≥9000人次', '9400人次', '30', '30', ''],
      ['满意度指标', '服务对象满意度指标', '读者满意度', '≥90%', '93%', '10', '10', ''],
    ]);
  });

  it('reads a number after a row that wrote no 序号 as the next row’s, not the row’s reason', () => {
    const text = [
      ...selfEvaluationHeader,
      '一级指标', '二级指标', '三级指标', '年度指标值', '实际完成值', '偏差原因分析及改进措施',
      '1', '产出指标', '数量指标', '更新书屋数量', '≥30个', '31个',
      '质量指标', '图书验收合格率', '=100%', '100%',
      '2', '时效指标', '按期完工率', '≥95%', '90%', '雨季推迟施工',
      '3', '满意度指标', '服务对象满意度指标', '读者满意度', '≥90%', '93%',
    ].join('\n');
    expect(rowsOf(readText(text)).map((row) => [row[2], row[7]])).toEqual([
      ['更新书屋数量', ''],
      ['图书验收合格率', ''],
      ['按期完工率', '雨季推迟施工'],
      ['读者满意度', ''],
    ]);
  });

  it('reads a goal and its description above the first header, and standing where the 序号 and 一级 are, as goals', () => {
    const text = [
      '部门整体支出绩效目标表', '（2025年度）', '部门名称', '某县林业局',
      '目标一', '保护森林资源。',
      '序号', '一级指标', '二级指标', '三级指标', '指标值',
      '1', '产出指标', '数量指标', '巡护里程', '≥1200公里',
      '2', '满意度指标', '服务对象满意度指标', '林农满意度', '≥90%',
      '目标二', '推进国土绿化。',
      '序号', '一级指标', '二级指标', '三级指标', '指标值',
      '3', '产出指标', '数量指标', '新造林面积', '≥800亩',
      '4', '效益指标', '生态效益指标', '森林覆盖率', '≥62%',
    ].join('\n');
    const document = readText(text);
    expect(document?.goals.filter((goal) => goal.indicators.length > 0).map((goal) => goal.indicators.map((indicator) => indicator.name))).toEqual([
      ['巡护里程', '林农满意度'],
      ['新造林面积', '森林覆盖率'],
    ]);
    expect(document?.goals.filter((goal) => goal.indicators.length > 0).map((goal) => goal.name)).toEqual(['目标一：保护森林资源。', '目标二：推进国土绿化。']);
  });
});

describe('a 计量单位 column one cell per line', () => {
  it('leaves the unit of a qualitative value empty rather than take the next goal for it', () => {
    const text = [
      '项目支出绩效目标表', '（2025年度）', '项目名称', '林区防火道修缮',
      '绩效目标', '一级指标', '二级指标', '三级指标', '指标值', '计量单位',
      '目标1：修缮防火道', '产出指标', '数量指标', '修缮里程', '≥40', '公里',
      '效益指标', '社会效益指标', '防火能力', '明显提升',
      '目标2：保障林区安全', '产出指标', '质量指标', '验收合格率', '=100', '%',
      '满意度指标', '服务对象满意度指标', '护林员满意度', '≥90', '%',
    ].join('\n');
    const document = readText(text);
    expect(document?.goals.filter((goal) => goal.indicators.length > 0).map((goal) => [goal.name, goal.indicators.length])).toEqual([
      ['目标1：修缮防火道', 2],
      ['目标2：保障林区安全', 2],
    ]);
  });

  it('reads qualitative rows without a unit, the next row’s name no reason of the row above, under a framework’s levels', () => {
    const text = [
      '项目支出绩效自评表', '（2024年度）', '项目名称', '林区防火道修缮',
      '一级指标', '二级指标', '三级指标', '指标值', '计量单位', '实际完成值', '分值', '得分', '偏差原因分析',
      '决策（20分）', '项目立项', '立项依据充分性', '充分', '充分', '5', '5',
      '绩效目标', '绩效目标合理性', '合理', '基本合理', '5', '4',
      '绩效指标明确性', '明确', '基本明确', '5', '3', '个别指标未量化',
      '产出（80分）', '产出数量', '修缮里程', '≥40', '公里', '42', '80', '80',
    ].join('\n');
    expect(rowsOf(readText(text)).map((row) => row.slice(0, 7))).toEqual([
      ['决策', '项目立项', '立项依据充分性', '充分', '充分', '5', '5'],
      ['决策', '绩效目标', '绩效目标合理性', '合理', '基本合理', '5', '4'],
      ['决策', '绩效目标', '绩效指标明确性', '明确', '基本明确', '5', '3'],
      ['产出指标', '产出数量', '修缮里程', '≥40公里', '42公里', '80', '80'],
    ]);
  });
});

describe('names numbered by the template, one cell per line', () => {
  it('reads a word the vocabulary does not know before a numbered name as the row’s 二级, not the name with the name as its value', () => {
    const text = [
      '部门整体支出绩效目标表', '（2025年度）', '部门名称', '某县水利局',
      '一级指标', '二级指标', '三级指标', '指标值', '指标值设定依据及数据来源',
      '产出指标', '质量指标', '1.汛前安全检查覆盖率', '=100%', '防汛工作方案',
      '渠道管护任务', '1.渠道清淤长度', '≥18公里', '管护合同',
      '满意度指标', '服务对象满意度指标', '1.灌区农户满意度', '≥90%', '问卷调查',
    ].join('\n');
    expect(rowsOf(readText(text)).map((row) => row.slice(0, 4))).toEqual([
      ['产出指标', '质量指标', '汛前安全检查覆盖率', '=100%'],
      ['产出指标', '渠道管护任务', '渠道清淤长度', '≥18公里'],
      ['满意度指标', '服务对象满意度指标', '灌区农户满意度', '≥90%'],
    ]);
  });
});

