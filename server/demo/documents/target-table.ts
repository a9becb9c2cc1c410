/**
 * A demo 部门整体支出绩效目标表 in the shape of sample 000 (湘潭县公安局 2023): budget by source
 * and by nature, 部门职能, 整体绩效目标, goals with 产出/效益/满意度 indicators. Written for the demo;
 * no real unit's figures.
 */
import { createEmptyDocument, type PerformanceDocument } from '../../../core/model.ts';
import { buildGoal } from './build-indicator.ts';
import { createJusticeTargetTable } from './justice.ts';

export type DemoTheme = 'public-security' | 'justice' | 'education';

export function createDemoTargetTable(input: { unit: string; year: number; theme?: DemoTheme }): PerformanceDocument {
  if (input.theme === 'education') return createEducationTargetTable(input);
  if (input.theme === 'justice') return createJusticeTargetTable(input);
  const document = createEmptyDocument('target-table');
  document.unit = input.unit;
  document.year = input.year;
  document.budget = {
    total: '6820.40',
    bySource: { generalPublic: '6520.40', governmentFund: '180.00', specialAccount: '120.00', total: '6820.40' },
    byNature: { basic: '5210.75', project: '1609.65', total: '6820.40' },
  };
  document.functions =
    '（一）贯彻执行上级关于公安工作的方针政策，组织、指导全县公安工作。（二）负责全县治安巡逻防控和治安管理，依法查处治安案件。（三）组织侦破刑事案件，依法打击各类违法犯罪活动。（四）负责全县公安装备和经费等警务保障工作。';
  document.overallGoal =
    '目标1：维护社会治安稳定，刑事案件破案率稳步提升。目标2：加强道路交通管理，减少交通事故。目标3：提升服务水平，群众安全感和满意度保持在较高水平。';
  document.goals = [
    buildGoal('目标一：维护社会稳定', [
      { level1: '产出指标', level2: '数量指标', name: '侦破刑事案件数', target: '≥600起' },
      { level1: '产出指标', level2: '数量指标', name: '开展治安巡逻', target: '≥2000次' },
      { level1: '产出指标', level2: '质量指标', name: '八类严重暴力案件破案率', target: '≥95%' },
      { level1: '产出指标', level2: '时效指标', name: '110接警出警时长', target: '≤15分钟' },
      { level1: '效益指标', level2: '社会效益指标', name: '盗抢类案件发案率', target: '下降5%' },
      { level1: '满意度指标', level2: '服务对象满意度指标', name: '群众安全感满意度', target: '≥95%' },
    ]),
    buildGoal('目标二：道路交通安全', [
      { level1: '产出指标', level2: '数量指标', name: '查处交通违法行为', target: '≥30000起' },
      { level1: '产出指标', level2: '成本指标', name: '交通设施维护成本', target: '≤120万元' },
      { level1: '效益指标', level2: '社会效益指标', name: '道路交通事故死亡人数', target: '≤12人' },
      { level1: '满意度指标', level2: '服务对象满意度指标', name: '驾驶人满意度', target: '≥90%' },
    ]),
  ];
  return document;
}

/** A school's target table: the same indicators the demo approval table carries. */
function createEducationTargetTable(input: { unit: string; year: number }): PerformanceDocument {
  const document = createEmptyDocument('target-table');
  document.unit = input.unit;
  document.year = input.year;
  document.budget = {
    total: '2310.00',
    bySource: { generalPublic: '2190.00', other: '120.00', total: '2310.00' },
    byNature: { basic: '1865.30', project: '444.70', total: '2310.00' },
  };
  document.functions = '实施义务教育，保障学校正常运转，落实学生资助政策。';
  document.overallGoal = '保障学校正常运转，巩固义务教育成果，落实学生资助政策，家长和学生满意度保持较高水平。';
  document.goals = [
    buildGoal('目标一：学校运转保障', [
      { level1: '产出指标', level2: '数量指标', name: '在校学生人数', target: '≥1800人' },
      { level1: '产出指标', level2: '质量指标', name: '义务教育巩固率', target: '≥99%' },
      { level1: '效益指标', level2: '社会效益指标', name: '学业水平考试合格率', target: '≥95%' },
      { level1: '满意度指标', level2: '服务对象满意度指标', name: '家长满意度', target: '≥90%' },
    ]),
    buildGoal('目标二：学生资助', [
      { level1: '产出指标', level2: '数量指标', name: '资助家庭经济困难学生', target: '≥300人次' },
      { level1: '产出指标', level2: '时效指标', name: '资助资金发放及时率', target: '=100%' },
      { level1: '满意度指标', level2: '服务对象满意度指标', name: '受助学生满意度', target: '≥95%' },
    ]),
  ];
  return document;
}
