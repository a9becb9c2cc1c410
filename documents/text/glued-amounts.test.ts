import { describe, expect, it } from 'vitest';
import { splitGluedAmounts, splitGluedIntegers, withGluedAmountsSplit } from './glued-amounts.ts';
import { readText } from './read-text.ts';

describe('amounts glued with no separator, cut by the decimals the table uses elsewhere', () => {
  const cases: Array<{ when: string; glue: string; columnDecimals: Array<number | null>; blockDecimals: number | null; limits?: Array<string | null>; amounts: string[] | null }> = [
    { when: 'two decimals in every column: one cut', glue: '152.30148.75', columnDecimals: [2, 2], blockDecimals: 2, amounts: ['152.30', '148.75'] },
    { when: 'each column its own decimals (the total’s 152.3 and 148.75)', glue: '152.3148.75', columnDecimals: [1, 2], blockDecimals: null, amounts: ['152.3', '148.75'] },
    { when: 'a column without an amount elsewhere takes the block’s decimals', glue: '60.5058.20', columnDecimals: [null, 2], blockDecimals: 2, amounts: ['60.50', '58.20'] },
    { when: 'decimals unknown for a column and differing over the block: left', glue: '152.3148.75', columnDecimals: [null, 2], blockDecimals: null, amounts: null },
    { when: 'integers glued: no point tells the cut, left', glue: '4848', columnDecimals: [0, 0], blockDecimals: 0, amounts: null },
    { when: 'a cut that needs a leading zero is none', glue: '12.3000.75', columnDecimals: [2, 2], blockDecimals: 2, amounts: null },
    { when: 'the decimals fit no cut: left', glue: '152.3148.75', columnDecimals: [4, 2], blockDecimals: 2, amounts: null },
    { when: 'three amounts glued', glue: '30.0025.0024.10', columnDecimals: [2, 2, 2], blockDecimals: 2, amounts: ['30.00', '25.00', '24.10'] },
    { when: 'more amounts than columns: left', glue: '30.0025.0024.10', columnDecimals: [2, 2], blockDecimals: 2, amounts: null },
    { when: 'a part above the total’s amount in its column is no cut', glue: '152.3148.75', columnDecimals: [1, 2], blockDecimals: null, limits: ['100.0', '100.00'], amounts: null },
    { when: 'one amount alone is no glue', glue: '152.30', columnDecimals: [2, 2], blockDecimals: 2, amounts: null },
  ];
  it.each(cases)('$when', ({ glue, columnDecimals, blockDecimals, limits, amounts }) => {
    expect(splitGluedAmounts(glue, { columnDecimals, blockDecimals, ...(limits ? { limits } : {}) })).toEqual(amounts);
  });

  it('places a part row’s glue in the money columns from its place, the total row giving the decimals and the limits', () => {
    const total = { roles: ['initial', 'executed', 'weight', 'executionRate', 'score'] as const, values: ['152.3', '148.75', '10', '97.67%', '9.77'] };
    expect(withGluedAmountsSplit(['152.3148.75'], total)).toEqual(['152.3', '148.75']);
    expect(withGluedAmountsSplit(['90', '88.5'], total)).toEqual(['90', '88.5']);
    // A glue that would run past the money columns (into 分值) stays unread.
    expect(withGluedAmountsSplit(['1.5', '148.7510.00'], total)).toBeNull();
  });
});

describe('integers glued with no separator, cut only where one cut alone fits the totals', () => {
  it.each([
    { when: 'two integers under totals of 152 and 150', glue: '120118', limits: ['152', '150'], amounts: ['120', '118'] },
    { when: 'two equal integers', glue: '3636', limits: ['36', '36'], amounts: ['36', '36'] },
    { when: 'a cut needing a leading zero is none', glue: '12018', limits: ['150', '20'], amounts: ['120', '18'] },
    { when: 'a part of nothing', glue: '1200', limits: ['152', '150'], amounts: ['120', '0'] },
    { when: 'at or under its column’s total the figure is one amount', glue: '152', limits: ['152', '150'], amounts: null },
    { when: 'two cuts fit (363 | 6 and 36 | 36 under 400 and 40): left', glue: '3636', limits: ['400', '40'], amounts: null },
    { when: 'three money columns let several cuts fit: left', glue: '152150', limits: ['152', '152', '150'], amounts: null },
    { when: 'a total written with decimals: left (its parts would be too)', glue: '120118', limits: ['152.50', '150'], amounts: null },
    { when: 'a total of zero bounds nothing: left', glue: '120118', limits: ['0', '150'], amounts: null },
    { when: 'one column only: left', glue: '120118', limits: ['152'], amounts: null },
    { when: 'a decimal point is the other glue’s', glue: '120.118', limits: ['152', '150'], amounts: null },
  ])('$when', ({ glue, limits, amounts }) => {
    expect(splitGluedIntegers(glue, limits)).toEqual(amounts);
  });

  it('cuts a part row’s only amount, the money columns from its place giving the totals', () => {
    const total = { roles: ['initial', 'executed', 'weight', 'executionRate', 'score'] as const, values: ['152', '150', '10', '98.68%', '9.87'] };
    expect(withGluedAmountsSplit(['120118'], total)).toEqual(['120', '118']);
    expect(withGluedAmountsSplit(['120118', '—', '—', '—'], total)).toEqual(['120', '118', '—', '—', '—']);
    // Another amount in the row: its cells are not the glue's; the part above its total stays unread.
    expect(withGluedAmountsSplit(['120118', '90'], total)).toBeNull();
    // No room left under the header for a second amount.
    expect(withGluedAmountsSplit(['120118', '—', '—', '—', '—'], total)).toBeNull();
  });
});

describe('a self-evaluation run together on one line with its part row’s amounts glued (the Beijing 2016 自评表 of a site’s chunks)', () => {
  const line = (part: string, total = '152.3148.751097.67%9.77'): string =>
    `项目支出绩效自评表（2023年度） 项目名称社区公共空间微更新主管部门及代码石桥区长乐街道办事处实施单位：石桥区长乐街道城市管理中心项目资金（万元） 年初预算数（A）全年执行数（B）分值（10分）执行率（B/A）得分得分计算方法年度资金总额：${total}执行率*该指标分值，最高不得超过分值上限。${part}   其他资金     年度总体目标完成社区公共空间微更新改造绩效指标一级指标二级指标三级指标分值年度指标值（A）全年实际值（B）得分计算方法得分未完成原因分析产出指标（90分）数量指标改造公共空间个数90≥6个6个完成值达到指标值，记满分。90总分10099.77`;

  it('cuts the part row’s glue by the total row’s decimals, column by column', () => {
    const document = readText(line('其中：本年一般公共预算拨款 152.3148.75'));
    expect(document?.budget).toMatchObject({ initial: '152.3', executed: '148.75', executionRate: '97.67' });
    expect(document?.budget.bySource?.generalPublic).toBe('152.3');
  });

  it('leaves a glue of integers unread (which digits are whose is not told)', () => {
    const document = readText(line('其中：本年财政拨款 152148', '152148.501097.70%9.77'));
    expect(document?.budget.bySource?.currentYear ?? null).toBeNull();
    expect(document?.budget.bySource?.generalPublic ?? null).toBeNull();
  });

  it('reads the part row’s amounts written apart', () => {
    const document = readText(line('其中：本年财政拨款 152.3 148.75'));
    expect(document?.budget.bySource?.currentYear).toBe('152.3');
  });
});

describe('a tab table’s part row whose two amount cells a PDF’s text glued into one', () => {
  const sheet = (part: string, total = '年度资金总额\t152.30\t148.75\t10\t97.67%\t9.77'): string =>
    [
      '项目支出绩效自评表',
      '（2023年度）',
      '项目名称\t社区公共空间微更新',
      '主管部门\t石桥区长乐街道办事处\t实施单位\t石桥区长乐街道城市管理中心',
      '项目资金（万元）\t年初预算数\t全年执行数\t分值\t执行率\t得分',
      total,
      part,
      '一级指标\t二级指标\t三级指标\t年度指标值\t实际完成值\t分值\t得分',
      '产出指标\t数量指标\t改造公共空间个数\t≥6个\t6个\t90\t90',
      '总分\t\t\t\t\t100\t99.77',
    ].join('\n');

  it.each([
    ['two decimals throughout', '其中：本年财政拨款\t120.00118.50\t\t\t', '120.00'],
    ['the glue followed by the row’s empty cells left out', '其中：本年财政拨款\t120.00118.50', '120.00'],
  ])('cuts the glue by the decimals of the total row (%s)', (_, part, currentYear) => {
    expect(readText(sheet(part))?.budget.bySource?.currentYear).toBe(currentYear);
  });

  it('cuts integers glued under a total written in integers, where one cut alone fits', () => {
    const document = readText(sheet('其中：本年财政拨款\t120118', '年度资金总额\t152\t150\t10\t98.68%\t9.87'));
    expect(document?.budget).toMatchObject({ initial: '152', executed: '150' });
    expect(document?.budget.bySource?.currentYear).toBe('120');
  });

  it.each([
    ['decimals the table does not write', '其中：本年财政拨款\t120.0118.5\t\t\t', '年度资金总额\t152.30\t148.75\t10\t97.67%\t9.77'],
    ['a cut the total’s decimals do not allow (152.3 over an empty 全年执行数)', '其中：本年财政拨款\t120.5118.50\t\t\t', '年度资金总额\t152.3\t\t10\t\t'],
  ])('leaves the glue unread when the table’s decimals tell no one cut (%s)', (_, part, total) => {
    const document = readText(sheet(part, total));
    expect(document?.budget.bySource?.currentYear ?? null).toBeNull();
  });
});
