import { describe, expect, it } from 'vitest';
import { readIndicatorGrid } from '../read-indicator-table.ts';
import { recoverTextGrid } from '../read-text-indicators.ts';

const header = ['一级指标', '二级指标', '三级指标', '年度指标值', '实际完成值', '分值', '得分', '偏差原因分析'];

/** Cells one per line, empty ones leaving no line (pdftotext without -layout). */
function read(body: readonly string[]) {
  return readIndicatorGrid(recoverTextGrid([...header, ...body]).grid);
}

const rows = (table: ReturnType<typeof read>) =>
  table.goals.flatMap((goal) => goal.indicators).map((indicator) => [indicator.name, indicator.actual?.text ?? '', indicator.weight, indicator.score ?? '']);

describe('cells one per line: a date as a value, a level’s 小计', () => {
  it('reads a 时效 indicator’s date before its 分值 as its value, not as the form’s closing date', () => {
    const table = read(['产出指标', '时效指标', '验收完成时间', '2023年10月前', '2023年11月', '20', '16', '雨季延误', '质量指标', '验收合格率', '=100%', '100%', '80', '80', '总分', '100', '96']);
    expect(rows(table)).toEqual([
      ['验收完成时间', '2023年11月', '20', '16'],
      ['验收合格率', '100%', '80', '80'],
    ]);
    expect([table.totals?.weight, table.totals?.score]).toEqual(['100', '96']);
  });

  it('passes over a 小计 and its sums between levels', () => {
    const table = read(['产出指标', '数量指标', '清运垃圾量', '≥300吨', '320吨', '60', '60', '小计', '60', '60', '满意度指标', '服务对象满意度指标', '居民满意度', '≥90%', '93%', '40', '40', '总分', '100', '100']);
    expect(rows(table)).toEqual([
      ['清运垃圾量', '320吨', '60', '60'],
      ['居民满意度', '93%', '40', '40'],
    ]);
  });
});
