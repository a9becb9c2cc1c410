import { describe, expect, it } from 'vitest';
import { readText } from './read-text.ts';
import { checkStatedRate, findStatedRate } from './report-rate.ts';

function report(body: string, title = '示范县文化馆2024年度项目支出绩效自评报告'): string {
  return [
    title,
    '一、项目基本情况',
    body,
    '二、绩效目标完成情况',
    '全部完成。',
    '三、存在的问题',
    '无。',
    '四、改进措施',
    '无。',
  ].join('\n');
}

describe('readText on report money mentions', () => {
  it.each([
    [
      '年初预算数为120万元，调整后预算数为150万元，全年执行数为148.5万元，预算执行率为99%。',
      { initial: '120', adjusted: '150', executed: '148.5', executionRate: '99' },
    ],
    [
      '年初批复预算3个项目200万元，调整预算后项目预算180万元，实际到位资金170万元，实际支出171万元，执行率95%。',
      { initial: '200', adjusted: '180', executed: '171', executionRate: '95' },
    ],
    [
      '本年年初安排资金300000元，全年预算数320000元，累计支付310000元。',
      { initial: '30', adjusted: '32', executed: '31' },
    ],
    [
      '年初预算数（A）150万元，全年预算数（B）150万元，全年执行数（C）148.2万元，执行率（C/B）98.80%。',
      { initial: '150', adjusted: '150', executed: '148.2', executionRate: '98.80' },
    ],
    [
      '年初预算金额为人民币350万元，年中追加后预算为人民币380万元，全年完成支出人民币361万元，执行进度95%。',
      { initial: '350', adjusted: '380', executed: '361', executionRate: '95' },
    ],
    [
      '2023年初预算安排240万元，全年财政拨款预算数260万元，全年财政拨款支出数250万元。',
      { initial: '240', adjusted: '260', executed: '250' },
    ],
    [
      '年初预算数300万元，其中：当年财政拨款220万元，上年结转资金80万元。',
      { initial: '300', bySource: { currentYear: '220', carriedOver: '80' } },
    ],
  ])('ties the figures of %j to their labels', (body, budget) => {
    expect(readText(report(body))?.budget).toMatchObject(budget);
  });

  it('never takes funds received (到位) for the executed amount', () => {
    const document = readText(report('年初预算100万元，实际到位资金90万元。'));
    expect(document?.budget.executed).toBeUndefined();
  });

  it('names the unit and year from the title when it names no project', () => {
    expect(readText(report('略。'))).toMatchObject({ unit: '示范县文化馆', year: 2024, scope: 'project' });
  });
});

describe('the stated 执行率 of a report', () => {
  it('agrees when rounded half-up or cut at its own decimals', () => {
    expect(checkStatedRate({ executed: '628.4', adjusted: '655.8' }, { rate: '95.82', line: 3 })).toBeNull();
    expect(checkStatedRate({ executed: '2', adjusted: '3' }, { rate: '66.6', line: 3 })).toBeNull();
    expect(checkStatedRate({ executed: '2', adjusted: '3' }, { rate: '66.67', line: 3 })).toBeNull();
  });

  it('is reported with its line when the figures give another rate', () => {
    const document = readText(report('全年预算数150万元，全年执行数120万元，预算执行率为98%。'));
    expect(document?.findings).toContainEqual(
      expect.objectContaining({ code: 'stated-rate-mismatch', path: 'budget.executionRate', line: 3 }),
    );
  });

  it('is measured against the initial budget when no adjusted one is stated', () => {
    expect(checkStatedRate({ executed: '90', initial: '100' }, { rate: '90', line: 1 })).toBeNull();
    expect(checkStatedRate({ executed: '90', initial: '100' }, { rate: '80', line: 1 })?.message).toMatch(
      /年初预算100万元/,
    );
  });

  it('is found in running text, not in a 支付率', () => {
    expect(findStatedRate(['资金支付率为80%。', '预算执行率达到96.5%。'])).toEqual({ rate: '96.5', line: 2 });
  });
});

describe('tables embedded in a report', () => {
  it('reads the indicators of the table under the narrative, without its 预算执行率 row', () => {
    const text = report(
      [
        '项目年初预算50万元，执行50万元，执行率100%。绩效自评情况见下表：',
        '一级指标\t二级指标\t三级指标\t年度指标值\t实际完成值\t分值\t得分\t偏差原因分析及改进措施',
        '产出指标\t数量指标\t举办展览\t≥6场\t7场\t50\t50\t',
        '效益指标\t社会效益指标\t参观人次\t≥2万人次\t2.3万人次\t30\t30\t',
        '满意度指标\t服务对象满意度指标\t观众满意度\t≥90%\t96%\t10\t10\t',
        '预算执行率\t\t\t\t\t10\t10\t',
        '总分\t\t\t\t\t100\t100\t',
      ].join('\n'),
    );
    const document = readText(text);
    expect(document?.kind).toBe('evaluation-report');
    expect(document?.goals.flatMap((goal) => goal.indicators.map((indicator) => indicator.name))).toEqual([
      '举办展览',
      '参观人次',
      '观众满意度',
    ]);
    expect(document?.totals).toMatchObject({ weight: '100', score: '100' });
    expect(document?.budget).toMatchObject({
      initial: '50',
      executed: '50',
      executionRate: '100',
      weight: '10',
      score: '10',
    });
  });

  it('reads a table run together inside its paragraph, its levels worded as goals and its 二级 under 评价内容', () => {
    const text = report(
      '项目年初预算50万元，执行48万元，执行率96%。绩效目标完成情况如下表：评价内容绩效内容绩效目标值实际完成值累计完成率' +
        '产出目标数量目标举办展览>=6场7场117%质量目标布展验收合格率100%100%100%效益目标社会效益目标参观人次>=2万人次2.3万人次115%',
    );
    const indicators = readText(text)?.goals.flatMap((goal) => goal.indicators) ?? [];
    expect(indicators.map((indicator) => [indicator.level2, indicator.name, indicator.target?.text, indicator.actual?.text])).toEqual([
      ['数量目标', '举办展览', '≥6场', '7场'],
      ['质量目标', '布展验收合格率', '100%', '100%'],
      ['社会效益目标', '参观人次', '≥2万人次', '2.3万人次'],
    ]);
  });

  it('keeps a paragraph that only names column words in its sentence out of the tables', () => {
    const text = report('项目年初预算50万元，执行48万元，执行率96%。各项指标的实际完成值均达到年度指标值。');
    expect(readText(text)?.goals.flatMap((goal) => goal.indicators) ?? []).toEqual([]);
  });
});
