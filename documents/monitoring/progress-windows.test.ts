/**
 * A second round's monitoring table keeps the first round's progress beside this round's (1—7月阶段性完成值 | 1—9月完成值):
 * two progress columns, of which the later window's is the progress and the earlier is not read.
 */
import { describe, expect, it } from 'vitest';
import { readText } from '../text/read-text.ts';
import { compareWindows } from './period.ts';

function progressOf(lines: string[]): Array<[string, string | null, string | null]> {
  const document = readText(lines.join('\n'));
  return (document?.goals[0]?.indicators ?? []).map((indicator) => [
    indicator.name,
    indicator.monitoring?.actualToDate?.text ?? null,
    indicator.monitoring?.forecast?.text ?? null,
  ]);
}

const head = ['2025年项目支出绩效二次监控表', '项目名称\t渠系清淤维护', '监控时段\t2025年1—9月'];

describe('progress columns of two windows in one header', () => {
  it.each([
    ['the earlier window first', '1—7月阶段性完成值\t1—9月完成值', ['2.1公里', '6.5公里'], '6.5公里'],
    ['the later window first', '1-9月完成值\t1-6月完成值', ['6.5公里', '2.1公里'], '6.5公里'],
    ['months in numerals', '一至六月完成情况\t一至九月完成情况', ['2.1公里', '6.5公里'], '6.5公里'],
  ])('reads the later window as the progress: %s', (_, progressHeads, values, progress) => {
    const lines = [
      ...head,
      `一级指标\t二级指标\t三级指标\t年度指标值\t${progressHeads}\t全年预计完成值\t整改情况`,
      `产出指标\t数量指标\t清淤长度\t≥9公里\t${values.join('\t')}\t9.2公里\t已增派机械`,
      '满意度指标\t服务对象满意度指标\t沿线农户满意度\t≥90%\t未开展\t未开展\t92%\t',
    ];
    expect(progressOf(lines)).toEqual([
      ['清淤长度', progress, '9.2公里'],
      ['沿线农户满意度', '未开展', '92%'],
    ]);
  });

  it('reads the sub-columns a second header row names under a band (完成情况), the later window as the progress', () => {
    const lines = [
      ...head,
      '一级指标\t二级指标\t三级指标\t年度指标值\t完成情况\t\t\t整改完成情况',
      '\t\t\t\t1—7月阶段性完成值\t1—9月完成值\t全年预计完成值',
      '产出指标\t数量指标\t清淤长度\t≥9公里\t2.1公里\t6.5公里\t9.2公里\t已增派机械',
      '满意度指标\t服务对象满意度指标\t沿线农户满意度\t≥90%\t未开展\t未开展\t92%\t9月入户问卷',
    ];
    expect(progressOf(lines)).toEqual([
      ['清淤长度', '6.5公里', '9.2公里'],
      ['沿线农户满意度', '未开展', '92%'],
    ]);
  });

  it('still counts a heading a second header row repeats once', () => {
    const lines = [
      ...head,
      '一级指标\t二级指标\t三级指标\t年度指标值\t1—9月完成值\t全年预计完成值',
      '一级指标\t二级指标\t三级指标\t年度指标值\t1—9月完成值\t全年预计完成值',
      '产出指标\t数量指标\t清淤长度\t≥9公里\t6.5公里\t9.2公里',
    ];
    expect(progressOf(lines)).toEqual([['清淤长度', '6.5公里', '9.2公里']]);
  });

  it.each([
    ['1—7月阶段性完成值', '1—9月完成值', 'later'],
    ['1-9月完成值', '1-6月完成值', 'earlier'],
    ['1-6月完成值', '1-6月完成值', null],
    ['实际完成值', '1-6月完成值', null],
    ['截至目前完成值', '上半年完成值', null],
  ] as const)('compares the windows of %s and %s: %s', (first, label, expected) => {
    expect(compareWindows(first, label)).toBe(expected);
  });
});
