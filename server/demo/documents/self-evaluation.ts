/**
 * A demo 部门整体支出绩效自评表 in the shape of sample 001 (株洲市公安局渌口分局 2022): 年初预算数 /
 * 全年预算数 / 全年执行数 / 分值 / 执行率 / 得分, indicators with 指标值, 实际完成值, 分值, 得分 and
 * 偏差原因分析及改进措施. Weights follow 财预〔2020〕10号 (执行率 10, 产出 50, 效益 30, 满意度 10).
 */
import { createEmptyDocument, type PerformanceDocument } from '../../../core/model.ts';
import { buildGoal } from './build-indicator.ts';
import type { DemoTheme } from './target-table.ts';
import { createJusticeSelfEvaluation } from './justice.ts';

/** One patrol target was missed; the complete variant explains why, the other does not yet. */
const patrolDeviation = '汛期抢险抽调巡逻警力，巡逻次数未达年度目标；下一步优化勤务排班，汛期启用辅警巡防力量。';

export function createDemoSelfEvaluation(input: {
  unit: string;
  year: number;
  /** false leaves the deviation of the missed indicator empty, so submission is refused. */
  hasDeviationReasons?: boolean;
  theme?: DemoTheme;
}): PerformanceDocument {
  if (input.theme === 'education') return createEducationSelfEvaluation(input);
  if (input.theme === 'justice') return createJusticeSelfEvaluation(input);
  const document = createEmptyDocument('self-evaluation');
  document.unit = input.unit;
  document.year = input.year;
  document.budget = {
    total: '6820.40',
    initial: '5685.44',
    adjusted: '6820.40',
    executed: '6695.12',
    weight: '10',
    executionRate: '98.16',
    score: '9.82',
    bySource: { generalPublic: '6520.40', governmentFund: '180.00', specialAccount: '120.00', total: '6820.40' },
    byNature: { basic: '5210.75', project: '1609.65', total: '6820.40' },
  };
  document.overallGoal = '维护社会治安稳定，刑事案件破案率稳步提升；加强道路交通管理，减少交通事故；群众安全感保持较高水平。';
  document.overallResult =
    '全年侦破刑事案件642起，八类严重暴力案件全部侦破；盗抢类案件发案率同比下降8.2%；道路交通事故死亡人数控制在10人；群众安全感满意度96.3%。';
  document.goals = [
    buildGoal('', [
      { level1: '产出指标', level2: '数量指标', name: '侦破刑事案件数', target: '≥600起', actual: '642起', weight: '15', score: '15' },
      { level1: '产出指标', level2: '数量指标', name: '开展治安巡逻', target: '≥2000次', actual: '1850次', weight: '10', score: '9.25', deviation: input.hasDeviationReasons === false ? '' : patrolDeviation },
      { level1: '产出指标', level2: '质量指标', name: '八类严重暴力案件破案率', target: '≥95%', actual: '100%', weight: '15', score: '15' },
      { level1: '产出指标', level2: '时效指标', name: '110接警出警时长', target: '≤15分钟', actual: '13分钟', weight: '10', score: '10' },
      { level1: '效益指标', level2: '社会效益指标', name: '盗抢类案件发案率', target: '下降5%', actual: '下降8.2%', weight: '15', score: '15' },
      { level1: '效益指标', level2: '社会效益指标', name: '道路交通事故死亡人数', target: '≤12人', actual: '10人', weight: '15', score: '15' },
      { level1: '满意度指标', level2: '服务对象满意度指标', name: '群众安全感满意度', target: '≥95%', actual: '96.3%', weight: '10', score: '10' },
    ]),
  ];
  document.totals = { weight: '100', score: '99.07', grade: '优' };
  return document;
}

const examDeviation = '个别班级学业基础薄弱，合格率略低于目标；下一步实施分层教学和课后辅导，加强教学质量监测。';

function createEducationSelfEvaluation(input: { unit: string; year: number; hasDeviationReasons?: boolean }): PerformanceDocument {
  const document = createEmptyDocument('self-evaluation');
  document.unit = input.unit;
  document.year = input.year;
  document.budget = {
    total: '2310.00',
    initial: '2200.00',
    adjusted: '2310.00',
    executed: '2254.80',
    weight: '10',
    executionRate: '97.61',
    score: '9.76',
    bySource: { generalPublic: '2190.00', other: '120.00', total: '2310.00' },
    byNature: { basic: '1865.30', project: '444.70', total: '2310.00' },
  };
  document.overallGoal = '保障学校正常运转，巩固义务教育成果，落实学生资助政策。';
  document.overallResult = '全年在校学生1846人，义务教育巩固率99.6%，资助家庭经济困难学生312人次，资助资金全部按时发放。';
  document.goals = [
    buildGoal('', [
      { level1: '产出指标', level2: '数量指标', name: '在校学生人数', target: '≥1800人', actual: '1846人', weight: '15', score: '15' },
      { level1: '产出指标', level2: '质量指标', name: '义务教育巩固率', target: '≥99%', actual: '99.6%', weight: '15', score: '15' },
      { level1: '产出指标', level2: '数量指标', name: '资助家庭经济困难学生', target: '≥300人次', actual: '312人次', weight: '10', score: '10' },
      { level1: '产出指标', level2: '时效指标', name: '资助资金发放及时率', target: '=100%', actual: '100%', weight: '10', score: '10' },
      { level1: '效益指标', level2: '社会效益指标', name: '学业水平考试合格率', target: '≥95%', actual: '93.5%', weight: '30', score: '29.53', deviation: input.hasDeviationReasons === false ? '' : examDeviation },
      { level1: '满意度指标', level2: '服务对象满意度指标', name: '家长满意度', target: '≥90%', actual: '94%', weight: '5', score: '5' },
      { level1: '满意度指标', level2: '服务对象满意度指标', name: '受助学生满意度', target: '≥95%', actual: '97%', weight: '5', score: '5' },
    ]),
  ];
  document.totals = { weight: '100', score: '99.29', grade: '优' };
  return document;
}
