import { describe, expect, it } from 'vitest';
import { rowTexts } from '../grid.ts';
import { readIndicatorGrid } from '../read-indicator-table.ts';
import { recoverGrid } from '../recover-grid.ts';
import { wrappedTabDetector } from './wrapped-tabs.ts';

const header = '一级指标\t二级指标\t三级指标\t年度指标值\t实际完成值\t分值\t得分\t偏差原因分析及改进措施';

describe('tab rows with a line break inside a cell', () => {
  it('joins the broken cell back into one row of the header’s width', () => {
    const rows = wrappedTabDetector.readRows([header, '产出指标\t数量指标\t村级道路日常养护', '里程\t≥120公里\t126公里\t50\t50\t', '满意度指标\t服务对象满意度指标\t沿线群众满意度\t≥90%\t93%\t50\t50\t']);
    expect(rows.map(rowTexts)[1]?.slice(0, 7)).toEqual(['产出指标', '数量指标', '村级道路日常养护\n里程', '≥120公里', '126公里', '50', '50']);
  });

  it('joins to the width of the rows above when the rows leave their last empty cell out', () => {
    const rows = wrappedTabDetector.readRows([header, '产出指标\t数量指标\t村级道路养护里程\t≥120公里\t126公里\t50\t50', '效益指标\t社会效益指标\t道路', '通行安全事故下降率\t≥10%\t12%\t50\t50']);
    expect(rows.map(rowTexts)[2]).toEqual(['效益指标', '社会效益指标', '道路\n通行安全事故下降率', '≥10%', '12%', '50', '50']);
  });

  it('reads nothing when no row is broken (the plain tab reading is the same)', () => {
    expect(wrappedTabDetector.readRows([header, '产出指标\t数量指标\t村级道路养护里程\t≥120公里\t126公里\t50\t50\t'])).toEqual([]);
  });

  it('wins over the plain tab reading in the recovered grid, so the indicator keeps its values', () => {
    const lines = [header, '产出指标\t数量指标\t村级道路日常养护', '里程\t≥120公里\t126公里\t50\t50\t', '满意度指标\t服务对象满意度指标\t沿线群众满意度\t≥90%\t93%\t50\t50\t'];
    const table = readIndicatorGrid(recoverGrid(lines).grid);
    const indicators = table.goals.flatMap((goal) => goal.indicators);
    expect(indicators.map((indicator) => [indicator.name.replace(/\s+/g, ''), indicator.target?.text])).toEqual([
      ['村级道路日常养护里程', '≥120公里'],
      ['沿线群众满意度', '≥90%'],
    ]);
  });
});
