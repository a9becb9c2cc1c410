import { describe, expect, it } from 'vitest';
import { readSelfEvaluationBudget } from './self-evaluation-budget.ts';
import { regroupFormulaFundHeader } from './formula-fund-header.ts';
import { readTableRows } from './table-rows.ts';

/** The Fujian 部门整体 funds block as a spreadsheet's text gives it: labels, each numeral's formula under it. */
const HEADER = [
  '预算安排 拨付情况 结余情况',
  '年初部门预算安排金额',
  '①',
  '历年结余结转',
  '②',
  '年中调整金额③ 小计',
  '④ = ①+② +③',
  '年度拨付金额',
  '⑤',
  '支出实现率(%)',
  '⑥=⑤/④',
  '本年度结余金额',
  '⑦=④-⑤',
  '资金结余率',
  '(%)',
  '⑧=⑦/④',
];
const ROWS = ['财政资金小计 520.00 30.00 -10.00 540.00 513.00 95% 27.00 5%', '①中央及省级财政资金', '合 计 520.00 30.00 -10.00 540.00 513.00 95% 27.00 5%'];

const budgetOf = (lines: readonly string[]) => readSelfEvaluationBudget(readTableRows(lines)).budget;

describe('a funds block whose columns are numbered ①…⑧ with their formulas', () => {
  it('reads the rate’s numerator as the spending and its base as the year’s budget', () => {
    expect(budgetOf([...HEADER, ...ROWS])).toMatchObject({ initial: '520.00', adjusted: '540.00', executed: '513.00', executionRate: '95' });
  });

  it('gives the header in the funds words and each row as its label and one value per column', () => {
    const rows = regroupFormulaFundHeader(readTableRows([...HEADER, ...ROWS]));
    expect(rows?.[0]?.cells).toEqual(['', '年初部门预算安排金额', '历年结余结转', '年中调整金额', '全年预算数', '执行数', '执行率', '本年度结余金额', '资金结余率(%)']);
    expect(rows?.at(-1)?.cells).toEqual(['合计', '520.00', '30.00', '-10.00', '540.00', '513.00', '95%', '27.00', '5%']);
  });

  it.each<[string, string[]]>([
    ['no rate of spending (only a 结余率)', HEADER.map((line) => line.replace('支出实现率(%)', '拨付进度'))],
    ['numerals out of order', HEADER.map((line) => line.replace(/^②$/, '③'))],
    ['fewer than four numbered columns', ['年初预算安排金额', '①', '年度拨付金额', '②', '支出实现率', '③=②/①']],
  ])('reads no such header with %s', (_case, header) => {
    expect(regroupFormulaFundHeader(readTableRows([...header, ...ROWS]))).toBeNull();
  });
});

describe('a spreadsheet’s header row, each cell its label and its numeral or formula', () => {
  const header = ['资金结构', '年初部门预算安排金额\n①', '历年结余结转\n②', '年中调整金额\n③', '小计\n④=①+②+③', '年度拨付金额\n⑤', '支出实现率(%)\n⑥=⑤/④', '本年度结余金额\n⑦=④-⑤', '资金结余率(%)\n⑧=⑦/④'];
  const rows = ['合计\t520.00\t30.00\t-10.00\t540.00\t513.00\t95%\t27.00\t5%'];

  it.each<[string, string[]]>([
    ['the formula on the cell’s own line', header],
    ['the cell’s lines joined', header.map((cell) => cell.replace('\n', ''))],
  ])('reads the funds with %s', (_case, cells) => {
    expect(budgetOf([cells.join('\t'), ...rows])).toMatchObject({ initial: '520.00', adjusted: '540.00', executed: '513.00', executionRate: '95' });
  });

  it('renames the numbered cells in place and leaves the leading label', () => {
    expect(regroupFormulaFundHeader(readTableRows([header.join('\t'), ...rows]))?.[0]?.cells).toEqual(['资金结构', '年初部门预算安排金额', '历年结余结转', '年中调整金额', '全年预算数', '执行数', '执行率', '本年度结余金额', '资金结余率(%)']);
  });
});
