import { describe, expect, it } from 'vitest';
import { withMergedCellsRepeated } from './converter-edits.ts';

const table = (rows: ReadonlyArray<readonly string[]>): string => rows.map((cells) => cells.join('\t')).join('\n');

describe('python-docx’s merged cells, repeated in each place they span', () => {
  const header = ['一级指标', '二级指标', '三级指标', '年度指标值', '实际完成值', '分值', '得分'];
  const cases: Array<{ when: string; rows: string[][]; repeated: string[][] }> = [
    {
      when: 'a 一级 and a 二级 merged down over their rows are written on each',
      rows: [
        ['产出指标', '数量指标', '修缮校舍面积', '≥900平方米', '950平方米', '30', '30'],
        ['', '', '更换课桌数', '≥200套', '210套', '20', '20'],
        ['', '质量指标', '验收合格率', '=100%', '100%', '20', '20'],
      ],
      repeated: [
        ['产出指标', '数量指标', '修缮校舍面积', '≥900平方米', '950平方米', '30', '30'],
        ['产出指标', '数量指标', '更换课桌数', '≥200套', '210套', '20', '20'],
        ['产出指标', '质量指标', '验收合格率', '=100%', '100%', '20', '20'],
      ],
    },
    {
      when: 'a row writing its own 一级 opens a group the 二级 above does not reach (预算执行率 under the last 二级)',
      rows: [
        ['满意度指标', '服务对象满意度指标', '师生满意度', '≥90%', '93%', '20', '20'],
        ['预算执行率', '', '', '', '', '10', '9.5'],
      ],
      repeated: [
        ['满意度指标', '服务对象满意度指标', '师生满意度', '≥90%', '93%', '20', '20'],
        ['预算执行率', '', '', '', '', '10', '9.5'],
      ],
    },
  ];
  it.each(cases)('$when', ({ rows, repeated }) => {
    expect(withMergedCellsRepeated(table([header, ...rows]))).toBe(table([header, ...repeated]));
  });
});
