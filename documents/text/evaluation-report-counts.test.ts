import { describe, expect, it } from 'vitest';
import { readText } from './read-text.ts';

/** An invented report of 示范县水利局: its 绩效情况 states how many indicators were set and met. */
const reportText = [
  '示范县水利局2025年度整体支出绩效自评报告',
  '一、部门基本情况',
  '示范县水利局负责全县水利工程建设与管理。',
  '二、部门整体支出绩效情况',
  '本年度共设置绩效指标12个，已完成9个，指标完成率75%。',
  '三、存在的问题及原因分析',
  '部分工程进度滞后。',
].join('\n');

describe('evaluation report completion counts', () => {
  it('reads a stated count of indicators set and met into report.completionCounts', () => {
    const document = readText(reportText);
    expect(document?.kind).toBe('evaluation-report');
    expect(document?.report?.completionCounts).toEqual([{ total: 12, completed: 9, rate: '75', line: 5 }]);
  });
});
