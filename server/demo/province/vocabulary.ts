/**
 * What a generated province is made of, as data: place-name syllables, the 主管部门 of a county
 * with the kinds of unit below each, and per sector the indicators a unit of that sector writes
 * (一级/二级/三级, unit of measure, direction, the range of 指标值). Names and numbers are ours,
 * invented for load tests; none is taken from a real published document.
 */
import type { Operator } from '../../../core/model.ts';

/** Place names are two syllables and a suffix (市/县/区); the lists are long enough for 10,000 units. */
export const placeSyllables = {
  first: ['清', '云', '石', '青', '白', '金', '龙', '松', '桃', '梅', '安', '永', '平', '新', '宁', '长', '丰', '兴', '临', '沙', '江', '湘', '岳', '衡', '邵', '常', '益', '郴', '怀', '辰'],
  second: ['河', '溪', '峰', '山', '阳', '陵', '源', '川', '林', '浦', '岗', '桥', '田', '湖', '洲', '水', '城', '乡', '口', '坪'],
} as const;

export const provinceName = '湘中省';

export interface IndicatorTemplate {
  level1: '产出指标' | '效益指标' | '满意度指标' | '成本指标';
  level2: string;
  name: string;
  /** Unit of measure written after the number; '' for qualitative indicators. */
  unit: string;
  operator: Operator | null;
  /** Range of the 指标值; qualitative indicators have none. */
  range?: [number, number];
  /** Decimal places of the 指标值. */
  decimals?: number;
  /** The 定性 wording for qualitative indicators (健全, 有效提升 …). */
  qualitative?: string;
}

export interface Sector {
  key: string;
  /** 主管部门 name after the county name: 教育局, 卫生健康局 … */
  supervisor: string;
  /** Unit names below it; {n} becomes a number (第{n}中学). */
  units: readonly string[];
  functions: string;
  indicators: readonly IndicatorTemplate[];
}

const rate = (level2: string, name: string, low: number, high = 100): IndicatorTemplate => ({ level1: '产出指标', level2, name, unit: '%', operator: '>=', range: [low, high] });
const count = (level2: string, name: string, unit: string, range: [number, number]): IndicatorTemplate => ({ level1: '产出指标', level2, name, unit, operator: '>=', range });

/** Indicators every unit may use, whatever its sector (执行率 is scored from the budget, not here). */
export const commonIndicators: readonly IndicatorTemplate[] = [
  { level1: '产出指标', level2: '时效指标', name: '资金拨付及时率', unit: '%', operator: '=', range: [100, 100] },
  { level1: '产出指标', level2: '时效指标', name: '任务按期完成率', unit: '%', operator: '>=', range: [90, 100] },
  { level1: '成本指标', level2: '经济成本指标', name: '“三公”经费支出', unit: '万元', operator: '<=', range: [2, 60], decimals: 2 },
  { level1: '成本指标', level2: '经济成本指标', name: '日常公用经费控制数', unit: '万元', operator: '<=', range: [20, 400], decimals: 2 },
  { level1: '效益指标', level2: '可持续影响指标', name: '内部管理制度', unit: '', operator: null, qualitative: '健全' },
  { level1: '效益指标', level2: '社会效益指标', name: '政务信息公开', unit: '', operator: null, qualitative: '及时公开' },
  { level1: '满意度指标', level2: '服务对象满意度指标', name: '服务对象满意度', unit: '%', operator: '>=', range: [85, 98] },
];

export const sectors: readonly Sector[] = [
  {
    key: 'education',
    supervisor: '教育局',
    units: ['第{n}中学', '第{n}小学', '第{n}幼儿园', '职业中专学校', '教师发展中心'],
    functions: '实施义务教育，保障学校正常运转，落实学生资助政策。',
    indicators: [
      count('数量指标', '在校学生人数', '人', [300, 3000]),
      count('数量指标', '资助家庭经济困难学生', '人次', [20, 600]),
      rate('质量指标', '义务教育巩固率', 97),
      rate('质量指标', '学业水平考试合格率', 88, 99),
      { level1: '效益指标', level2: '社会效益指标', name: '辍学学生人数', unit: '人', operator: '<=', range: [0, 5] },
      { level1: '满意度指标', level2: '服务对象满意度指标', name: '家长满意度', unit: '%', operator: '>=', range: [85, 98] },
    ],
  },
  {
    key: 'health',
    supervisor: '卫生健康局',
    units: ['人民医院', '中医医院', '第{n}乡镇卫生院', '疾病预防控制中心', '妇幼保健计划生育服务中心'],
    functions: '提供基本医疗和公共卫生服务，做好传染病防控和妇幼保健。',
    indicators: [
      count('数量指标', '门急诊人次', '万人次', [2, 60]),
      count('数量指标', '健康档案建档人数', '人', [1000, 60000]),
      rate('质量指标', '适龄儿童免疫规划疫苗接种率', 90),
      rate('质量指标', '高血压患者规范管理率', 60, 85),
      { level1: '产出指标', level2: '时效指标', name: '传染病报告时限', unit: '小时', operator: '<=', range: [2, 24] },
      { level1: '效益指标', level2: '社会效益指标', name: '孕产妇死亡率', unit: '/10万', operator: '<=', range: [8, 15] },
      { level1: '满意度指标', level2: '服务对象满意度指标', name: '患者满意度', unit: '%', operator: '>=', range: [85, 96] },
    ],
  },
  {
    key: 'public-security',
    supervisor: '公安局',
    units: ['第{n}派出所', '交通警察大队', '刑事侦查大队', '看守所', '治安管理大队'],
    functions: '维护社会治安，预防和打击违法犯罪，管理道路交通。',
    indicators: [
      count('数量指标', '开展治安巡逻', '次', [200, 3000]),
      count('数量指标', '侦破刑事案件数', '起', [20, 800]),
      rate('质量指标', '命案破案率', 95),
      { level1: '产出指标', level2: '时效指标', name: '接警出警时长', unit: '分钟', operator: '<=', range: [8, 20] },
      { level1: '效益指标', level2: '社会效益指标', name: '道路交通事故死亡人数', unit: '人', operator: '<=', range: [2, 30] },
      { level1: '满意度指标', level2: '服务对象满意度指标', name: '群众安全感满意度', unit: '%', operator: '>=', range: [90, 98] },
    ],
  },
  {
    key: 'agriculture',
    supervisor: '农业农村局',
    units: ['农业技术推广中心', '第{n}乡镇农业综合服务站', '动物疫病预防控制中心', '农业综合执法大队', '农村经营服务站'],
    functions: '推广农业技术，保障粮食生产，防控动物疫病，推进乡村振兴。',
    indicators: [
      count('数量指标', '粮食播种面积', '万亩', [5, 120]),
      count('数量指标', '培训高素质农民', '人次', [50, 2000]),
      rate('质量指标', '重大动物疫病免疫密度', 90),
      { level1: '产出指标', level2: '质量指标', name: '农产品质量安全抽检合格率', unit: '%', operator: '>=', range: [96, 99.5], decimals: 1 },
      { level1: '效益指标', level2: '经济效益指标', name: '农村居民人均可支配收入增长', unit: '%', operator: '>=', range: [4, 9], decimals: 1 },
      { level1: '满意度指标', level2: '服务对象满意度指标', name: '农户满意度', unit: '%', operator: '>=', range: [85, 95] },
    ],
  },
  {
    key: 'civil-affairs',
    supervisor: '民政局',
    units: ['社会福利院', '第{n}敬老院', '救助管理站', '殡仪馆', '婚姻登记处'],
    functions: '落实社会救助和养老服务政策，管理基层政权和社区建设。',
    indicators: [
      count('数量指标', '城乡低保保障人数', '人', [200, 20000]),
      count('数量指标', '特困人员集中供养人数', '人', [20, 600]),
      rate('质量指标', '救助资金发放准确率', 98),
      { level1: '产出指标', level2: '时效指标', name: '临时救助审批时限', unit: '天', operator: '<=', range: [3, 15] },
      { level1: '效益指标', level2: '社会效益指标', name: '困难群众基本生活保障', unit: '', operator: null, qualitative: '有效保障' },
      { level1: '满意度指标', level2: '服务对象满意度指标', name: '救助对象满意度', unit: '%', operator: '>=', range: [85, 95] },
    ],
  },
  {
    key: 'natural-resources',
    supervisor: '自然资源局',
    units: ['不动产登记中心', '第{n}自然资源所', '国土空间规划测绘队', '林业工作站', '执法监察大队'],
    functions: '管理国土空间规划和自然资源，做好不动产登记和耕地保护。',
    indicators: [
      count('数量指标', '耕地保有量', '万亩', [10, 150]),
      count('数量指标', '办理不动产登记', '件', [500, 30000]),
      rate('质量指标', '登记资料归档率', 95),
      { level1: '产出指标', level2: '时效指标', name: '一般登记办理时限', unit: '个工作日', operator: '<=', range: [3, 10] },
      { level1: '效益指标', level2: '生态效益指标', name: '森林覆盖率', unit: '%', operator: '>=', range: [40, 70], decimals: 1 },
      { level1: '满意度指标', level2: '服务对象满意度指标', name: '办事群众满意度', unit: '%', operator: '>=', range: [88, 98] },
    ],
  },
];

/** Deviation reasons written for a missed indicator (偏差原因分析及改进措施). */
export const deviationReasons: readonly string[] = [
  '受上级政策调整影响，部分任务延后实施；下一步加强与上级部门沟通，及早安排年度计划。',
  '项目招标推迟，实施周期缩短；下一步提前做好前期准备，按月调度进度。',
  '服务对象数量少于预期，年初目标测算偏高；下一步根据历年数据科学设定目标。',
  '汛期抢险抽调人员，常规工作量下降；下一步优化人员排班，建立应急补位机制。',
];

/** 整体绩效目标 openings; the sector's functions follow. */
export const overallGoals: readonly string[] = [
  '全面完成年度工作任务，提高资金使用效益。',
  '保障单位正常运转，重点工作按期完成，服务对象满意度稳步提升。',
  '落实各项民生政策，规范资金管理，确保资金安全、高效使用。',
];

/** Sections of an evaluation report (评价报告) and what each says, with {unit} and {year} filled in. */
export const reportSections: readonly { title: string; text: string }[] = [
  { title: '一、基本情况', text: '{unit}{year}年度部门整体支出纳入绩效自评，资金来源为一般公共预算拨款。' },
  { title: '二、绩效目标完成情况', text: '年度绩效目标总体完成，个别指标因客观原因未达预期。' },
  { title: '三、存在的问题及原因分析', text: '部分指标设置偏宽泛，预算执行进度前慢后快。' },
  { title: '四、改进措施', text: '细化量化绩效指标，按季度开展绩效运行监控，加快预算执行。' },
];
