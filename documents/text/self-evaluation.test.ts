import { describe, expect, it } from 'vitest';
import { documentSchema, type Indicator, type PerformanceDocument } from '../../core/model.ts';
import { sumDecimals } from '../../core/decimal.ts';
import { readSeed } from '../../test-support/seeds.ts';
import { readText } from './read-text.ts';

function readSample001(): PerformanceDocument {
  const document = readText(readSeed('001'));
  if (!document) throw new Error('001 was not recognised');
  return document;
}

function indicatorsOf(document: PerformanceDocument): Indicator[] {
  return document.goals.flatMap((goal) => goal.indicators);
}

function findIndicator(document: PerformanceDocument, name: string): Indicator {
  const found = indicatorsOf(document).find((indicator) => indicator.name === name);
  if (!found) throw new Error(`no indicator named ${name}`);
  return found;
}

describe('sample 001, the 2022 self-evaluation of 株洲市公安局渌口分局', () => {
  const document = readSample001();

  it('is a department self-evaluation for 2022 of the named unit, valid against the model', () => {
    expect(documentSchema.safeParse(document).success).toBe(true);
    expect([document.kind, document.scope, document.year, document.unit]).toEqual([
      'self-evaluation',
      'department',
      2022,
      '株洲市公安局渌口分局',
    ]);
  });

  it('reads the funds row, joining "8016.0 9" in the 全年预算数 column', () => {
    const { budget } = document;
    expect([budget.initial, budget.adjusted, budget.executed]).toEqual(['5685.44', '8016.09', '8016.09']);
    expect([budget.weight, budget.executionRate, budget.score, budget.total]).toEqual([
      '10',
      '100',
      '10',
      '8016.09',
    ]);
  });

  it('reads the parts by source and by nature written inside cells', () => {
    expect(document.budget.bySource).toMatchObject({
      generalPublic: '7897.75',
      governmentFund: '0',
      specialAccount: '0',
      other: '118.34',
    });
    expect(document.budget.byNature).toMatchObject({ basic: '7067.17', project: '948.92' });
  });

  it('joins 预期目标 and the 实际完成情况 that runs over three lines, without <p> debris', () => {
    expect(document.overallGoal).toMatch(/^坚持以习近平新时代.*努力开创公安工作新局面。$/);
    expect(document.overallResult).toMatch(/^护航党的二十大/);
    expect(document.overallResult).toContain('现行命案连续10年保持了“命案必破”');
    expect(document.overallResult).toContain('部级个人二等功一人，市、区级个人三等功16人');
    expect(document.overallResult).toMatch(/经考核评定，圆满完成了年度绩效目标。$/);
    expect(document.overallResult).not.toMatch(/<\/?p>/);
  });

  it('has 27 indicators in one implicit goal whose weights add up to 50 / 30 / 10 per 一级', () => {
    expect(document.goals.map((goal) => goal.name)).toEqual(['']);
    const indicators = indicatorsOf(document);
    expect(indicators).toHaveLength(27);
    const weightOf = (level1: string) =>
      sumDecimals(
        indicators.filter((indicator) => indicator.level1 === level1).map((indicator) => indicator.weight),
      ).toFixed();
    expect(['产出指标', '效益指标', '满意度指标'].map(weightOf)).toEqual(['50', '30', '10']);
    expect(new Set(indicators.map((indicator) => indicator.level1))).toEqual(
      new Set(['产出指标', '效益指标', '满意度指标']),
    );
  });

  it('states 总分 weight 100 and score 96 and no grade of its own', () => {
    expect(document.totals).toMatchObject({ weight: '100', score: '96', grade: null });
  });

  it.each([
    '打掉电信诈骗团伙目标数',
    '群众对110接处警工作满意度',
    '男性家族排查系统建设DNA数据采集数',
    '加强教育培训，民、辅警业务培训人次',
    '反诈APP推广实名注册率',
    '吸毒人员肇事肇祸案、事件',
  ])('keeps the name "%s" whole and without extraction spaces', (name) => {
    expect(indicatorsOf(document).map((indicator) => indicator.name)).toContain(name);
  });

  it('reads a name whose second half comes after its row with that row’s values', () => {
    const telecom = findIndicator(document, '打掉电信诈骗团伙目标数');
    expect([telecom.target?.value, telecom.actual?.value, telecom.weight, telecom.score]).toEqual([
      '10',
      '11',
      '2',
      '2',
    ]);
    const alarm = findIndicator(document, '群众对110接处警工作满意度');
    expect([alarm.target?.text, alarm.actual?.text, alarm.weight]).toEqual(['≥95 分', '96 分', '2']);
  });

  it('reads the DNA row: 10000 份 → 9580, weight 2, entered score 1', () => {
    const dna = findIndicator(document, '男性家族排查系统建设DNA数据采集数');
    expect([dna.target?.value, dna.target?.unit, dna.actual?.value, dna.weight, dna.score]).toEqual([
      '10000',
      '份',
      '9580',
      '2',
      '1',
    ]);
    expect([dna.level1, dna.level2]).toEqual(['产出指标', '数量指标']);
  });

  it('reads the training row: 1500 → 1466, weight 2, entered score 1', () => {
    const training = findIndicator(document, '加强教育培训，民、辅警业务培训人次');
    expect([training.target?.value, training.actual?.value, training.weight, training.score]).toEqual([
      '1500',
      '1466',
      '2',
      '1',
    ]);
  });

  it('keeps the deviation text of the three rows that were not fully met, joined without spaces', () => {
    const notMet = indicatorsOf(document).filter((indicator) => indicator.score !== indicator.weight);
    expect(notMet.map((indicator) => indicator.name)).toEqual([
      '男性家族排查系统建设DNA数据采集数',
      '加强教育培训，民、辅警业务培训人次',
      '刑事案件发案率与上年比较',
    ]);
    expect(notMet.map((indicator) => indicator.deviation)).toEqual([
      '采集工作接近尾声，未能采集的居民大多不在常驻地，采集难度加大。',
      '因疫情不宜经常集中开展培训。',
      '因电诈类案件频发，破案难度大，办案成本高。另补立案件较以往年度增加。',
    ]);
  });

  it('keeps the 户籍 satisfaction row as written: target in 分, actual in %', () => {
    const registry = findIndicator(document, '群众对户籍工作满意度');
    expect([
      registry.target?.text,
      registry.actual?.text,
      registry.target?.unit,
      registry.actual?.unit,
    ]).toEqual(['≥95 分', '99.65%', '分', '%']);
  });

  it('inherits merged 一级/二级 cells and reads split headings such as "质量指 标"', () => {
    expect(findIndicator(document, '刑事案件发案率与上年比较').level2).toBe('质量指标');
    expect(findIndicator(document, '部门联动机制健全性')).toMatchObject({
      level1: '产出指标',
      level2: '质量指标',
    });
    expect(findIndicator(document, '社会治安稳定，人民安居乐业').level2).toBe('可持续影响指标');
  });

  it('places every row: no reader findings on the sample', () => {
    expect(
      document.findings.filter((finding) => ['shifted-row', 'unparsed-line'].includes(finding.code)),
    ).toEqual([]);
  });
});

describe('what the self-evaluation reader states beyond the sample', () => {
  it('reports a 一级 heading whose stated weight differs from the sum of its rows', () => {
    const altered = readText(
      readSeed('001').replace('产出指标（50分）', '产出指标（55分）'),
    ) as PerformanceDocument;
    expect(altered.findings).toContainEqual(
      expect.objectContaining({
        code: 'heading-weight-mismatch',
        message: '产出指标标注55分，但其下各指标分值合计50分，请核对分值。',
      }),
    );
  });

  it.each([
    ['自评等级：优', '优'],
    ['评价等级\t良好', '良'],
    ['等级：差', '差'],
  ])('takes the grade the document states ("%s" → %s)', (line, grade) => {
    const stated = readText(`${readSeed('001')}\n${line}`) as PerformanceDocument;
    expect(stated.totals.grade).toBe(grade);
  });

  it('does not take 等级 inside a sentence for a stated grade', () => {
    const sentence = readText(
      `${readSeed('001')}\n本年度治安风险等级中等，需持续关注。`,
    ) as PerformanceDocument;
    expect(sentence.totals.grade).toBeNull();
  });
});
