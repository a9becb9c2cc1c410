import { describe, expect, it } from 'vitest';
import { readListedIndicators } from './report-listed-indicators.ts';
import { readText } from './read-text.ts';

/** Each listed indicator as [name, target text or null]. */
function listed(paragraphs: string[]): Array<[string, string | null]> {
  return readListedIndicators(paragraphs).map((indicator) => [indicator.name, indicator.target?.text ?? null]);
}

describe('readListedIndicators (indicators a report lists in one sentence)', () => {
  it.each<[string, string[], Array<[string, string | null]>]>([
    [
      'a counted list: a bare value, a word comparison, a date inside a name, a qualitative item',
      ['项目绩效目标为：保障设备正常运转。绩效指标设置5个，分别为：维护设备数量86台，设备完好率大于等于95%，完成支出进度10月31日前≥90%，数据按规定存储，群众满意程度≥90%。'],
      [
        ['维护设备数量', '86台'],
        ['设备完好率', '大于等于95%'],
        ['完成支出进度10月31日前', '≥90%'],
        ['数据按规定存储', null],
        ['群众满意程度', '≥90%'],
      ],
    ],
    [
      'the count in the sentence before the list ("…5个方面设置指标3个。分别是：")',
      ['主要从数量指标、质量指标和满意度指标3个方面设置指标3个。分别是：核查人数≥12人，任务完成率≥99%，被投诉次数≤5次。'],
      [
        ['核查人数', '≥12人'],
        ['任务完成率', '≥99%'],
        ['被投诉次数', '≤5次'],
      ],
    ],
    [
      'a count in numerals, a bare date value',
      ['共设置三个绩效指标，具体为：巡查次数不少于24次，完成时间11月30日前，满意度≥90%。'],
      [
        ['巡查次数', '不少于24次'],
        ['完成时间', '11月30日前'],
        ['满意度', '≥90%'],
      ],
    ],
    [
      'a labelled goal of semicolon items, the last one running on into the goal’s prose',
      ['（二）绩效目标：道路硬化≥0.82km；项目（工程）验收合格率≥100% ；受益群众满意度≥95%；受益人口数≥140人方便群众出行，带动产业发展。'],
      [
        ['道路硬化', '≥0.82km'],
        ['项目（工程）验收合格率', '≥100%'],
        ['受益群众满意度', '≥95%'],
        ['受益人口数', '≥140人'],
      ],
    ],
    [
      'a 绩效目标 heading alone, its list in the next paragraph',
      ['（三）项目绩效目标', '全年清运生活垃圾不少于7.2万吨，垃圾无害化处理率达到100%。'],
      [
        ['全年清运生活垃圾', '不少于7.2万吨'],
        ['垃圾无害化处理率', '达到100%'],
      ],
    ],
    [
      'an unknown short unit after the figure',
      ['绩效目标：新增巡逻船≥3艘；巡逻覆盖率≥95%。'],
      [
        ['新增巡逻船', '≥3艘'],
        ['巡逻覆盖率', '≥95%'],
      ],
    ],
  ])('%s', (_case, paragraphs, expected) => {
    expect(listed(paragraphs)).toEqual(expected);
  });

  it.each<[string, string[]]>([
    ['a count the items do not match', ['绩效指标设置5个，分别为：维护设备数量86台，设备完好率≥95%，满意度≥90%。']],
    ['a count of indicators set and met, no list', ['本年度共设置绩效指标12个，已完成9个，指标完成率75%。']],
    ['numbered goal items, some without a comparison', ['按照方案设定项目绩效目标：1.完成道路改造1.2公里；2.工程质量验收合格；3.改善群众出行条件。']],
    ['a goal in prose', ['项目绩效目标为：优化工作流程，职工个税每月按时申报缴纳。']],
    ['a goal of one comparison only', ['绩效目标：群众满意度≥90%。']],
    ['a goal whose clause runs on after a figure', ['绩效目标：道路硬化≥0.82km后交付使用；满意度≥95%。']],
    ['results in prose, no label', ['全年维护执法记录仪86台，设备完好率97%，满意度调查结果为94%。']],
    ['a heading whose next paragraph is prose', ['（二）绩效目标', '通过实施本项目，使道路通行条件明显改善，群众满意度达到95%以上。']],
  ])('reads no indicator from %s', (_case, paragraphs) => {
    expect(listed(paragraphs)).toEqual([]);
  });

  it('keeps a name listed twice once, at its paragraph’s line', () => {
    const indicators = readListedIndicators(['', '绩效目标：道路硬化≥1km；满意度≥95%。', '', '绩效目标：道路硬化≥2km；验收合格率=100%。']);
    expect(indicators.map((indicator) => [indicator.name, indicator.target?.text, indicator.line])).toEqual([
      ['道路硬化', '≥1km', 2],
      ['满意度', '≥95%', 2],
      ['验收合格率', '=100%', 4],
    ]);
  });

  it('reads a list under level labels, one label a paragraph or several on one, each item under its label\'s levels', () => {
    const levels = (paragraphs: string[]) => readListedIndicators(paragraphs).map((indicator) => [indicator.level1, indicator.level2, indicator.name, indicator.target?.text ?? null]);
    const expected = [
      ['产出指标', '数量指标', '新建护岸长度', '0.8公里'],
      ['产出指标', '数量指标', '护岸高度', '不低于2米'],
      ['产出指标', '质量指标', '工程验收合格率', '100%'],
      ['效益指标', '', '受益人口', '不少于1500人'],
    ];
    const lines = ['（二）绩效目标设定情况', '1.数量指标：新建护岸长度0.8公里；护岸高度不低于2米。', '2.质量指标：工程验收合格率100%。', '3.效益指标：受益人口不少于1500人。', '二、绩效目标完成情况'];
    expect(levels(lines)).toEqual(expected);
    expect(levels(['1.数量指标：新建护岸长度0.8公里；护岸高度不低于2米。2.质量指标：工程验收合格率100%。3.效益指标：受益人口不少于1500人。'])).toEqual(expected);
  });

  it.each([
    ['one label alone', ['1.数量指标：新建护岸长度0.8公里。', '项目已完工。']],
    ['a list of results (已完成), not of targets', ['数量指标：完成护岸改造0.8公里，已完成；', '质量指标：工程验收合格，已完成；']],
    ['words before a colon that are no level', ['1.建设内容：新建护岸0.8公里。', '2.资金来源：县级衔接资金60万元。']],
    ['a level word inside prose', ['项目围绕数量指标：新建护岸0.8公里开展。质量方面验收合格。']],
  ])('reads no levelled list from %s', (_case, paragraphs) => {
    expect(readListedIndicators(paragraphs)).toEqual([]);
  });

  it.each<[string, string[], Array<Array<string | null>>]>([
    [
      'level headings alone on their lines, each paragraph under them a list with its values (a target notice)',
      ['一、产出指标', '（一）数量指标', '培训人员≧120人；', '（二）时效指标', '完成时限，2025年10月底前；', '（三）成本指标', '培训补助≦800元/人；', '二、效益指标', '（一）社会效益指标', '学员技术水平，提高。', '三、满意度指标', '参训学员满意度≥95%。', '附件：项目绩效目标表'],
      [
        ['产出指标', '数量指标', '培训人员', '≧120人'],
        ['产出指标', '时效指标', '完成时限', '2025年10月底前'],
        ['产出指标', '成本指标', '培训补助', '≦800元/人'],
        ['效益指标', '社会效益指标', '学员技术水平', '提高'],
        ['满意度指标', '', '参训学员满意度', '≥95%'],
      ],
    ],
    [
      'a template copied into sentences: stars, placeholder hints, >=, a category before its indicator, a 一级 label before its 二级',
      [
        '一、产出指标',
        '数量指标：★补助各类果树种植数量，苹果树种植数量（≥**株）>=3000株；成活率（≥**%）>=90。成本指标：种植补助标准，苹果树补助成本（≤**元/株）≤12元/株。',
        '二、效益指标',
        '效益指标：经济效益指标：特色产业产值（≥**万元）≥30万元，带动增收（≥**万元）≥12万元；社会效益指标：★★★受益户数（≥**户）≥8户。可持续影响指标，持续发展。',
      ],
      [
        ['产出指标', '数量指标', '苹果树种植数量', '>=3000株'],
        ['产出指标', '数量指标', '成活率', '>=90'],
        ['产出指标', '成本指标', '苹果树补助成本', '≤12元/株'],
        ['效益指标', '经济效益指标', '特色产业产值', '≥30万元'],
        ['效益指标', '经济效益指标', '带动增收', '≥12万元'],
        ['效益指标', '社会效益指标', '受益户数', '≥8户'],
        ['效益指标', '可持续影响指标', '持续发展', null],
      ],
    ],
  ])('reads %s', (_case, paragraphs, expected) => {
    expect(readListedIndicators(paragraphs).map((indicator) => [indicator.level1, indicator.level2, indicator.name, indicator.target?.text ?? null])).toEqual(expected);
  });

  it.each([
    ['a heading over prose (a report’s 产出指标 section)', ['一、产出指标', '本项目完成培训120人，培训质量较好。', '二、效益指标', '学员技术水平明显提高。']],
    ['a heading over results', ['一、产出指标', '（一）数量指标', '培训人员120人，已完成；', '（二）质量指标', '结业率100%，已完成。']],
    ['a level word and a comma inside prose (no full level name)', ['数量，完成培训120人；质量，结业率100%。']],
  ])('reads no levelled list from %s', (_case, paragraphs) => {
    expect(readListedIndicators(paragraphs)).toEqual([]);
  });

  it.each<[string, string, Array<[string, string | null]>]>([
    ['a name, a comma and a deadline', '完成时限，2025年10月底前；', [['完成时限', '2025年10月底前']]],
    ['a name, a comma and a change word with its adverb', '群众自我发展能力，持续提高；', [['群众自我发展能力', '持续提高']]],
    ['two qualitative items (the second no value word)', '群众满意度明显提高，环境改善。', [['群众满意度明显提高', null], ['环境改善', null]]],
    ['words before a valued piece without a placeholder stay an item', '群众满意度明显提高，验收合格率≥95%。', [['群众满意度明显提高', null], ['验收合格率', '≥95%']]],
  ])('in a level’s list, reads %s', (_case, list, expected) => {
    const read = readListedIndicators(['数量指标：培训人员≧120人；', `质量指标：${list}`]);
    expect(read.slice(1).map((indicator) => [indicator.name, indicator.target?.text ?? null])).toEqual(expected);
  });

  it('takes a paragraph under a heading only when each of its items has a value', () => {
    const read = (paragraph: string) => readListedIndicators(['（一）数量指标', '培训人员≧120人；', '（二）质量指标', paragraph]).map((indicator) => indicator.name);
    expect(read('结业率≥98%；完成时限，2025年10月底前。')).toEqual(['培训人员', '结业率', '完成时限']);
    expect(read('群众满意度明显提高，验收合格率≥95%。')).toEqual(['培训人员']);
  });

  it('reads no list longer than some 40 indicators (a sentence that long is no list)', () => {
    const items = (count: number) => Array.from({ length: count }, (_, index) => `指标名称${index}≥${index}%`).join('；');
    expect(readListedIndicators([`绩效目标：${items(40)}。`])).toHaveLength(40);
    expect(readListedIndicators([`绩效目标：${items(400)}。`])).toEqual([]);
  });
});

/** An invented project report (Yunnan's 单位自评报告 layout): the indicators only in a sentence. */
const sentenceReport = [
  '青禾县农业农村局2024年度项目支出绩效自评报告',
  '一、基本情况',
  '（1）项目名称：农机安全检验经费，主要用于拖拉机和联合收割机年度安全检验。',
  '绩效指标设置3个，分别为：检验农机数量1200台，检验合格率≧95%，机手满意度≧90%。',
  '年初预算8.00万元，全年预算8.00万元，实际支出7.60万元，预算执行率95%。',
  '二、综合评价情况及评价结论',
  '经自评，该项目自评得分93分，自评等级为优。',
];

describe('a report’s indicators listed in a sentence (readText)', () => {
  it('are the project’s indicators, ≧ read as ≥, with no levels', () => {
    const document = readText(sentenceReport.join('\n'));
    expect(document?.project).toBe('农机安全检验经费');
    const indicators = document?.goals.flatMap((goal) => goal.indicators) ?? [];
    expect(indicators.map((indicator) => [indicator.level1, indicator.level2, indicator.name, indicator.target?.operator, indicator.target?.value])).toEqual([
      ['', '', '检验农机数量', null, '1200'],
      ['', '', '检验合格率', '>=', '95'],
      ['', '', '机手满意度', '>=', '90'],
    ]);
  });

  it('give way to the report’s table of indicators', () => {
    const table = ['一级指标\t二级指标\t三级指标\t指标值\t实际完成值', '产出指标\t数量指标\t年检农机台数\t≥1000台\t1180台', '效益指标\t社会效益指标\t农机事故起数\t≤2起\t0起'];
    const document = readText([...sentenceReport.slice(0, 4), ...table, ...sentenceReport.slice(4)].join('\n'));
    expect(document?.goals.flatMap((goal) => goal.indicators).map((indicator) => indicator.name)).toEqual(['年检农机台数', '农机事故起数']);
  });

  it('are not read from a report over several projects', () => {
    const several = [
      sentenceReport[0] ?? '',
      '本次共对3个项目开展了绩效自评，自评得分分别为95分、88分和90分。',
      ...sentenceReport.slice(1),
    ];
    expect(readText(several.join('\n'))?.goals.flatMap((goal) => goal.indicators)).toEqual([]);
  });
});
