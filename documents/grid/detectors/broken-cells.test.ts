import { describe, expect, it } from 'vitest';
import { readIndicatorGrid } from '../read-indicator-table.ts';
import { recoverGrid } from '../recover-grid.ts';

describe('tab tables whose cells broke over lines', () => {
  const lines = [
    '项目支出绩效自评表',
    '一级指\t二级指\t三级指标\t年度指\t实际完\t分值\t得分',
    '标\t标\t\t标值\t成值\t\t',
    '产出指标\t数量指标\t巡回医疗 服务村\t≥40个\t42个\t50\t50',
    '\t\t数',
    '满意度指标\t服务对象满意度指标\t村民满意度\t≥90%\t92%\t50\t48',
    '总分\t\t\t\t\t100\t98',
  ];

  it('joins the header and a name column by column and wins over the plain tab reading', () => {
    const recovered = recoverGrid(lines);
    expect(recovered.regions.map((region) => region.detector)).toEqual(['broken-cells']);
    const read = readIndicatorGrid(recovered.grid);
    expect(read.goals.flatMap((goal) => goal.indicators).map((indicator) => [indicator.level1, indicator.name, indicator.target?.text, indicator.actual?.text, indicator.score])).toEqual([
      ['产出指标', '巡回医疗服务村数', '≥40个', '42个', '50'],
      ['满意度指标', '村民满意度', '≥90%', '92%', '48'],
    ]);
    expect(read.totals).toMatchObject({ weight: '100', score: '98' });
  });

  it('leaves a table without broken cells to the tab reading', () => {
    const plain = ['一级指标\t二级指标\t三级指标\t指标值', '产出指标\t数量指标\t巡回医疗\t≥40次'];
    expect(recoverGrid(plain).regions.map((region) => region.detector)).toEqual(['tabs']);
  });
});
