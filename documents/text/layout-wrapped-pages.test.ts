/**
 * A wrapped table's text across what a printed page adds (documents/text/layout-wrapped-rows.ts, docs/layouts.md
 * "PDF layout mode, second pass"): a subtotal row, rows under the table, a header over two rows, a page's
 * number or a repeated header between two pages of one table, rows padded by blank lines. Each is a tab dump
 * written as pdftotext -layout writes a LibreOffice table (variation/converter-edits.ts) and read back.
 */
import { describe, expect, it } from 'vitest';
import { withLayoutWrappedCells } from '../layouts/variation/converter-edits.ts';
import { withBlankLineBetweenRows, withHeaderRepeatedAfterPageBreak, withPageNumbers } from '../layouts/variation/page-edits.ts';
import { joinLayoutWrappedRows } from './layout-wrapped-rows.ts';
import { readText } from './read-text.ts';

const SELF_EVALUATION = [
  '项目支出绩效自评表',
  '项目名称\t城区道路照明提升改造',
  '主管部门\t澄湖县城市管理局\t实施单位\t澄湖县路灯管理所',
  '一级指标\t二级指标\t三级指标\t年度指标值\t实际完成值\t分值\t得分\t偏差原因分析及改进措施',
  '产出指标\t数量指标\t更新路灯盏数\t≥120盏\t126盏\t20\t20\t',
  '\t\t新建候车亭个数\t≥8个\t8个\t10\t10\t',
  '\t质量指标\t路面维修验收合格率\t=100%\t100%\t10\t10\t',
  '\t时效指标\t改造完成时间\t2024年10月前\t2024年11月\t10\t8\t雨季施工推迟两周，部分路段下年优先安排完成',
  '效益指标\t社会效益指标\t沿街商户夜间营业时长增加比例\t≥15%\t18%\t20\t20\t',
  '\t可持续影响指标\t路灯智能控制系统长效运维机制\t健全\t基本健全\t10\t8\t',
  '满意度指标\t服务对象满意度指标\t沿线居民满意度\t≥90%\t93%\t20\t19\t',
  '总分\t\t\t\t\t100\t95\t',
].join('\n');

/** Each indicator as [一级, 二级, name]. */
function readLevels(text: string): string[][] {
  const document = readText(text);
  return (document?.goals ?? []).flatMap((goal) => goal.indicators.map((indicator) => [indicator.level1, indicator.level2, indicator.name]));
}

const EXPECTED = readLevels(SELF_EVALUATION);

describe('a wrapped table over what a printed page adds', () => {
  it('reads the unedited dump (the reference)', () => {
    expect(EXPECTED).toHaveLength(7);
    expect(EXPECTED[3]).toEqual(['产出指标', '时效指标', '改造完成时间']);
  });

  const cases: Array<{ name: string; edit: (text: string) => string }> = [
    { name: 'the table as one page', edit: (text) => text },
    { name: 'a page break with its number under the break', edit: withPageNumbers },
    { name: 'a page break with the header repeated on the next page', edit: withHeaderRepeatedAfterPageBreak },
    { name: 'a blank line between every two rows (a cell’s padding)', edit: withBlankLineBetweenRows },
  ];
  for (const { name, edit } of cases) {
    it(`reads every indicator's levels: ${name}`, () => {
      const wrapped = withLayoutWrappedCells(edit(SELF_EVALUATION));
      expect(wrapped).not.toContain('\t');
      expect(readLevels(wrapped)).toEqual(EXPECTED);
    });
  }

  it('keeps one table’s columns over a page break (the next page’s header at the same columns)', () => {
    const lines = withLayoutWrappedCells(withHeaderRepeatedAfterPageBreak(SELF_EVALUATION)).split('\n');
    const headers = lines.filter((line) => line.includes('三级指标'));
    expect(headers).toHaveLength(2);
    expect(headers[1]).toBe(headers[0]);
  });

  it('gives a subtotal row its own row, the next level opening under it', () => {
    const withSubtotals = SELF_EVALUATION.replace('效益指标\t', '\t小计\t\t\t\t50\t48\t\n效益指标\t');
    const rows = joinLayoutWrappedRows(withLayoutWrappedCells(withSubtotals).split('\n')).filter((line) => line.includes('\t'));
    expect(rows.find((row) => row.includes('小计'))?.split('\t').slice(0, 2)).toEqual(['', '小计']);
    expect(readLevels(withLayoutWrappedCells(withSubtotals))).toEqual(readLevels(withSubtotals));
    expect(rows.find((row) => row.includes('沿街商户'))?.split('\t').slice(0, 2)).toEqual(['效益指标', '社会效益指标']);
  });

  it('joins a wrapped label under the table on its value’s row, not into the last level', () => {
    const withGrade = `${SELF_EVALUATION}\n部门整体支出自评等级评定结论\t优`;
    const joined = joinLayoutWrappedRows(withLayoutWrappedCells(withGrade).split('\n'));
    expect(joined).toContain('部门整体支出自评等级评定结论\t优');
    expect(joined.find((row) => row.includes('沿线居民满意度'))?.split('\t')[0]).toBe('满意度指标');
  });

  it('widens the columns by a header’s upper row that names a column of its own (核心职能 over the goals)', () => {
    const text = [
      '部门整体支出绩效目标表',
      '核心职能\t年度绩效指标\t\t\t',
      '\t一级指标\t二级指标\t三级指标\t指标值',
      '职能1：道路照明运行维护\t产出指标\t数量指标\t路灯维修盏数\t≥3000盏',
      '\t\t质量指标\t路灯亮灯率\t≥98%',
      '\t满意度指标\t服务对象满意度指标\t沿线居民满意度\t≥90%',
      '职能2：城区道路养护\t产出指标\t数量指标\t道路养护面积\t≥20万平方米',
    ].join('\n');
    const rows = joinLayoutWrappedRows(withLayoutWrappedCells(text).split('\n')).filter((line) => line.includes('\t'));
    expect(rows.map((row) => row.split('\t'))).toEqual([
      ['核心职能', '年度绩效指标', '', '', ''],
      ['', '一级指标', '二级指标', '三级指标', '指标值'],
      ['职能1：道路照明运行维护', '产出指标', '数量指标', '路灯维修盏数', '≥3000盏'],
      ['', '', '质量指标', '路灯亮灯率', '≥98%'],
      ['', '满意度指标', '服务对象满意度指标', '沿线居民满意度', '≥90%'],
      ['职能2：城区道路养护', '产出指标', '数量指标', '道路养护面积', '≥20万平方米'],
    ]);
  });
});
