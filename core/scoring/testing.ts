/** Hand-built values and documents for the scoring and checks tests (not used at run time). */
import type { Direction, Indicator, IndicatorValue, Operator, PerformanceDocument } from '../model.ts';
import { createEmptyDocument } from '../model.ts';
import { parseIndicatorValue } from '../indicator-value/index.ts';
import { defaultScoringPolicy } from './policy.ts';
import { scoreIndicator } from './score-indicator.ts';

/** A numeric value as the parser would give it: "≥80%" → numericValue('80', { operator: '>=', unit: '%' }). */
export function numericValue(
  value: string,
  options: { operator?: Operator | null; unit?: string | null; direction?: Direction; text?: string } = {},
): IndicatorValue {
  const operator = options.operator ?? null;
  const direction: Direction =
    options.direction ??
    (operator === '<=' || operator === '<' ? 'lower-better' : operator === '=' ? 'equal' : 'higher-better');
  const symbol = operator === null ? '' : { '>=': '≥', '>': '>', '=': '=', '<=': '≤', '<': '<' }[operator];
  return {
    text: options.text ?? `${symbol}${value}${options.unit ?? ''}`,
    operator,
    value,
    unit: options.unit ?? null,
    direction,
    change: null,
    qualitative: null,
  };
}

/** A qualitative value ("健全", "保持"). */
export function wordingValue(text: string): IndicatorValue {
  return {
    text,
    operator: null,
    value: null,
    unit: null,
    direction: 'qualitative',
    change: null,
    qualitative: text,
  };
}

/** A change value ("下降15%" → changeValue('decrease', '15')). */
export function changeValue(
  change: 'increase' | 'decrease',
  value: string | null,
  operator: Operator | null = null,
): IndicatorValue {
  const word = change === 'increase' ? '上升' : '下降';
  return {
    text: `${word}${value === null ? '' : `${value}%`}`,
    operator,
    value,
    unit: value === null ? null : '%',
    direction: change === 'increase' ? 'higher-better' : 'lower-better',
    change,
    qualitative: null,
  };
}

/** A self-evaluation indicator with sensible defaults. */
export function buildIndicator(fields: Partial<Indicator> & { name: string }): Indicator {
  return {
    level1: '产出指标',
    level2: '数量指标',
    target: null,
    actual: null,
    weight: null,
    score: null,
    deviation: null,
    ...fields,
  };
}

/** A self-evaluation with one goal holding `indicators`. */
export function buildSelfEvaluation(input: {
  indicators: Indicator[];
  budget?: PerformanceDocument['budget'];
  totals?: PerformanceDocument['totals'];
}): PerformanceDocument {
  const document = createEmptyDocument('self-evaluation');
  return {
    ...document,
    unit: '测试单位',
    year: 2022,
    budget: input.budget ?? {},
    totals: input.totals ?? {},
    goals: [{ name: '', indicators: input.indicators }],
  };
}

type SampleRow = [
  level1: string,
  level2: string,
  name: string,
  target: string,
  actual: string,
  weight: string,
  score: string,
  deviation: string,
];

const DONE = '完成绩效目标';

/** The rows of sample 001's indicator table (株洲市公安局渌口分局 2022), cells as the reader should clean them. */
export const sample001Rows: SampleRow[] = [
  [
    '产出指标',
    '数量指标',
    '安保维稳重要节点管控',
    '重要节点5个，一般节点任务30个',
    '完成重要节点5个，一般节点任务31个安保维稳',
    '10',
    '10',
    DONE,
  ],
  ['产出指标', '数量指标', '八大类恶性刑事案件破案率', '≥80%', '100%', '4', '4', DONE],
  ['产出指标', '数量指标', '移送起诉率', '≥85%', '85.53%', '3', '3', DONE],
  ['产出指标', '数量指标', '涉黑涉恶线索办结率', '100%', '100%', '2', '2', DONE],
  ['产出指标', '数量指标', '打掉电信诈骗团伙目标数', '10', '11', '2', '2', DONE],
  [
    '产出指标',
    '数量指标',
    '男性家族排查系统建设DNA数据采集数',
    '10000份',
    '9580',
    '2',
    '1',
    '采集工作接近尾声，未能采集的居民大多不在常驻地，采集难度加大。',
  ],
  ['产出指标', '数量指标', '吸毒人员肇事肇祸案、事件', '0', '0', '2', '2', DONE],
  ['产出指标', '数量指标', '反诈APP推广实名注册率', '40%', '40%', '1', '1', DONE],
  ['产出指标', '数量指标', '二代证未登记指纹完成数', '8737', '9087', '1', '1', DONE],
  [
    '产出指标',
    '数量指标',
    '加强教育培训，民、辅警业务培训人次',
    '1500',
    '1466',
    '2',
    '1',
    '因疫情不宜经常集中开展培训。',
  ],
  ['产出指标', '数量指标', '改建执法办案中心', '1个', '1个', '1', '1', DONE],
  ['产出指标', '数量指标', '无重特大公共安全事故发生', '100%', '100%', '5', '5', DONE],
  ['产出指标', '数量指标', '盗抢类刑事发案率与上年比较', '下降15%', '下降18.94%', '2', '2', DONE],
  [
    '产出指标',
    '质量指标',
    '刑事案件发案率与上年比较',
    '下降',
    '上升9.11%',
    '4',
    '2',
    '因电诈类案件频发，破案难度大，办案成本高。另补立案件较以往年度增加。',
  ],
  ['产出指标', '质量指标', '部门联动机制健全性', '健全', '健全', '1', '1', DONE],
  ['产出指标', '质量指标', '涉毒人员管控率', '100%', '100%', '2', '2', DONE],
  ['产出指标', '质量指标', '队伍违纪违法问题发生率', '< 1%', '0.9%', '3', '3', DONE],
  ['产出指标', '时效指标', '案件受理及时性', '是否及时', '是', '1', '1', DONE],
  ['产出指标', '时效指标', '二代身份证办结天数', '少于30天', '少于30天', '1', '1', DONE],
  ['产出指标', '时效指标', '护照办结时限', '少于7个工作日', '少于7个工作日', '1', '1', DONE],
  ['效益指标', '经济效益指标', '为群众挽回经济损失', '300万元', '311万元', '5', '5', DONE],
  ['效益指标', '社会效益指标', '全省平安县市区荣誉称号', '保持', '连续17年保持', '12', '12', DONE],
  ['效益指标', '生态效益指标', '禁种铲毒率', '100%', '100%', '3', '3', DONE],
  ['效益指标', '可持续影响指标', '社会治安稳定，人民安居乐业', '保持', '保持', '10', '10', DONE],
  ['满意度指标', '服务对象满意度指标', '公众安全感测评排名', '全市第一', '连续7年全市第一', '6', '6', DONE],
  ['满意度指标', '服务对象满意度指标', '群众对110接处警工作满意度', '≥95分', '96分', '2', '2', DONE],
  ['满意度指标', '服务对象满意度指标', '群众对户籍工作满意度', '≥95分', '99.65%', '2', '2', DONE],
];

/** Sample 001 as a model, its values read by the indicator-value parser. */
export function buildSample001(): PerformanceDocument {
  const indicators = sample001Rows.map(([level1, level2, name, target, actual, weight, score, deviation]) =>
    buildIndicator({
      level1,
      level2,
      name,
      target: parseIndicatorValue(target, { name }),
      actual: parseIndicatorValue(actual, { name }),
      weight,
      score,
      deviation,
    }),
  );
  return {
    ...buildSelfEvaluation({
      indicators,
      budget: {
        total: '8016.09',
        bySource: { generalPublic: '7897.75', governmentFund: '0', specialAccount: '0', other: '118.34' },
        byNature: { basic: '7067.17', project: '948.92' },
        initial: '5685.44',
        adjusted: '8016.09',
        executed: '8016.09',
        weight: '10',
        executionRate: '100',
        score: '10',
      },
      totals: { weight: '100', score: '96' },
    }),
    unit: '株洲市公安局渌口分局',
  };
}

/** The suggested score of one numeric indicator under the default policy (rule table tests). */
export function suggestNumericScore(input: {
  operator: Operator | null;
  target: string;
  actual: string;
  weight: string;
  unit?: string | null;
}): string | null {
  const indicator = buildIndicator({
    name: '测试指标',
    target: numericValue(input.target, { operator: input.operator, unit: input.unit ?? null }),
    actual: numericValue(input.actual, { unit: input.unit ?? null }),
    weight: input.weight,
  });
  return scoreIndicator({ indicator, policy: defaultScoringPolicy }).suggestedScore;
}
