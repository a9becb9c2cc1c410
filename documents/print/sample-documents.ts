/**
 * Hand-built documents shaped like the samples (for tests and benchmarks of export and import):
 * they do not depend on the text readers, so the writers can be proved on their own.
 */
import {
  createEmptyDocument,
  type Indicator,
  type IndicatorValue,
  type PerformanceDocument,
} from '../../core/model.ts';

/** An indicator value as a reader would give it, kept simple: the text is what matters to layouts. */
export function value(
  text: string,
  number: string | null = null,
  unit: string | null = null,
): IndicatorValue {
  return {
    text,
    operator: number === null ? null : '>=',
    value: number,
    unit,
    direction: number === null ? 'qualitative' : 'higher-better',
    change: null,
    qualitative: number === null ? text : null,
  };
}

function indicator(
  level1: string,
  level2: string,
  name: string,
  target: string,
  extra: Partial<Indicator> = {},
): Indicator {
  return { level1, level2, name, target: value(target), ...extra };
}

/** A target table like sample 000: two goals, merged 一级/二级, budget by source and nature. */
export function buildSampleTargetTable(): PerformanceDocument {
  const document = createEmptyDocument('target-table');
  document.unit = '湘潭县公安局';
  document.year = 2023;
  document.budget = {
    total: '12222.69',
    bySource: { generalPublic: '12222.69', total: '12222.69' },
    byNature: { basic: '9368.19', project: '2854.50', total: '12222.69' },
  };
  document.functions = '（一）贯彻执行公安工作的方针、政策。\n（二）加强全县公安民警的教育和管理。';
  document.overallGoal = '一是坚持总体国家安全观。\n二是全力维护社会稳定。';
  document.goals = [
    {
      name: '目标一',
      indicators: [
        indicator('产出指标', '数量指标', '打击电信网络新型违法犯罪', '侦破电信网络诈骗案件大于60起'),
        indicator('产出指标', '数量指标', '开展禁毒宣传工作', '禁毒宣传4次'),
        indicator('产出指标', '质量指标', '大规模聚集处置率', '100%'),
        indicator('产出指标', '成本指标', '专项行动工作经费', '不超过50万（客观调整的除外）'),
        indicator('效益指标', '经济效益指标', '打击各类犯罪，间接挽回经济损失', '1000万元'),
        indicator('满意度指标', '社会公众或服务对象满意度', '民众社会安全满意度', '≥80%'),
      ],
    },
    {
      name: '目标二',
      indicators: [
        indicator('产出指标', '数量指标', '全年开展警营活动', '≥2次'),
        indicator('产出指标', '时效指标', '局机关设备维修及时性', '48小时内及时维修'),
        indicator('效益指标', '社会效益指标', '“反恐特警中队人员经费”运行经费', '不超过财政下达的预算数'),
        indicator('满意度指标', '社会公众或服务对象满意度', '民警对食堂伙食的满意率', '≥80%'),
      ],
    },
  ];
  return document;
}

/** An approval table like sample 002: goals named 职能1…, no budget block. */
export function buildSampleApprovalTable(): PerformanceDocument {
  const document = createEmptyDocument('approval-table');
  document.unit = '湟源县公安局';
  document.year = 2024;
  document.functions = '根据国家公安工作的法律、政策和部署，制定全县公安工作目标。';
  document.overallGoal = '1、履行公安机关职责。 2、扎实有效的维护辖区社会政治稳定。';
  document.goals = [
    {
      name: '职能1：安保执勤',
      indicators: [
        indicator('产出指标', '数量指标', '警卫安保活动次数', '≥25次/年'),
        indicator('产出指标', '数量指标', '参加警卫安保人次', '≥1000人次'),
        indicator('产出指标', '时效指标', '安保执勤响应及时率', '≥100%'),
        indicator('效益指标', '社会效益指标', '治安环境持续好转', '≥12个月'),
        indicator('满意度指标', '服务对象满意度指标', '人民群众满意度', '≥90%'),
      ],
    },
    {
      name: '职能2：村警保障经费',
      indicators: [
        indicator('产出指标', '数量指标', '保障村警人数', '≥154个'),
        indicator('满意度指标', '服务对象满意度指标', '村警满意度', '≥90%'),
      ],
    },
  ];
  return document;
}

/** A self-evaluation like sample 001, with `rows` indicators (27 in the sample). */
export function buildSampleSelfEvaluation(rows = 27): PerformanceDocument {
  const document = createEmptyDocument('self-evaluation');
  document.unit = '株洲市公安局渌口分局';
  document.year = 2022;
  document.budget = {
    initial: '5685.44',
    adjusted: '8016.09',
    executed: '8016.09',
    total: '8016.09',
    weight: '10',
    executionRate: '100',
    score: '10',
    bySource: { generalPublic: '7897.75', governmentFund: '0', specialAccount: '0', other: '118.34' },
    byNature: { basic: '7067.17', project: '948.92' },
  };
  document.overallGoal = '坚持以习近平新时代中国特色社会主义思想为指导，全力化风险、护稳定。';
  document.overallResult = '护航党的二十大，实现了“五个不发生,三个确保”的工作目标。';
  const levels: Array<[string, string]> = [
    ['产出指标', '数量指标'],
    ['产出指标', '质量指标'],
    ['产出指标', '时效指标'],
    ['效益指标', '社会效益指标'],
    ['满意度指标', '服务对象满意度指标'],
  ];
  const indicators: Indicator[] = [];
  for (let index = 0; index < rows; index++) {
    const [level1, level2] = levels[Math.floor((index * levels.length) / rows)]!;
    const isShort = index % 9 === 5;
    indicators.push(
      indicator(level1, level2, `指标${index + 1}男性家族排查系统建设DNA数据采集数`, `${1000 + index}份`, {
        actual: value(isShort ? `${900 + index}份` : `${1000 + index}份`),
        weight: '2',
        score: isShort ? '1.5' : '2',
        deviation: isShort ? '采集工作接近尾声，未能采集的居民大多不在常驻地。' : '完成绩效目标',
      }),
    );
  }
  document.goals = [{ name: '', indicators }];
  document.totals = { weight: String(10 + 2 * rows), score: '96' };
  return document;
}

/** An evaluation report like sample 003: some sections written by the unit, money lists. */
export function buildSampleReport(): PerformanceDocument {
  const document = createEmptyDocument('evaluation-report');
  document.unit = '道县公安局';
  document.year = 2023;
  document.budget = { total: '11638.65', adjusted: '11638.65', executed: '11638.65', executionRate: '100' };
  document.report = {
    sections: [
      {
        title: '一、部门基本情况',
        text: '1、贯彻执行党和国家及省有关公安工作的方针政策。\n2、掌握控制危害国内安全的情报和动态。',
      },
      { title: '7、 存在的问题及原因分析', text: '1、绩效目标支出低于部门年初预算。' },
    ],
    moneyLists: [
      {
        label: '政府性基金预算支出',
        amount: '5855.5',
        items: [
          { label: '巡辅警经费', amount: '2532.5' },
          { label: '跨区域专项经费', amount: '300' },
        ],
      },
      { label: '基本支出', amount: '5105.15', items: [{ label: '工资福利支出', amount: '4035.19' }] },
    ],
  };
  document.goals = buildSampleSelfEvaluation(6).goals;
  document.totals = { score: '92.5' };
  return document;
}

/** A project-scope table (项目支出): 项目名称, 主管部门, 实施单位; funds by 本年财政拨款 / 上年结转资金 / 其他资金. */
export function buildSampleProjectTable(kind: 'target-table' | 'self-evaluation'): PerformanceDocument {
  const document = kind === 'target-table' ? buildSampleTargetTable() : buildSampleSelfEvaluation(6);
  document.scope = 'project';
  document.project = '禁毒工作经费';
  document.supervisor = '湘潭县公安局';
  document.unit = '湘潭县公安局禁毒大队';
  document.budget = {
    ...document.budget,
    bySource: { currentYear: '50', carriedOver: '5.5', other: '1' },
    byNature: undefined,
  };
  delete document.budget.byNature;
  return document;
}
