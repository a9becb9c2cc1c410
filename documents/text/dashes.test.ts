/**
 * Look-alike dashes (dashes.ts): a PDF's font may map its em-dash glyph back to U+2015 (Chromium's prints of a web
 * page's "1—7月"), and typed text carries hyphens and minus signs of other code points; the readers look for — and -.
 */
import { describe, expect, it } from 'vitest';
import { foldDashes } from './dashes.ts';
import { normalizePdfText } from '../pdf/read-pdf.ts';
import { readText } from './read-text.ts';

describe('foldDashes', () => {
  it.each([
    ['1\u20157月阶段性完成值', '1—7月阶段性完成值'],
    ['\u2015\u2015', '——'],
    ['\u2e3a', '——'],
    ['\u22123.5%', '-3.5%'],
    ['2024\u20102026年', '2024-2026年'],
    ['1\u20117月', '1-7月'],
    ['1\u20127月', '1-7月'],
    ['1—7月', '1—7月'],
    ['1–7月', '1–7月'],
    ['─┼─', '─┼─'],
    ['年度指标值', '年度指标值'],
  ])('%s → %s', (written, folded) => {
    expect(foldDashes(written)).toBe(folded);
    expect(normalizePdfText(written)).toBe(folded);
  });
});

describe('a monitoring table whose month range is written with a horizontal bar', () => {
  it('reads the window and each indicator’s value to date', () => {
    const text = [
      '2025年项目支出绩效监控表',
      '项目名称\t乡镇污水站运营补助\t项目单位\t东岭县水务局',
      '资金情况（万元）\t年度预算数\t1\u20157月执行数\t执行率\t全年预计执行数',
      '\t88.00\t40.00\t45.45%\t86.00',
      '一级指标\t二级指标\t三级指标\t年度指标值\t1\u20157月阶段性完成值\t存在问题及原因',
      '产出指标\t数量指标\t运营污水站数量\t≥9座\t9座\t',
      '\t质量指标\t出水达标率\t≥95%\t96%\t',
    ].join('\n');
    const document = readText(text);
    expect(document?.monitoring?.period).toMatchObject({ throughMonth: 7 });
    const indicators = document?.goals.flatMap((goal) => goal.indicators) ?? [];
    expect(indicators.map((indicator) => [indicator.name, indicator.monitoring?.actualToDate?.text])).toEqual([
      ['运营污水站数量', '9座'],
      ['出水达标率', '96%'],
    ]);
  });
});
