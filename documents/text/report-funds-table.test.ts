import { describe, expect, it } from 'vitest';
import { readReportFundsTable } from './report-funds-table.ts';

describe('a funds table inside a report', () => {
  it('takes the 合计 row under the budget and spending columns, not the funds received', () => {
    const lines = ['二、项目资金情况（万元）', '资金来源\t预算数\t实际到位数\t实际支出数\t结余', '省级财政资金\t80\t80\t76\t4', '合计\t100\t100\t95.5\t4.5'];
    expect(readReportFundsTable(lines)).toEqual({ adjusted: '100', executed: '95.5' });
  });

  it('reads 年初预算 and 调整后预算 columns of a pipe table', () => {
    const lines = ['| 资金 | 年初预算数 | 调整后预算数 | 实际支出数 |', '| 财政拨款 | 50 | 60 | 58 |', '| 合计 | 50 | 60 | 58 |'];
    expect(readReportFundsTable(lines)).toEqual({ initial: '50', adjusted: '60', executed: '58' });
  });

  it('reads nothing from a table without a total row', () => {
    expect(readReportFundsTable(['资金来源\t预算数\t实际支出数', '财政拨款\t80\t76'])).toEqual({});
  });

  it('reads the one row of values below a header of figure headings only, with its 执行率', () => {
    const lines = ['（一）预算执行情况', '年初预算数\t全年预算数\t全年执行数\t执行率', '820.00\t856.30\t842.15\t98.35%'];
    expect(readReportFundsTable(lines)).toEqual({ initial: '820.00', adjusted: '856.30', executed: '842.15', executionRate: '98.35' });
  });

  it('gives a table’s amounts in 元 (单位：元 above it) in 万元', () => {
    const lines = ['资金情况（单位：元）', '| 年初预算数 | 全年预算数 | 全年执行数 | 执行率 |', '| 750000.00 | 800000.00 | 780000.00 | 97.50% |'];
    expect(readReportFundsTable(lines)).toEqual({ initial: '75', adjusted: '80', executed: '78', executionRate: '97.50' });
  });

  it('reads no values row under a header with a column that names no figure (a row label’s column)', () => {
    expect(readReportFundsTable(['项目\t预算数\t实际支出数', '80\t80\t76'])).toEqual({});
  });

  it('reads a header whose short cells a PDF spread (年 初 预 算 数)', () => {
    const lines = ['年 初 预 算 数\t全 年 预 算 数\t全 年 执 行 数\t执 行 率', '820.00\t856.30\t842.15\t98.35%'];
    expect(readReportFundsTable(lines)).toEqual({ initial: '820.00', adjusted: '856.30', executed: '842.15', executionRate: '98.35' });
  });
});
