import { describe, expect, it } from 'vitest';
import type { ColumnRole } from '../../vocabulary/columns.ts';
import { readIndicatorGrid } from '../read-indicator-table.ts';
import { recoverGrid } from '../recover-grid.ts';
import { isScoredApart } from './run-together-ordered.ts';

describe('which headers are read in their order', () => {
  it.each<[string, ColumnRole[], boolean]>([
    ['分值 before the values, a rule before 得分 (Beijing 2016)', ['level1', 'level2', 'name', 'weight', 'target', 'actual', 'scoringRule', 'score', 'deviation'], true],
    ['分值 before the values, 得分 right after them', ['level1', 'level2', 'name', 'weight', 'target', 'actual', 'score'], true],
    ['分值 and 得分 side by side after the values', ['level1', 'level2', 'name', 'target', 'actual', 'weight', 'score', 'deviation'], false],
    ['no 得分', ['level1', 'level2', 'name', 'weight', 'target'], false],
    ['分值 before the name', ['level1', 'weight', 'name', 'target', 'score'], false],
  ])('%s: %j → %s', (_case, roles, expected) => {
    expect(isScoredApart(roles)).toBe(expected);
  });
});

/** One table on one line, every cell parted by one space: the header, then `body`. */
const HEADER = '一级指标 二级指标 三级指标 分值 年度指标值 全年实际值 得分计算方法 得分 未完成原因分析';
const RULE = '完成值达到指标值，记满分；未达到指标值，按B/A*该指标分值记分。';

function readRows(body: string) {
  const read = readIndicatorGrid(recoverGrid(['项目支出绩效自评表', `${HEADER} ${body}`]).grid);
  const indicators = read.goals.flatMap((goal) => goal.indicators);
  return {
    rows: indicators.map((indicator) => [indicator.level1, indicator.level2, indicator.name, indicator.weight, indicator.target?.text ?? '', indicator.actual?.text ?? '', indicator.score, indicator.deviation ?? '']),
    totals: [read.totals?.weight, read.totals?.score],
  };
}

describe('a spaced one-line table whose 分值 opens the values and 得分 closes the rule', () => {
  it.each<[string, string, string[][]]>([
    [
      'rows with a rule each, the 一级 printed on its group’s second row',
      `数量指标 修缮校舍面积 20 ≥1200平方米 1260平方米 ${RULE} 20 产出指标（40分） 质量指标 工程验收合格率 20 100% 100% ${RULE} 20`,
      [
        ['产出指标', '数量指标', '修缮校舍面积', '20', '≥1200平方米', '1260平方米', '20', ''],
        ['产出指标', '质量指标', '工程验收合格率', '20', '100%', '100%', '20', ''],
      ],
    ],
    [
      'a completed value written as a bare number, and an empty rule',
      '产出指标（40分） 数量指标 新增座椅数量 20 ≥36个 38 20 质量指标 座椅验收合格率 20 ≥95% 97% 20',
      [
        ['产出指标', '数量指标', '新增座椅数量', '20', '≥36个', '38', '20', ''],
        ['产出指标', '质量指标', '座椅验收合格率', '20', '≥95%', '97%', '20', ''],
      ],
    ],
    [
      'a reason after a row scored below its weight, the next row under the same 二级',
      `满意度指标（20分） 服务对象满意度指标 家长满意度 10 ≥95% 90% 按B/A*该指标分值记分。 9.47 部分家长反映通知不及时 学生满意度 10 ≥90% 92% ${RULE} 10`,
      [
        ['满意度指标', '服务对象满意度指标', '家长满意度', '10', '≥95%', '90%', '9.47', '部分家长反映通知不及时'],
        ['满意度指标', '服务对象满意度指标', '学生满意度', '10', '≥90%', '92%', '10', ''],
      ],
    ],
    [
      'text values written twice (the result marked as met), a rule in two words',
      '效益指标（30分） 可持续影响指标 校舍维护制度 15 健全 已健全 达到目标 记满分。 15 社会效益指标 办学条件 15 明显改善 明显改善 达到目标记满分。 15',
      [
        ['效益指标', '可持续影响指标', '校舍维护制度', '15', '健全', '已健全', '15', ''],
        ['效益指标', '社会效益指标', '办学条件', '15', '明显改善', '明显改善', '15', ''],
      ],
    ],
  ])('%s', (_case, body, expected) => {
    expect(readRows(body).rows).toEqual(expected);
  });

  it('ends the rows at the 总分 and reads its 分值 and 得分', () => {
    const read = readRows(`产出指标（40分） 数量指标 修缮校舍面积 40 ≥1200平方米 1260平方米 ${RULE} 40 总分 40 40`);
    expect(read.rows).toHaveLength(1);
    expect(read.totals).toEqual(['40', '40']);
  });

  it('never takes a score above its row’s 分值: the number is a completed value', () => {
    expect(readRows('产出指标（40分） 数量指标 培训人次 10 ≥300人次 320 10').rows).toEqual([['产出指标', '数量指标', '培训人次', '10', '≥300人次', '320', '10', '']]);
  });
});
