import { describe, expect, it } from 'vitest';
import { readText } from './read-text.ts';

/** The older 部门预算项目支出绩效目标申报表 (Heilongjiang, Shanxi): prior-year columns before the year's. */
const declaration = [
  '示范市部门预算项目支出绩效目标申报表',
  '（2024年度）',
  '编制单位（盖章）：示范市档案馆',
  '项目基本情况\t项目名称\t档案数字化\t项目负责人\t王某\t联系电话\t0000-1234567',
  '项目资金情况\t资金来源（万元）\t项目\t上年度预算安排\t上年度实际执行\t本年度申请金额',
  '\t\t合计\t40\t39.5\t52',
  '\t\t本级财政拨款\t40\t39.5\t52',
  '\t绩效指标\t指标名称\t\t上年度实际水平\t本年度计划水平\t指标内容/计算公式',
  '\t\t二级指标\t三级指标\t\t\t',
  '\t\t目标完成程度\t1.档案数字化页数\t30万页\t≥40万页\t全年扫描页数',
  '\t\t项目实施效益\t2.档案查阅响应时间\t3天\t≤1天\t申请至提供的平均天数',
  '财政主管业务科室审核意见\t\t\t审核人：\t日期：',
].join('\n');

describe('a 申报表 with 上年度 columns before 本年度申请金额', () => {
  const document = readText(declaration);

  it('takes the year column of the funds block as the budget', () => {
    expect(document?.budget.total).toBe('52');
  });

  it('reads 本年度计划水平 as the target, numbered names without their number, and stops at 审核意见', () => {
    const indicators = document?.goals.flatMap((goal) => goal.indicators) ?? [];
    expect(indicators.map((indicator) => [indicator.level2, indicator.name, indicator.target?.text])).toEqual([
      ['目标完成程度', '档案数字化页数', '≥40万页'],
      ['项目实施效益', '档案查阅响应时间', '≤1天'],
    ]);
  });
});

/** The same form one cell per line, empty cells leaving no line (pdftotext without -layout). */
const declarationOnePerLine = [
  '示范县部门预算项目支出绩效目标申报表',
  '（2025年度）',
  '编制单位（盖章）：示范县气象站',
  '项目基本情况', '项目名称', '自动气象站运维', '项目负责人', '李某', '联系电话', '0000-7654321',
  '项目资金情况', '资金来源（万元）', '项目', '上年度预算安排', '上年度实际执行', '本年度申请金额',
  '合计', '18', '17.6', '21',
  '本级财政拨款', '18', '17.6', '21',
  '上级财政拨款', '——', '——', '0',
  '绩效指标', '指标名称', '上年度实际水平', '本年度计划水平', '指标内容/计算公式', '二级指标', '三级指标',
  '目标完成程度', '1.气象站运维站点数', '24个', '≥26个', '运维站点合计',
  '2.数据到报率', '98%', '≥99%', '到报次数/应报次数',
  '项目实施效益', '1.预警信息提前量', '30分钟', '≥40分钟', '发布至出现的平均时间',
  '财政主管业务科室审核意见', '审核人：', '日期：',
].join('\n');

describe('the same 申报表 one cell per line', () => {
  const document = readText(declarationOnePerLine);

  it('takes the year column after the headings one per line as the budget (its nth amount line, not the first)', () => {
    expect(document?.budget.total).toBe('21');
  });

  it('reads 指标名称 over 二级指标 / 三级指标 as a header of two rows, 上年度实际水平 as a column passed over', () => {
    const indicators = document?.goals.flatMap((goal) => goal.indicators) ?? [];
    expect(indicators.map((indicator) => [indicator.level2, indicator.name, indicator.target?.text])).toEqual([
      ['目标完成程度', '气象站运维站点数', '≥26个'],
      ['目标完成程度', '数据到报率', '≥99%'],
      ['项目实施效益', '预警信息提前量', '≥40分钟'],
    ]);
  });
});

/** The same form as a document site's text: the whole table on one line, cells apart by single spaces. */
const declarationOneLine = [
  '示范区部门预算项目支出绩效目标申报表 ( 2025年度) 编制单位(盖章):示范区水务站 项目基本情况 项目名称 泵站运维',
  '项目资金情况 资金来源 (万元) 项目 上年度预算安排 上年度实际执行 本年度申请金额 合计 30.00 29.10 36.00',
  '财政拨款 30.00 29.10 33.00 政府性基金拨款 —— —— 其他资金 —— —— 3.00 上年结转 —— ——',
  '项目支出内容及明细预算(万元) 项目 上年度 预算安排 上年度 实际执行 本年度申请金额 合计 30.00 29.10 36.00',
].join(' ');

describe('the same 申报表 on one line with single spaces', () => {
  const document = readText(declarationOneLine);

  it('takes the year column as the budget, a dash holding an amount’s place and the next row’s amounts not this row’s', () => {
    expect(document?.budget.total).toBe('36.00');
    expect(document?.budget.bySource).toEqual({ currentYear: '33.00', other: '3' });
  });

  it('names the unit without the block heading after it', () => {
    expect(document?.unit).toBe('示范区水务站');
  });
});

describe('the same 申报表 as docx2txt writes it: each cell on a tab-led line, an empty line after each row', () => {
  // docx2txt's form under a page's navigation lines: the funds block's headings and its 合计 stand past the 40th line.
  const rows = declarationOnePerLine.split('\n');
  const docx2txt = [
    '首页 > 政务公开 > 预算绩效',
    '发布时间：2025-03-02',
    '',
    ...rows.slice(0, 3),
    ...[
      rows.slice(3, 10),
      ['', '项目类别', '设备维护√'],
      ['', '项目属性', '新增项目□ 延续项目√'],
      ['', '项目计划实施时间', '2025年1月1日至2025年12月31日'],
      ['', '项目申请原因', '保障气象观测数据连续。'],
      ['', '以前年度项目绩效情况', '上年度运维站点24个。'],
      rows.slice(10, 16),
      rows.slice(16, 20),
      rows.slice(20, 24),
      rows.slice(24, 28),
    ].flatMap((cells) => [...cells.map((cell) => `\t${cell}`), '']),
    ...rows.slice(28),
  ].join('\n');

  it('reads every line above the indicator header for the year column, however many the dump gives it', () => {
    expect(docx2txt.split('\n').findIndex((line) => line.includes('合计'))).toBeGreaterThan(40);
    expect(readText(docx2txt)?.budget.total).toBe('21');
  });
});
