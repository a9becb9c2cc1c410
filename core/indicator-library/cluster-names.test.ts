import { describe, expect, it } from 'vitest';
import { clusterIndicatorNames, isSameIndicatorName } from './cluster-names.ts';
import { normaliseIndicatorName } from './normalise-name.ts';

const mustMerge: ReadonlyArray<readonly [string, string]> = [
  ['110接处警满意度', '群众对110接处警工作满意度'],
  ['110接处警满意度', '社会公众对110接处警的满意率'],
  ['预算执行率', '预算执行率（10分）'],
  ['学生资助覆盖率', '学生资助覆盖面'],
  ['服务对象满意度', '服务对象满意度指标'],
  ['河道保洁及时率', '河 道 保 洁 及 时 率'],
  ['农村饮水安全工程验收合格率', '农村饮水安全工程的验收合格率'],
];

const mustNotMerge: ReadonlyArray<readonly [string, string]> = [
  ['110接处警满意度', '110接处警及时率'],
  ['110接处警满意度', '120急救满意度'],
  ['培训人数', '培训合格人数'],
  ['公路新建里程', '公路养护里程'],
  ['预算执行率', '政府采购执行率'],
  ['三公经费控制率', '公用经费控制率'],
  ['2025年完成率', '2026年完成率'],
];

describe('indicator name clustering', () => {
  it.each(mustMerge)('merges “%s” and “%s”', (a, b) => {
    expect(isSameIndicatorName(a, b)).toBe(true);
    expect(isSameIndicatorName(b, a)).toBe(true);
  });

  it.each(mustNotMerge)('keeps “%s” and “%s” apart', (a, b) => {
    expect(isSameIndicatorName(a, b)).toBe(false);
    expect(isSameIndicatorName(b, a)).toBe(false);
  });

  it('keys a name without respondent, filler, punctuation and weight note', () => {
    expect(normaliseIndicatorName('群众对110接处警工作满意度（10分）')).toBe('110接处警满意度');
    expect(normaliseIndicatorName('“三公”经费控制率')).toBe('三公经费控制率');
    expect(normaliseIndicatorName('社区矫正对象再犯罪率')).toBe('社区矫正对象再犯罪率');
    expect(normaliseIndicatorName('对口帮扶村数')).toBe('对口帮扶村数');
  });

  it('keeps a name made only of filler words as itself rather than an empty key', () => {
    expect(normaliseIndicatorName('社会公众')).toBe('社会公众');
  });

  it('clusters names and shows each cluster by its most frequent wording', () => {
    const clusters = clusterIndicatorNames([
      '群众对110接处警工作满意度',
      '110接处警满意度',
      '110接处警满意度',
      '110接处警及时率',
    ]);
    expect(clusters.map((cluster) => [cluster.key, cluster.name, cluster.names.length])).toEqual([
      ['110接处警满意度', '110接处警满意度', 3],
      ['110接处警及时率', '110接处警及时率', 1],
    ]);
  });
});
