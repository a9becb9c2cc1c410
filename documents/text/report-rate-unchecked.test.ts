/**
 * A 执行率 stated with no base (reports-25): kept as stated, no amount made up, a notice when the report's own
 * figures cannot check it. Rows through the import path (test-support/report-wordings.ts).
 */
import { describe, expect, it } from 'vitest';
import { importFile } from '../import-file.ts';
import { describeWordingRows, PROJECT_TITLE, type WordingRow } from '../../test-support/report-wordings.ts';

const rows: WordingRow[] = [
  {
    wording: 'a rate alone',
    body: ['项目完成年度目标，预算执行率为95%。'],
    facts: { 'budget.executionRate': '95', 'budget.adjusted': null, 'budget.executed': null, 'finding[report-rate-unchecked]': 'yes' },
  },
  {
    wording: 'a rate with the executed amount only',
    body: ['全年执行数为38万元，预算执行率为95%。'],
    facts: { 'budget.executionRate': '95', 'budget.executed': '38', 'budget.adjusted': null, 'budget.initial': null, 'finding[report-rate-unchecked]': 'yes' },
  },
  {
    wording: 'a rate with the budget only',
    body: ['年初预算数为40万元，预算执行率为95%。'],
    facts: { 'budget.executionRate': '95', 'budget.initial': '40', 'budget.executed': null, 'finding[report-rate-unchecked]': 'yes' },
  },
  {
    wording: 'a rate in words alone',
    body: ['资金执行率达到百分之百。'],
    facts: { 'budget.executionRate': '100', 'finding[report-rate-unchecked]': 'yes' },
  },
  {
    wording: 'near miss: a rate its figures check (no notice)',
    body: ['年初预算数为40万元，全年执行数为38万元，预算执行率为95%。'],
    facts: { 'budget.executionRate': '95', 'finding[report-rate-unchecked]': null, 'finding[stated-rate-mismatch]': null },
  },
  {
    wording: 'near miss: a rate its figures contradict (the mismatch, no notice)',
    body: ['年初预算数为40万元，全年执行数为30万元，预算执行率为95%。'],
    facts: { 'finding[report-rate-unchecked]': null, 'finding[stated-rate-mismatch]': 'yes' },
  },
  {
    wording: 'near miss: a target rate is no rate',
    body: ['绩效目标要求预算执行率达到95%以上。'],
    facts: { 'budget.executionRate': null, 'finding[report-rate-unchecked]': null },
  },
];

describeWordingRows('a stated rate with no base', [['rates', rows]]);

describe('the notice', () => {
  async function notice(body: string): Promise<string | undefined> {
    const text = [PROJECT_TITLE, '一、基本情况', body, '二、存在的问题', '无。'].join('\n');
    const document = await importFile({ bytes: Buffer.from(text, 'utf8'), fileName: 'report.txt' });
    return document.findings.find((finding) => finding.code === 'report-rate-unchecked')?.message;
  }

  it.each([
    ['预算执行率为95%。', '报告没有写明全年预算数和执行数'],
    ['全年执行数为38万元，预算执行率为95%。', '写明执行数38万元而没有写明预算数（按此执行率应约为40万元）'],
    ['全年预算数为40万元，预算执行率为95%。', '写明全年预算数40万元而没有写明执行数（按此执行率应约为38万元）'],
  ])('for “%s” says %s', async (body, words) => {
    expect(await notice(body)).toContain(words);
  });
});
