/**
 * Four tables of our own (invented units, projects and numbers) for the PDF readers' tests: a
 * 部门整体 self-evaluation whose goal and names wrap in their cells, a 部门整体 target table of two
 * goals, a 项目支出 self-evaluation, and a 部门整体 self-evaluation from .xlsx long enough that Calc
 * cuts its goal row and its merged levels at the pages' feet. scripts/make-office-pdf-fixtures.ts saves them as PDF through
 * LibreOffice (documents/pdf/fixtures/office-*.pdf); lattice.test.ts prints them through Chromium.
 */
import { createEmptyDocument, type Indicator, type PerformanceDocument } from '../../core/model.ts';
import { value } from '../print/sample-documents.ts';

const row = (
  level1: string,
  level2: string,
  name: string,
  target: string,
  actual?: string,
  weight?: string,
  score?: string,
  deviation?: string,
): Indicator => ({
  level1,
  level2,
  name,
  target: value(target),
  ...(actual === undefined ? {} : { actual: value(actual) }),
  ...(weight === undefined ? {} : { weight }),
  ...(score === undefined ? {} : { score }),
  ...(deviation === undefined ? {} : { deviation }),
});

/** A 部门整体 self-evaluation whose goal and result wrap over many lines and whose names wrap in their cells. */
export function forestrySelfEvaluation(): PerformanceDocument {
  const document = createEmptyDocument('self-evaluation');
  document.unit = '示范县林业局';
  document.year = 2024;
  document.budget = {
    initial: '1260.40',
    adjusted: '1388.75',
    executed: '1342.18',
    total: '1388.75',
    weight: '10',
    executionRate: '96.65',
    score: '9.67',
    bySource: { generalPublic: '1301.25', governmentFund: '60', specialAccount: '0', other: '27.5' },
    byNature: { basic: '906.3', project: '482.45' },
  };
  document.overallGoal =
    '围绕国土绿化和森林资源保护两项重点任务，全年完成人工造林和封山育林任务，加强森林防火网格化管理，落实护林员日常巡护制度，做好松材线虫病等林业有害生物的监测和防治，推进林长制各项工作落地见效，保持全县森林覆盖率稳中有升。';
  document.overallResult =
    '全年完成人工造林3200亩、封山育林5000亩，全县未发生重大森林火灾，护林员巡护到岗率保持在98%以上；松材线虫病疫木清理按期完成，林长制巡林工作实现全覆盖，森林覆盖率较上年提高0.3个百分点。';
  const rows: Indicator[] = [
    row('产出指标', '数量指标', '人工造林面积', '≥3000亩', '3200亩', '8', '8', '完成目标'),
    row('产出指标', '数量指标', '封山育林面积', '≥5000亩', '5000亩', '7', '7', '完成目标'),
    row(
      '产出指标',
      '数量指标',
      '护林员日常巡护里程（含重点林区夜间巡护）',
      '≥12000公里',
      '11860公里',
      '6',
      '5.5',
      '雨季山路中断两周，部分线路未能按计划巡护，下年增加备用线路',
    ),
    row('产出指标', '质量指标', '造林成活率', '≥90%', '92%', '6', '6', '完成目标'),
    row('产出指标', '质量指标', '林业有害生物成灾率', '≤3‰', '1.2‰', '6', '6', '完成目标'),
    row('产出指标', '时效指标', '疫木清理完成时限', '4月底前', '4月25日', '5', '5', '完成目标'),
    row('产出指标', '成本指标', '每亩造林补助标准', '≤800元', '780元', '5', '5', '完成目标'),
    row('效益指标', '生态效益指标', '森林覆盖率', '较上年提高', '提高0.3个百分点', '10', '10', '完成目标'),
    row('效益指标', '社会效益指标', '重大森林火灾发生次数', '0次', '0次', '10', '10', '完成目标'),
    row('效益指标', '可持续影响指标', '林长制巡林覆盖率', '100%', '100%', '10', '10', '完成目标'),
    row('满意度指标', '服务对象满意度指标', '林区群众满意度', '≥90%', '93%', '10', '10', '完成目标'),
    row(
      '满意度指标',
      '服务对象满意度指标',
      '护林员对培训和装备保障的满意度',
      '≥85%',
      '88%',
      '7',
      '7',
      '完成目标',
    ),
  ];
  document.goals = [{ name: '', indicators: rows }];
  document.totals = { weight: '100', score: '98.67' };
  return document;
}

/** A 部门整体 target table of two goals, written to .xlsx (Calc saves it as PDF). */
export function waterTargetTable(): PerformanceDocument {
  const document = createEmptyDocument('target-table');
  document.unit = '示范县水利局';
  document.year = 2025;
  document.budget = {
    total: '2468.30',
    bySource: { generalPublic: '2218.30', governmentFund: '250', total: '2468.30' },
    byNature: { basic: '1130.80', project: '1337.50', total: '2468.30' },
  };
  document.overallGoal =
    '目标一：保障农村供水安全，完成老旧管网改造。\n目标二：做好防汛抗旱，确保小型水库安全度汛。';
  document.goals = [
    {
      name: '目标一',
      indicators: [
        row('产出指标', '数量指标', '改造农村供水老旧管网长度', '≥45公里'),
        row('产出指标', '质量指标', '农村集中供水水质达标率', '≥95%'),
        row('产出指标', '成本指标', '管网改造每公里造价', '≤18万元'),
        row('效益指标', '社会效益指标', '受益农村人口', '≥3.2万人'),
        row('满意度指标', '服务对象满意度指标', '用水群众满意度', '≥90%'),
      ],
    },
    {
      name: '目标二',
      indicators: [
        row('产出指标', '数量指标', '小型水库安全鉴定座数', '12座'),
        row('产出指标', '时效指标', '汛前隐患整改完成时间', '5月31日前'),
        row('效益指标', '社会效益指标', '小型水库垮坝事故', '0起'),
        row('效益指标', '可持续影响指标', '山洪灾害监测预警设施完好率', '≥95%'),
        row('满意度指标', '服务对象满意度指标', '库区群众满意度', '≥90%'),
      ],
    },
  ];
  return document;
}

/** A 项目支出 self-evaluation: 项目名称, 主管部门, funds by source. */
export function drinkingWaterProjectSelfEvaluation(): PerformanceDocument {
  const document = createEmptyDocument('self-evaluation');
  document.scope = 'project';
  document.project = '农村饮水安全巩固提升工程';
  document.supervisor = '示范县水利局';
  document.unit = '示范县农村供水管理站';
  document.year = 2024;
  document.budget = {
    initial: '380',
    adjusted: '412.6',
    executed: '398.35',
    total: '412.6',
    weight: '10',
    executionRate: '96.55',
    score: '9.65',
    bySource: { currentYear: '380', carriedOver: '32.6', other: '0' },
  };
  document.overallGoal = '完成6个行政村的供水管网延伸和2座水厂的净化设备更新，提升农村供水保障水平。';
  document.overallResult =
    '6个行政村的管网延伸全部完工并通水，2座水厂净化设备完成更新，出厂水质检测全部达标。';
  document.goals = [
    {
      name: '',
      indicators: [
        row('产出指标', '数量指标', '管网延伸行政村个数', '6个', '6个', '15', '15', '完成目标'),
        row('产出指标', '数量指标', '更新净化设备水厂座数', '2座', '2座', '10', '10', '完成目标'),
        row('产出指标', '质量指标', '出厂水质检测合格率', '100%', '100%', '15', '15', '完成目标'),
        row(
          '产出指标',
          '时效指标',
          '工程完工时间',
          '10月底前',
          '11月12日',
          '10',
          '8',
          '设备到货延迟，完工推迟半个月',
        ),
        row('效益指标', '社会效益指标', '新增受益人口', '≥4500人', '4720人', '20', '20', '完成目标'),
        row('满意度指标', '服务对象满意度指标', '受益群众满意度', '≥90%', '94%', '20', '20', '完成目标'),
      ],
    },
  ];
  document.totals = { weight: '100', score: '97.65' };
  return document;
}

/**
 * A 部门整体 self-evaluation saved from .xlsx whose 年度总体目标 row is taller than what is left of
 * its page (a long 实际完成情况, merged down over rows under Excel's 409-point cap) and whose 一级 and
 * 二级 cells merge over more rows than a page holds: Calc cuts those merged cells at the pages' feet.
 */
export function marketSupervisionSelfEvaluation(): PerformanceDocument {
  const document = createEmptyDocument('self-evaluation');
  document.unit = '示范县市场监督管理局';
  document.year = 2024;
  document.budget = {
    initial: '2316.50',
    adjusted: '2604.82',
    executed: '2571.36',
    total: '2604.82',
    weight: '10',
    executionRate: '98.72',
    score: '9.87',
    bySource: { generalPublic: '2488.32', governmentFund: '0', specialAccount: '0', other: '116.5' },
    byNature: { basic: '1893.4', project: '677.96' },
  };
  document.overallGoal =
    '以食品药品安全和市场秩序为重点，健全从农田到餐桌的全过程监管，完成年度抽检和日常检查任务，推进特种设备隐患排查整治，优化登记注册服务，维护公平竞争的市场环境，守住不发生系统性区域性安全风险的底线。';
  const results = [
    '全年完成食品安全抽检3260批次，问题产品核查处置率达到100%，',
    '检查各类经营主体8900余户次，责令整改问题1260个，',
    '立案查处违法案件312件，罚没款186.4万元；',
    '特种设备定期检验率保持在99%以上，排查整治隐患640处，',
    '全年未发生特种设备安全事故；',
    '企业开办时间压缩至1个工作日，新增经营主体5400户，',
    '“双随机、一公开”抽查覆盖全部重点领域，',
    '消费投诉按期办结率达到98.6%，为群众挽回经济损失92万元；',
    '知识产权质押融资新增2.3亿元，',
    '计量器具强制检定完成1.8万台件，',
    '校园食堂“明厨亮灶”覆盖率达到100%，',
    '农贸市场快检室实现乡镇全覆盖。',
  ];
  document.overallResult = Array.from({ length: 6 }, (_, round) => results.slice(round * 2).join('')).join('');
  const rows: Indicator[] = [
    row('产出指标', '数量指标', '食品安全监督抽检和风险监测批次', '≥3000批次', '3260批次', '2', '2', '完成目标'),
    row('产出指标', '数量指标', '食品生产经营主体日常监督检查户次', '≥8000户次', '8900户次', '2', '2', '完成目标'),
    row('产出指标', '数量指标', '特种设备安全隐患排查整治处数', '≥600处', '640处', '2', '2', '完成目标'),
    row('产出指标', '数量指标', '工作计量器具强制检定完成台件', '≥1.5万台件', '1.8万台件', '2', '2', '完成目标'),
    row('产出指标', '数量指标', '全年新增登记注册经营主体户数', '≥5000户', '5400户', '2', '2', '完成目标'),
    row('产出指标', '数量指标', '市场监管领域立案查处违法案件数', '≥300件', '312件', '2', '2', '完成目标'),
    row('产出指标', '数量指标', '校园食堂“明厨亮灶”覆盖率', '100%', '100%', '2', '2', '完成目标'),
    row('产出指标', '数量指标', '农贸市场快检室乡镇覆盖率', '100%', '100%', '2', '2', '完成目标'),
    row('产出指标', '数量指标', '药品零售企业检查家次', '≥420家次', '436家次', '2', '2', '完成目标'),
    row('产出指标', '数量指标', '医疗器械使用单位检查家次', '≥150家次', '162家次', '1', '1', '完成目标'),
    row('产出指标', '数量指标', '化妆品经营者检查户次', '≥200户次', '214户次', '1', '1', '完成目标'),
    row('产出指标', '数量指标', '电梯维保质量抽查台数', '≥300台', '318台', '1', '1', '完成目标'),
    row('产出指标', '数量指标', '加油机计量检定台数', '≥260台', '260台', '1', '1', '完成目标'),
    row('产出指标', '数量指标', '广告监测条次', '≥1.2万条次', '1.26万条次', '1', '1', '完成目标'),
    row('产出指标', '数量指标', '网络交易平台监测户次', '≥900户次', '960户次', '1', '1', '完成目标'),
    row('产出指标', '数量指标', '商标品牌指导站新建个数', '≥2个', '2个', '1', '1', '完成目标'),
    row('产出指标', '质量指标', '问题产品核查处置率', '100%', '100%', '2', '2', '完成目标'),
    row('产出指标', '质量指标', '特种设备定期检验率', '≥98%', '99.2%', '2', '2', '完成目标'),
    row('产出指标', '质量指标', '消费投诉按期办结率', '≥98%', '98.6%', '2', '2', '完成目标'),
    row('产出指标', '质量指标', '抽检不合格率', '≤3%', '2.1%', '2', '2', '完成目标'),
    row('产出指标', '质量指标', '行政处罚案件复议纠错率', '≤1%', '0', '1', '1', '完成目标'),
    row('产出指标', '质量指标', '计量检定结果合格率', '≥99%', '99.6%', '1', '1', '完成目标'),
    row('产出指标', '时效指标', '企业开办时间', '≤2个工作日', '1个工作日', '2', '2', '完成目标'),
    row('产出指标', '时效指标', '投诉举报受理时限', '7个工作日内', '7个工作日内', '1', '1', '完成目标'),
    row('产出指标', '时效指标', '抽检不合格产品核查处置时限', '3个月内', '3个月内', '1', '1', '完成目标'),
    row('产出指标', '时效指标', '特种设备事故应急响应时间', '≤30分钟', '25分钟', '1', '1', '完成目标'),
    row('产出指标', '成本指标', '每批次抽检平均费用', '≤1500元', '1420元', '2', '2', '完成目标'),
    row('产出指标', '成本指标', '每台件计量检定平均费用', '≤40元', '38元', '1', '1', '完成目标'),
    row('效益指标', '经济效益指标', '为消费者挽回经济损失', '≥80万元', '92万元', '4', '4', '完成目标'),
    row('效益指标', '经济效益指标', '知识产权质押融资新增额', '≥2亿元', '2.3亿元', '4', '4', '完成目标'),
    row('效益指标', '社会效益指标', '重大食品安全事故发生数', '0起', '0起', '4', '4', '完成目标'),
    row('效益指标', '社会效益指标', '特种设备安全事故发生数', '0起', '0起', '4', '4', '完成目标'),
    row('效益指标', '社会效益指标', '新增“放心消费”示范单位', '≥30家', '34家', '3', '3', '完成目标'),
    row('效益指标', '生态效益指标', '高耗能特种设备节能监测台数', '≥20台', '22台', '3', '3', '完成目标'),
    row('效益指标', '可持续影响指标', '市场主体信用风险分类覆盖率', '≥95%', '93%', '6', '5', '部分乡镇主体信息采集滞后，下年补采'),
    row('效益指标', '可持续影响指标', '食品安全责任保险覆盖学校数', '≥60所', '64所', '5', '5', '完成目标'),
    row('满意度指标', '服务对象满意度指标', '经营主体满意度', '≥90%', '94%', '6', '6', '完成目标'),
    row('满意度指标', '服务对象满意度指标', '消费者满意度', '≥90%', '92%', '4', '4', '完成目标'),
    row('满意度指标', '服务对象满意度指标', '投诉举报人满意度', '≥85%', '90%', '4', '4', '完成目标'),
  ];
  document.goals = [{ name: '', indicators: rows }];
  document.totals = { weight: '100', score: '98.87' };
  return document;
}

/**
 * The same self-evaluation with its 实际完成情况 four times as long: taller than a whole page, so Calc
 * cuts the row over three pages and the middle page draws the two cells' middle parts between column
 * borders only, with no row border and no line of two cells in its text.
 */
export function marketSupervisionSelfEvaluationTaller(): PerformanceDocument {
  const document = marketSupervisionSelfEvaluation();
  document.overallResult = Array.from({ length: 4 }, () => document.overallResult).join('');
  return document;
}

/** The tables by name, with the office format each is saved from. */
export const ownTables: ReadonlyArray<{
  name: string;
  format: 'docx' | 'xlsx';
  build: () => PerformanceDocument;
}> = [
  { name: 'dept-self-evaluation', format: 'docx', build: forestrySelfEvaluation },
  { name: 'dept-target-table', format: 'xlsx', build: waterTargetTable },
  { name: 'project-self-evaluation', format: 'docx', build: drinkingWaterProjectSelfEvaluation },
  { name: 'dept-self-evaluation-long', format: 'xlsx', build: marketSupervisionSelfEvaluation },
  { name: 'dept-self-evaluation-taller', format: 'xlsx', build: marketSupervisionSelfEvaluationTaller },
];
