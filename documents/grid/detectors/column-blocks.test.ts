import { describe, expect, it } from 'vitest';
import { rowTexts } from '../grid.ts';
import { readIndicatorGrid } from '../read-indicator-table.ts';
import { recoverGrid } from '../recover-grid.ts';
import { columnBlocksDetector } from './column-blocks.ts';

/** An own template table written column by column (names and values made up). */
const header = ['一级指标', '二级指标', '三级指标', '指标值'];
const levels1 = ['产出指标', '效益指标', '满意度指标'];
const levels2 = ['数量指标', '时效指标', '成本指标', '社会效益指标', '服务对象满意度指标'];
const names = ['维修村道里程', '维修完成时间', '每公里维修成本', '群众出行便利度', '沿线群众满意度'];
const values = ['≥18公里', '2025年10月底前', '≤12万元', '明显提升', '≥90%'];

function read(lines: readonly string[]) {
  const table = readIndicatorGrid(recoverGrid(lines).grid);
  return table.goals.flatMap((goal) => goal.indicators).map((indicator) => [indicator.level1, indicator.level2, indicator.name, indicator.target?.text ?? ''].join('|'));
}

describe('a table whose columns came out one block each', () => {
  it('pairs the nth name with the nth value and each with its own 二级 when there are as many', () => {
    expect(read([...header, ...levels1, ...levels2, ...names, ...values, '注：本表为参考模板。'])).toEqual([
      '产出指标|数量指标|维修村道里程|≥18公里',
      '产出指标|时效指标|维修完成时间|2025年10月底前',
      // 成本指标 names a 一级 of its own too: under the 二级 before it (产出), not under 效益.
      '产出指标|成本指标|每公里维修成本|≤12万元',
      '效益指标|社会效益指标|群众出行便利度|明显提升',
      // 满意度指标 is a 二级 word too: the 一级 block ends after it, since 服务对象满意度指标 needs it written.
      '满意度指标|服务对象满意度指标|沿线群众满意度|≥90%',
    ]);
  });

  it('keeps the rows without levels when the 二级 are fewer than the names (nothing tells which names one spans)', () => {
    const lines = [...header, '产出指标', '满意度指标', '数量指标', '服务对象满意度指标', '维修村道里程', '维修桥涵座数', '沿线群众满意度', '≥18公里', '≥4座', '≥90%'];
    expect(read(lines)).toEqual(['||维修村道里程|≥18公里', '||维修桥涵座数|≥4座', '||沿线群众满意度|≥90%']);
  });

  it('reads the 分值 and 得分 blocks of a scored table', () => {
    const rows = columnBlocksDetector.readRows(['三级指标', '指标值', '分值', '得分', '维修村道里程', '沿线群众满意度', '≥18公里', '≥90%', '60', '40', '58', '40']);
    expect(rows.slice(1).map(rowTexts)).toEqual([
      ['维修村道里程', '≥18公里', '60', '58'],
      ['沿线群众满意度', '≥90%', '40', '40'],
    ]);
  });

  it('reads nothing from a table written one cell per line row by row', () => {
    const lines = [...header, '产出指标', '数量指标', '维修村道里程', '≥18公里', '满意度指标', '服务对象满意度指标', '沿线群众满意度', '≥90%'];
    expect(columnBlocksDetector.readRows(lines)).toEqual([]);
  });

  it('reads nothing when the blocks are not as long as each other, or the value block holds names', () => {
    expect(columnBlocksDetector.readRows([...header, ...levels1, ...levels2, ...names, ...values.slice(1)])).toEqual([]);
    expect(columnBlocksDetector.readRows([...header, ...levels1, ...levels2, ...names.slice(0, 2), ...names.slice(2, 4)])).toEqual([]);
  });
});
