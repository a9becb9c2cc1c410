/**
 * A demo 部门整体支出绩效目标批复表 in the shape of sample 002 (湟源县公安局 2024): 部门职能概述,
 * 年度整体绩效目标, indicators grouped by 核心职能. The server also produces approval tables
 * from approved target tables; this one stands for an approval issued before the product.
 */
import { createEmptyDocument, type PerformanceDocument } from '../../../core/model.ts';
import { buildGoal } from './build-indicator.ts';

export function createDemoApprovalTable(input: { unit: string; year: number }): PerformanceDocument {
  const document = createEmptyDocument('approval-table');
  document.unit = input.unit;
  document.year = input.year;
  document.budget = { total: '2310.00' };
  document.functions = '负责全县义务教育阶段学校管理、教师队伍建设和学生资助工作。';
  document.overallGoal = '保障义务教育学校正常运转，巩固义务教育均衡发展成果，落实学生资助政策。';
  document.goals = [
    buildGoal('职能1：学校运转保障', [
      { level1: '产出指标', level2: '数量指标', name: '保障学校数', target: '=42所' },
      { level1: '产出指标', level2: '质量指标', name: '义务教育巩固率', target: '≥99%' },
      { level1: '效益指标', level2: '社会效益指标', name: '适龄儿童入学率', target: '=100%' },
      { level1: '满意度指标', level2: '服务对象满意度指标', name: '家长满意度', target: '≥90%' },
    ]),
    buildGoal('职能2：学生资助', [
      { level1: '产出指标', level2: '数量指标', name: '资助家庭经济困难学生', target: '≥1500人次' },
      { level1: '产出指标', level2: '时效指标', name: '资助资金发放及时率', target: '=100%' },
      { level1: '效益指标', level2: '社会效益指标', name: '因贫失学辍学学生', target: '=0人' },
      { level1: '满意度指标', level2: '服务对象满意度指标', name: '受助学生满意度', target: '≥95%' },
    ]),
  ];
  return document;
}
