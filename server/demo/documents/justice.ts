/**
 * The demo 司法局's 部门整体 target table, self-evaluation and evaluation report: its own work (法律援助, 普法, 人民调解,
 * 社区矫正), not the 公安局's patrols. Written for the demo; no real unit's figures. Weights as the
 * other themes' (执行率 10, 产出 50, 效益 30, 满意度 10).
 */
import { createEmptyDocument, type PerformanceDocument } from '../../../core/model.ts';
import { buildGoal, type DemoIndicatorRow } from './build-indicator.ts';

const budget = {
  total: '1286.50',
  bySource: { generalPublic: '1246.50', other: '40.00', total: '1286.50' },
  byNature: { basic: '968.20', project: '318.30', total: '1286.50' },
};

const legalServices: DemoIndicatorRow[] = [
  { level1: '产出指标', level2: '数量指标', name: '办理法律援助案件', target: '≥420件' },
  { level1: '产出指标', level2: '数量指标', name: '开展普法宣传活动', target: '≥120场' },
  { level1: '产出指标', level2: '质量指标', name: '法律援助案件结案率', target: '≥95%' },
  { level1: '产出指标', level2: '时效指标', name: '法律援助申请审查办结时限', target: '≤7天' },
  { level1: '满意度指标', level2: '服务对象满意度指标', name: '法律援助受援人满意度', target: '≥95%' },
];
const grassroots: DemoIndicatorRow[] = [
  { level1: '产出指标', level2: '质量指标', name: '人民调解成功率', target: '≥96%' },
  { level1: '效益指标', level2: '社会效益指标', name: '社区矫正对象再犯罪率', target: '≤0.2%' },
  { level1: '效益指标', level2: '社会效益指标', name: '群众法治素养测评合格率', target: '≥85%' },
  { level1: '满意度指标', level2: '服务对象满意度指标', name: '社区矫正对象满意度', target: '≥90%' },
];

export function createJusticeTargetTable(input: { unit: string; year: number }): PerformanceDocument {
  const document = createEmptyDocument('target-table');
  document.unit = input.unit;
  document.year = input.year;
  document.budget = budget;
  document.functions =
    '（一）负责全县法治宣传教育和普法工作。（二）指导管理人民调解工作。（三）负责社区矫正和安置帮教工作。（四）组织实施法律援助，推进公共法律服务体系建设。';
  document.overallGoal =
    '目标1：扩大法律援助覆盖面，深入开展普法宣传。目标2：做好人民调解和社区矫正，维护基层和谐稳定。目标3：群众对公共法律服务的满意度保持较高水平。';
  document.goals = [buildGoal('目标一：公共法律服务', legalServices), buildGoal('目标二：基层矛盾化解和社区矫正', grassroots)];
  return document;
}

const levelOrder = ['产出指标', '效益指标', '满意度指标'];

/** The missed indicator (普法宣传 场次); the complete variant explains why, the other does not yet. */
const campaignDeviation = '下半年两次集中宣传活动因防汛任务取消，普法宣传场次未达目标；下一步采取线上普法与进村入户相结合的方式补足场次。';

export function createJusticeSelfEvaluation(input: { unit: string; year: number; hasDeviationReasons?: boolean }): PerformanceDocument {
  const document = createEmptyDocument('self-evaluation');
  document.unit = input.unit;
  document.year = input.year;
  document.budget = { ...budget, initial: '1180.00', adjusted: '1286.50', executed: '1254.33', weight: '10', executionRate: '97.50', score: '9.75' };
  document.overallGoal = '扩大法律援助覆盖面，深入开展普法宣传；做好人民调解和社区矫正；群众对公共法律服务满意度保持较高水平。';
  document.overallResult =
    '全年办理法律援助案件436件，结案率97.2%；开展普法宣传活动108场；人民调解成功率98.1%；社区矫正对象无重新犯罪；法律援助受援人满意度97.5%。';
  const results: Record<string, Pick<DemoIndicatorRow, 'actual' | 'weight' | 'score' | 'deviation'>> = {
    办理法律援助案件: { actual: '436件', weight: '15', score: '15' },
    开展普法宣传活动: { actual: '108场', weight: '10', score: '9', deviation: input.hasDeviationReasons === false ? '' : campaignDeviation },
    法律援助案件结案率: { actual: '97.2%', weight: '10', score: '10' },
    法律援助申请审查办结时限: { actual: '5天', weight: '5', score: '5' },
    人民调解成功率: { actual: '98.1%', weight: '10', score: '10' },
    社区矫正对象再犯罪率: { actual: '0%', weight: '15', score: '15' },
    群众法治素养测评合格率: { actual: '88%', weight: '15', score: '15' },
    法律援助受援人满意度: { actual: '97.5%', weight: '5', score: '5' },
    社区矫正对象满意度: { actual: '93%', weight: '5', score: '5' },
  };
  // One list in the 自评表, by 一级 as the form prints it (the target table keeps them under its two goals).
  const byLevel = [...legalServices, ...grassroots].sort((a, b) => levelOrder.indexOf(a.level1) - levelOrder.indexOf(b.level1));
  document.goals = [buildGoal('', byLevel.map((row) => ({ ...row, ...results[row.name] })))];
  document.totals = { weight: '100', score: '98.75', grade: '优' };
  return document;
}

export function createJusticeEvaluationReport(input: { unit: string; year: number }): PerformanceDocument {
  const document = createEmptyDocument('evaluation-report');
  document.unit = input.unit;
  document.year = input.year;
  document.budget = { total: budget.total, executed: '1254.33' };
  document.report = {
    sections: [
      { title: '部门基本情况', text: `${input.unit}内设股室6个，下设司法所8个，年末在职人员58人。主要职能为法治宣传、人民调解、社区矫正和法律援助。` },
      { title: '一般公共预算支出情况', text: '全年一般公共预算支出1214.83万元，其中基本支出936.53万元，项目支出278.30万元。' },
      { title: '其他资金支出情况', text: '其他资金支出39.50万元，全部用于法律援助案件补贴。' },
      { title: '绩效情况', text: '年度绩效目标基本完成，自评得分98.75分，等级为优。开展普法宣传活动108场，未达年度目标120场。' },
      { title: '存在的问题及原因分析', text: '一是防汛任务挤占普法宣传时间，宣传场次未达目标；二是基层司法所法律服务力量不足。' },
      { title: '下一步改进措施', text: '线上普法与进村入户相结合，通过政府购买服务充实基层法律服务力量，强化绩效目标执行监控。' },
      { title: '自评结果拟应用和公开情况', text: '自评结果作为下年度预算安排的重要依据，并随部门决算在政府门户网站公开。' },
    ],
    moneyLists: [
      {
        label: '基本支出',
        amount: '936.53',
        items: [
          { label: '工资福利支出', amount: '742.18' },
          { label: '商品和服务支出', amount: '168.35' },
          { label: '对个人和家庭的补助', amount: '26.00' },
        ],
      },
      {
        label: '项目支出',
        amount: '278.30',
        items: [
          { label: '法律援助案件补贴', amount: '126.40' },
          { label: '普法宣传', amount: '58.90' },
          { label: '人民调解以奖代补', amount: '93.00' },
        ],
      },
    ],
  };
  return document;
}
