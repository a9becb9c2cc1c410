/**
 * A table printed over two pages: the page's number between two rows and the header rows repeated
 * at the top of the next page (Word's "repeat header rows", kept by a PDF's text). The same table
 * reads the same: no indicator from the repeated header, no second goal from a goal label written
 * again beside it, levels carried over the break (a merged 一级 shows on the first page only).
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { PerformanceDocument } from '../../core/model.ts';
import { withHeaderRepeatedAfterPageBreak } from '../layouts/variation/page-edits.ts';
import { readText } from './read-text.ts';

/** The goals and indicators read, without line numbers (the break moves the rows down). */
function readTree(text: string): unknown {
  const document: PerformanceDocument | null = readText(text);
  return document?.goals.map((goal) => ({
    name: goal.name,
    indicators: goal.indicators.map(({ line: _line, ...indicator }) => indicator),
  }));
}

const goalBlocks = [
  '2024年度项目绩效自评表',
  '项目名称\t乡村道路巡查\t主管部门\t临川县交通运输局\t项目实施单位\t临川县公路站',
  '年度绩效目标1（60分）\t一级指标\t二级指标\t三级指标\t年初目标值（A）\t实际完成值（B）\t得分',
  '\t产出指标\t数量指标\t巡查道路里程\t≥300公里\t312公里\t20',
  '\t\t质量指标\t隐患整改率\t≥95%\t96%\t20',
  '\t\t时效指标\t巡查报告按时报送率\t100%\t100%\t10',
  '\t效益指标\t社会效益指标\t道路安全事故下降\t≥5%\t6%\t10',
  '年度绩效目标2（40分）\t一级指标\t二级指标\t三级指标\t年初目标值（A）\t实际完成值（B）\t得分',
  '\t产出指标\t数量指标\t培训巡查人员\t≥40人次\t42人次\t20',
  '\t满意度指标\t服务对象满意度指标\t沿线群众满意度\t≥90%\t92%\t20',
  '总分\t100',
].join('\n');

const monitoringFixture = (name: string): string => readFileSync(new URL(`../monitoring/fixtures/${name}.txt`, import.meta.url), 'utf8');

describe('a table over two pages with its header repeated', () => {
  it.each([
    ['goal blocks, the goal label beside the repeated header', goalBlocks],
    ['a 监控表 in tabs', monitoringFixture('national-tabs')],
    ['a 监控表 in runs of spaces', monitoringFixture('national-tabs').replace(/\t/g, '    ')],
  ])('reads as on one page: %s', (_, text) => {
    const edited = withHeaderRepeatedAfterPageBreak(text);
    expect(edited).not.toBe(text);
    const tree = readTree(text);
    expect(JSON.stringify(tree)).toContain('indicators');
    expect(readTree(edited)).toEqual(tree);
  });
});
