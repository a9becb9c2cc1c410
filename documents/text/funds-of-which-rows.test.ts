import { describe, expect, it } from 'vitest';
import { analyseDocument } from '../../core/analyse.ts';
import type { PerformanceDocument } from '../../core/model.ts';
import { importFile } from '../import-file.ts';

const selfHead = ['2023年度项目支出绩效自评表', '项目名称\t村道养护补助', '主管部门\t青禾县交通运输局\t实施单位\t青禾县公路站', '项目资金（万元）\t\t年初预算数\t全年预算数\t全年执行数\t分值\t执行率\t得分'];
const selfTable = ['一级指标\t二级指标\t三级指标\t年度指标值\t实际完成值\t分值\t得分', '产出指标\t数量指标\t养护里程\t≥40公里\t42公里\t90\t90'];
const targetHead = ['2023年度项目支出绩效目标表', '项目名称\t村道养护补助', '主管部门\t青禾县交通运输局\t实施单位\t青禾县公路站'];
const targetTable = ['一级指标\t二级指标\t三级指标\t指标值', '产出指标\t数量指标\t养护里程\t≥40公里'];

const shapes: ReadonlyArray<[string, (line: string) => string]> = [
  ['tabs', (line) => line],
  ['pipes', (line) => (line.includes('\t') ? `| ${line.split('\t').join(' | ')} |` : line)],
];

async function read(lines: readonly string[], shape: (line: string) => string): Promise<PerformanceDocument> {
  return analyseDocument(await importFile({ bytes: Buffer.from(lines.map(shape).join('\n')), fileName: 'funds.txt' }));
}
const sumMismatches = (document: PerformanceDocument) => document.findings.filter((finding) => finding.code === 'budget-sum-mismatch');

describe.each(shapes)('funds rows that are parts of the row above ("其中"), written as %s', (_, shape) => {
  it('never adds a part of 财政拨款 to it ("其中：中央财政资金 / 地方资金" under 其中：财政拨款)', async () => {
    const document = await read(
      [...selfHead, '\t年度资金总额\t300\t300\t290\t10\t96.67%\t9.67', '\t其中：财政拨款\t300\t300\t290\t\t\t', '\t其中：中央财政资金\t200\t200\t200\t\t\t', '\t地方资金\t100\t100\t90\t\t\t', '\t其他资金\t0\t0\t0\t\t\t', ...selfTable],
      shape,
    );
    expect(document.budget.bySource).toMatchObject({ currentYear: '300', other: '0' });
    expect(sumMismatches(document)).toEqual([]);
  });

  it('reads every part written with its own 其中 as a part of the total (其中：本年财政拨款 / 其中：上年结转资金 / 其中：其他资金)', async () => {
    const document = await read(
      [...selfHead, '\t年度资金总额\t56.5\t56.5\t50\t10\t88.50%\t8.85', '\t其中：本年财政拨款\t50\t50\t45\t\t\t', '\t其中：上年结转资金\t5.5\t5.5\t5\t\t\t', '\t其中：其他资金\t1\t1\t0\t\t\t', ...selfTable],
      shape,
    );
    expect(document.budget.bySource).toMatchObject({ currentYear: '50', carriedOver: '5.5', other: '1' });
    expect(sumMismatches(document)).toEqual([]);
  });

  it('counts 一般公共预算 and 政府性基金 written under 财政拨款 through it', async () => {
    const document = await read(
      [...targetHead, '项目资金（万元）\t年度资金总额\t150.00', '\t其中：财政拨款\t120.00', '\t其中：一般公共预算\t100.00', '\t政府性基金\t20.00', '\t其他资金\t30.00', ...targetTable],
      shape,
    );
    expect(document.budget.bySource).toMatchObject({ currentYear: '120.00', generalPublic: '100.00', governmentFund: '20.00', other: '30.00' });
    expect(sumMismatches(document)).toEqual([]);
  });

  it('says which part no source slot holds and compares nothing, instead of a false mismatch', async () => {
    const document = await read(
      [...selfHead, '\t年度资金总额\t265.50\t265.50\t258.20\t10\t97.25%\t9.73', '\t其中：中央、省、市补助县级资金\t180.00\t180.00\t180.00\t\t100%\t', '\t其他资金\t85.50\t85.50\t78.20\t\t91.46%\t', ...selfTable],
      shape,
    );
    expect(document.budget.bySource).toMatchObject({ other: '85.50' });
    expect(sumMismatches(document)).toEqual([]);
    expect(document.findings.find((finding) => finding.code === 'budget-part-unplaced')?.message).toContain('中央、省、市补助县级资金');
  });

  it('skips an of-which row under a part that has no slot ("其中：上级补助" under 财政拨款)', async () => {
    const document = await read(
      [...targetHead, '项目资金（万元）\t年度资金总额\t150.00', '\t其中：财政拨款\t120.00', '\t其中：上级补助\t70.00', '\t其他资金\t30.00', ...targetTable],
      shape,
    );
    expect(document.budget.bySource).toMatchObject({ currentYear: '120.00', other: '30.00' });
    expect(sumMismatches(document)).toEqual([]);
    expect(document.findings.map((finding) => finding.code)).not.toContain('budget-part-unplaced');
  });

  it('still reports parts that do not add up', async () => {
    const target = await read([...targetHead, '项目资金（万元）\t年度资金总额\t150.00', '\t其中：财政拨款\t120.00', '\t其中：上级补助\t70.00', '\t其他资金\t40.00', ...targetTable], shape);
    expect(sumMismatches(target).map((finding) => finding.message)).toEqual([expect.stringContaining('相差10万元')]);
    const selfEvaluation = await read([...selfHead, '\t年度资金总额\t120\t120\t110\t10\t91.67%\t9.17', '\t其中：财政拨款\t100\t100\t95\t\t\t', '\t其他资金\t30\t30\t15\t\t\t', ...selfTable], shape);
    expect(sumMismatches(selfEvaluation)).toHaveLength(1);
  });
});
