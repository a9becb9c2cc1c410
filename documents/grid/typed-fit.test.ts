import { describe, expect, it } from 'vitest';
import type { ColumnRole } from '../vocabulary/columns.ts';
import { fitOfCell, isUnitCell, placeByFit } from './typed-fit.ts';

const roles: ColumnRole[] = ['level1', 'level2', 'name', 'operator', 'target', 'unit', 'measureKind'];

describe('fitOfCell', () => {
  it.each([
    ['operator', '≥', 1],
    ['operator', '持续提升', -1],
    ['target', '186', 1],
    ['target', '持续提升', 1],
    ['target', '全面推进乡村振兴', 0],
    ['name', '持续提升', 0],
    ['name', '村道完成数量', 1],
    ['target', '≥', -1],
    ['unit', '万平方米', 1],
    ['unit', '元/平方米', 1],
    ['unit', '持续提升', -1],
    ['measureKind', '定性', 1],
    ['level2', '社会效益指标', 1],
    ['name', '社会效益指标', -1],
    ['name', '1.公众满意度', 1],
    ['name', '（2）巡查次数', 1],
    ['target', '1.公众满意度', -1],
    ['target', '1.5万亩', 1],
    ['name', '1.5万亩', -1],
    // A date or deadline is a 时效 indicator's value, never a name.
    ['target', '2023年7月', 1],
    ['target', '2024年底前', 1],
    ['name', '2023年10月', -1],
    ['name', '竣工时限', 1],
  ] as const)('%s ← %s gives %d', (role, text, fit) => {
    expect(fitOfCell(role, text)).toBe(fit);
  });

  it('knows unit words and their compounds only', () => {
    expect(isUnitCell('%')).toBe(true);
    expect(isUnitCell('人次/年')).toBe(true);
    expect(isUnitCell('明显改善')).toBe(false);
  });
});

describe('a row under merged levels whose names are list-numbered', () => {
  it('stays where it is written: "1." before a name is no figure', async () => {
    const { readText } = await import('../text/read-text.ts');
    const { eachIndicator } = await import('../../core/model.ts');
    const table = (prefix: string): string =>
      [
        '项目支出绩效自评表',
        '项目名称\t某项目',
        '一级指标\t二级指标\t三级指标\t年度指标值\t实际完成值\t分值\t得分\t偏差原因分析及改进措施',
        `产出指标\t数量指标\t${prefix}开展抽检批次\t≥800批次\t846批次\t50\t50`,
        `满意度指标\t服务对象满意度指标\t${prefix}公众满意度\t≥85%\t89%\t50\t50`,
      ].join('\n');
    const read = (text: string) => {
      const document = readText(text);
      return document ? [...eachIndicator(document)].map(({ indicator }) => [indicator.level2, indicator.name, indicator.target?.text]) : [];
    };
    expect(read(table(''))).toHaveLength(2);
    for (const prefix of ['1.', '（1）', '1、']) expect(read(table(prefix))).toEqual(read(table('')));
  });
});

describe('placeByFit', () => {
  it('places a 定性 row whose empty 指标性质 and 度量单位 left no trace', () => {
    const placed = placeByFit({ texts: ['社会效益指标', '公园服务功能', '持续提升', '定性'], roles, preferred: [1, 2, 3, 5], firstColumn: 1 });
    expect(placed.columns).toEqual([1, 2, 4, 6]);
  });

  it('keeps the preferred placement among equally good ones', () => {
    const placed = placeByFit({ texts: ['绿地完好率', '≥', '95'], roles, preferred: [2, 3, 4], firstColumn: 2 });
    expect(placed.columns).toEqual([2, 3, 4]);
  });
});
