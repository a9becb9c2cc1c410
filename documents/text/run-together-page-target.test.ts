/**
 * A Wuhan district's 绩效目标表 as its page gives it, every row run together on its line (nineteenth study): the band
 * word glued before the header ("绩效指标一级指标二级指标指标内容指标值"), values with no operator closing the rows
 * ("…持证上岗率100%", "…覆盖率稳步提高"), two labels in one short line ("项目主管部门某局项目执行单位某园") and the
 * year's heading glued to the goal's label ("总体目标年度目标").
 */
import { describe, expect, it } from 'vitest';
import { readHeaderWords, splitSpacelessLine } from '../grid/detectors/run-together-words.ts';
import { readHeaderPairs } from './header-pairs.ts';
import { readOverallGoal } from './overall-goal.ts';
import { readTableRows } from './table-rows.ts';

describe('a run-together header opening with its band word', () => {
  it.each(['绩效指标一级指标二级指标指标内容指标值', '一级指标二级指标指标内容指标值'])('%s reads the levels, the names (指标内容) and the values', (line) => {
    expect(readHeaderWords(line)?.roles).toEqual(['level1', 'level2', 'name', 'target']);
  });

  it('reads no header from a band word alone or one after a column word', () => {
    expect(readHeaderWords('绩效指标')).toBeNull();
    expect(readHeaderWords('一级指标绩效指标二级指标')).toBeNull();
  });
});

describe('a run-together row whose value has no operator', () => {
  it.each<[string, string[]]>([
    ['质量指标保教人员持证上岗率100%', ['质量指标', '保教人员持证上岗率', '100%']],
    ['效益指标社会效益指标学前教育覆盖率稳步提高', ['效益指标', '社会效益指标', '学前教育覆盖率', '稳步提高']],
    ['可持续影响指标长效运行机制持续完善', ['可持续影响指标', '长效运行机制', '持续完善']],
    ['数量指标普惠性学位数≥360个', ['数量指标', '普惠性学位数', '≥360个']],
    ['数量指标开展培训2期', ['数量指标', '开展培训2期']],
    ['质量指标PM2.5年均浓度', ['质量指标', 'PM2.5年均浓度']],
    ['数量指标100%', ['数量指标', '100%']],
  ])('%s → %j', (line, words) => {
    expect(splitSpacelessLine(line)).toEqual(words);
  });
});

describe('two labels in a short line', () => {
  it('parts a long label glued after the value of the label the line opens with', () => {
    const pairs = readHeaderPairs(['项目主管部门汉岭区教育局项目执行单位汉岭区实验幼儿园'], 1);
    expect(pairs.map((pair) => [pair.field, pair.value])).toEqual([
      ['supervisor', '汉岭区教育局'],
      ['implementer', '汉岭区实验幼儿园'],
    ]);
  });

  it('keeps a shorter label word inside a value whole', () => {
    const pairs = readHeaderPairs(['项目名称示范县项目单位建设补助'], 1);
    expect(pairs.map((pair) => [pair.field, pair.value])).toEqual([['project', '示范县项目单位建设补助']]);
  });
});

describe('the goal under a label run together with the year’s heading', () => {
  it('reads the line under "总体目标年度目标"', () => {
    const rows = readTableRows(['总体目标年度目标', '扩大普惠性学前教育资源。', '绩效指标一级指标二级指标指标内容指标值']);
    expect(readOverallGoal(rows)?.text).toBe('扩大普惠性学前教育资源。');
  });

  it('reads nothing where a row of several cells follows', () => {
    const rows = readTableRows(['总体目标年度目标', '一级指标\t二级指标\t指标内容\t指标值']);
    expect(readOverallGoal(rows)).toBeNull();
  });
});
