import { describe, expect, it } from 'vitest';
import { splitLines } from './normalize.ts';
import { readTableRows } from './table-rows.ts';
import { readSelfEvaluationBudget } from './self-evaluation-budget.ts';
import { readText } from './read-text.ts';
import { convertBudget, findAmountUnit, toTenThousandYuan } from './amount-unit.ts';
import { applyTableHeader } from './project-header.ts';
import { createEmptyDocument } from '../../core/model.ts';

function readBudget(text: string) {
  return readSelfEvaluationBudget(readTableRows(splitLines(text)));
}

const indicatorTable = [
  '一级指标\t二级指标\t三级指标\t年度指标值\t实际完成值\t分值\t得分\t偏差原因分析及改进措施',
  '产出指标\t数量指标\t培训人次\t≥100人次\t120人次\t50\t50\t无',
  '效益指标\t社会效益指标\t群众知晓率\t≥90%\t92%\t30\t30\t无',
  '满意度指标\t服务对象满意度指标\t学员满意度\t≥90%\t95%\t10\t10\t无',
  '总分\t\t\t\t\t100\t100',
].join('\n');

describe('a budget weight stated in the funds header, not in a column', () => {
  it('reads the Hubei block (预算数（A）/ 执行数（B）/ 得分（20分*执行率）) with its 20 points', () => {
    const { budget } = readBudget(
      ['预算执行情况（万元）（20分）\t预算数（A）\t执行数（B）\t执行率（B/A）\t得分（20分*执行率）', '年度财政资金总额\t36.00\t34.20\t95%\t19'].join('\n'),
    );
    expect(budget).toMatchObject({ adjusted: '36.00', executed: '34.20', executionRate: '95', weight: '20', score: '19', total: '36.00' });
  });

  it('takes no weight from a block that scores nothing', () => {
    const { budget } = readBudget(['资金情况（20分）\t预算数\t执行数\t执行率', '年度财政资金总额\t36.00\t34.20\t95%'].join('\n'));
    expect(budget.weight).toBeUndefined();
  });
});

describe('readSelfEvaluationBudget on regional wordings', () => {
  it('reads the Sichuan block (年初预算 / 调整后预算数 / 预算执行数 / 权重) with a note in the total row', () => {
    const { budget } = readBudget(
      [
        '预算执行情况(10分) | 年度预算数(万元) | 年初预算 | 调整后预算数 | 预算执行数 | 预算执行率 | 权重 | 得分 | 原因',
        '| 总额 | 20.00 | 24.50 | 24.50 | 100.00% | 10 | 10 | 1.预算执行率=预算执行数/调整后预算数 |',
        '| 其中:财政资金 | 20.00 | 24.00 | 24.00 | 100.00% | / | / |',
        '| 财政专户管理资金 | 0.00 | 0.00 | 0.00 | 0.00% | / | / |',
        '| 单位资金 | 0.00 | 0.50 | 0.50 | 100.00% | / | / |',
        '| 其他资金 | | | | | / | / |',
      ].join('\n'),
    );
    expect(budget).toMatchObject({
      initial: '20.00',
      adjusted: '24.50',
      executed: '24.50',
      executionRate: '100.00',
      weight: '10',
      score: '10',
      total: '24.50',
      bySource: { currentYear: '24.00', specialAccount: '0.00', other: '0.50' },
    });
  });

  it('reads the Beijing 2016 block (年初预算数(A) / 全年执行数(B) / 执行率(B/A)) that has no 全年预算数', () => {
    const { budget } = readBudget(
      ['项目资金（万元）\t年初预算数（A）\t全年执行数（B）\t分值（10分）\t执行率（B/A）\t得分', '年度资金总额：\t120\t96\t10\t80%\t8'].join('\n'),
    );
    expect(budget).toMatchObject({ initial: '120', executed: '96', weight: '10', executionRate: '80', score: '8', total: '120' });
  });

  it('reads sources as columns whose 合计 is the year’s funds, the amounts in an unlabelled row (a Hubei county’s 自评表)', () => {
    const { budget } = readBudget(
      ['项目资金来源\t中央（万元）\t省、地（万元）\t本级（万元）\t其他（万元）\t合计（万元）\t执行数（万元）\t执行率', '\t\t\t240\t\t240\t228\t95%'].join('\n'),
    );
    expect(budget).toMatchObject({ adjusted: '240', executed: '228', executionRate: '95', total: '240' });
  });

  it('takes no block from a header naming one amount column alone', () => {
    expect(readBudget(['项目资金（万元）\t年初预算数\t分值\t得分', '年度资金总额：\t120\t10\t8'].join('\n')).budget.initial).toBeUndefined();
  });

  it('reads the Chongqing block (全年(调整)预算数, 执行率权重, 执行率得分) whose amounts have no row label', () => {
    const { budget } = readBudget(
      [
        '部门预算执行情况（万元）\t年初预算数\t全年(调整)预算数\t全年执行数\t执行率(%)\t执行率权重\t执行率得分(分)',
        '\t300\t320\t304\t95\t10\t9.5',
      ].join('\n'),
    );
    expect(budget).toMatchObject({
      initial: '300',
      adjusted: '320',
      executed: '304',
      executionRate: '95',
      weight: '10',
      score: '9.5',
    });
  });

  it('reads a row whose group cell the header does not have, without shifting it by a column', () => {
    const { budget, findings } = readBudget(
      [
        '资金情况\t年初预算数\t全年预算数(A)\t全年执行数(B)\t分值\t执行率(B/A)\t得分',
        '项目资金\t年度资金总额\t100\t120\t108\t10\t90%\t9',
        '\t其中：本年财政拨款\t100\t110\t100',
        '\t上年结转资金\t\t10\t8',
        '\t其他资金\t\t\t',
      ].join('\n'),
    );
    expect(budget).toMatchObject({
      initial: '100',
      adjusted: '120',
      executed: '108',
      weight: '10',
      executionRate: '90',
      score: '9',
    });
    expect(budget.bySource).toEqual({ currentYear: '110', carriedOver: '10' });
    expect(findings).toEqual([]);
  });

  it('reads rows that lost the empty cell the header keeps', () => {
    const { budget } = readBudget(
      [
        '年度\t\t年初预算数\t全年预算数\t全年执行数',
        '年度资金总额\t50\t60\t55',
        '其中：财政拨款\t50\t60\t55',
      ].join('\n'),
    );
    expect(budget).toMatchObject({
      initial: '50',
      adjusted: '60',
      executed: '55',
      bySource: { currentYear: '60' },
    });
  });
});

describe('amount units', () => {
  it.each([
    ['金额单位：元', '元'],
    ['单位:千元', '千元'],
    ['单位（万元）', '万元'],
    ['年度预算申请（元）\t资金总额', '元'],
    ['资金情况(万元)', '万元'],
    ['单位名称：示范县档案馆', null],
  ])('finds the unit stated in %j', (line, unit) => {
    expect(findAmountUnit([line])?.unit ?? null).toBe(unit);
  });

  it.each([
    ['1234567.89', '元', '123.456789'],
    ['2500', '千元', '250'],
    ['0.01', '元', '0.000001'],
    ['12.5', '万元', '12.5'],
    ['1.2', '亿元', '12000'],
  ] as const)('converts %s %s to %s 万元 exactly', (amount, unit, expected) => {
    expect(toTenThousandYuan(amount, unit)).toBe(expected);
  });

  it('converts money but not weights, rates or scores, and keeps the source unit', () => {
    expect(
      convertBudget(
        {
          total: '250000',
          executed: '200000',
          weight: '10',
          executionRate: '80',
          score: '8',
          bySource: { currentYear: '250000' },
        },
        '元',
      ),
    ).toEqual({
      total: '25',
      executed: '20',
      weight: '10',
      executionRate: '80',
      score: '8',
      bySource: { currentYear: '25' },
      sourceUnit: '元',
    });
  });
});

describe('readText on budgets', () => {
  it('reads a self-evaluation written in 元 into 万元', () => {
    const text = [
      '项目支出绩效自评表',
      '金额单位：元',
      '项目名称\t示范培训',
      '实施单位\t示范县职教中心',
      '资金情况\t年初预算数\t全年预算数\t全年执行数\t分值\t执行率\t得分',
      '\t年度资金总额\t1,000,000.00\t1,200,000.00\t1,080,000.00\t10\t90%\t9',
      indicatorTable,
    ].join('\n');
    const document = readText(text);
    expect(document?.budget).toMatchObject({
      initial: '100',
      adjusted: '120',
      executed: '108',
      executionRate: '90',
      sourceUnit: '元',
    });
    expect(document?.unit).toBe('示范县职教中心');
  });

  it('reports a stated total that is not the sum of its parts', () => {
    const text = [
      '项目支出绩效自评表',
      '项目名称\t示范培训',
      '实施单位\t示范县职教中心',
      '资金情况\t年初预算数\t全年预算数\t全年执行数\t分值\t执行率\t得分',
      '\t年度资金总额\t100\t120\t108\t10\t90%\t9',
      '\t其中：本年财政拨款\t100\t100\t90',
      '\t上年结转资金\t\t10\t8',
      indicatorTable,
    ].join('\n');
    expect(readText(text)?.findings).toContainEqual(expect.objectContaining({ code: 'budget-sum-mismatch' }));
  });

  it('asks to check amounts that look like 元 when no unit is stated', () => {
    const text = [
      '项目支出绩效自评表',
      '项目名称\t示范培训',
      '实施单位\t示范县职教中心',
      '资金情况\t年初预算数\t全年预算数\t全年执行数\t分值\t执行率\t得分',
      '\t年度资金总额\t1000000\t1200000\t1080000\t10\t90%\t9',
      indicatorTable,
    ].join('\n');
    expect(readText(text)?.findings).toContainEqual(
      expect.objectContaining({ code: 'amount-unit-unknown', path: 'budget' }),
    );
  });

  it('says which header label was left empty', () => {
    const text = [
      '项目支出绩效自评表',
      '项目名称\t示范培训',
      '实施单位：（盖章）',
      '资金情况\t年初预算数\t全年预算数\t全年执行数',
      '\t年度资金总额\t10\t10\t10',
      indicatorTable,
    ].join('\n');
    expect(readText(text)?.findings).toContainEqual(
      expect.objectContaining({ code: 'header-value-missing', path: 'unit', line: 3 }),
    );
  });
});

describe('a funds block one cell per line with parts written label：amount', () => {
  it('reads each "其中：label：amount" cell as a part, never as a value of the total row', () => {
    const { budget } = readBudget(
      ['年初预算数', '全年预算数', '全年执行数', '分值', '执行率', '自评得分', '年度资金总额', '300.00', '320.00', '310.00', '10', '96.88%', '9.69', '按收入性质分:320.00', '按支出性质分:320.00', '其中: 一般公共预算:300.00', '其中:基本支出:200.00', '其他资金:20.00', '项目支出:120.00'].join('\n'),
    );
    expect(budget).toMatchObject({ initial: '300.00', adjusted: '320.00', executed: '310.00', score: '9.69' });
    expect(budget.bySource).toMatchObject({ generalPublic: '300.00', other: '20.00' });
    expect(budget.byNature).toMatchObject({ basic: '200.00', project: '120.00' });
  });
});

describe('budget header wordings of other regions', () => {
  it.each([
    ['标准分', '评价得分', '全年决算数'],
    ['满分', '实际得分', '全年实际支出数'],
    ['分值', '得分', '执行金额'],
  ])('reads %s / %s / %s as the weight, the score and the executed amount', (weight, score, executed) => {
    const { budget } = readBudget(
      [
        `项目资金（万元）\t\t年初预算数\t全年预算数\t${executed}\t${weight}\t执行率\t${score}`,
        '\t年度资金总额\t80\t85\t83.3\t10\t98%\t9.8',
      ].join('\n'),
    );
    expect(budget).toMatchObject({ executed: '83.3', weight: '10', score: '9.8' });
  });
});

describe('a 实施单位 written "本单位"', () => {
  it('stands for the unit the table names under 单位名称', () => {
    const document = createEmptyDocument('self-evaluation', 'project');
    applyTableHeader(document, ['单位名称：青湾市水环境监测站\t填报日期：2024年3月12日', '项目名称\t河道水质监测\t主管部门\t青湾市水利和湖泊局\t项目实施单位\t本单位']);
    expect([document.unit, document.supervisor]).toEqual(['青湾市水环境监测站', '青湾市水利和湖泊局']);
  });
});

describe('a 合计 row is a budget total only under a funds header or with money words', () => {
  const head = ['项目支出绩效自评表', '项目名称：乡道养护', '实施单位：青禾县公路所'];
  const cases: ReadonlyArray<{ name: string; rows: string[]; total: string | null; adjusted?: string }> = [
    { name: 'a score sheet total (分值 100, 得分 96), no funds header', rows: ['指标 | 分值 | 得分', '里程 | 50 | 46', '改善 | 50 | 50', '合计 | 100 | 96'], total: null },
    { name: 'a lone score total with tabs', rows: ['合计\t100\t96'], total: null },
    { name: 'a score total above the indicators', rows: ['合计 | 100 | 96', '一级指标 | 二级指标 | 三级指标 | 分值 | 得分', '产出指标 | 数量指标 | 里程 | 100 | 96'], total: null },
    { name: '合计 with its money unit in the label', rows: ['合计（万元） | 120'], total: '120', adjusted: '120' },
    { name: '合计 with its money unit after the amount', rows: ['合计 | 120万元'], total: '120', adjusted: '120' },
    { name: '合计 under a funds group label', rows: ['资金情况 | 合计 | 120'], total: '120' },
    { name: '合计 below funds parts', rows: ['财政拨款 | 100', '其他资金 | 20', '合计 | 120'], total: '120' },
    { name: '合计 under a funds header', rows: ['项目 | 全年预算数 | 全年执行数 | 执行率', '合计 | 120 | 114 | 95%'], total: '120', adjusted: '120' },
  ];
  it.each(cases)('$name', ({ rows, total, adjusted }) => {
    const document = readText([...head, ...rows].join('\n'));
    expect(document?.budget.total ?? null).toBe(total);
    expect(document?.budget.adjusted ?? null).toBe(adjusted ?? null);
  });
});
