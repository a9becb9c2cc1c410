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
  ] as const)('%s ← %s gives %d', (role, text, fit) => {
    expect(fitOfCell(role, text)).toBe(fit);
  });

  it('knows unit words and their compounds only', () => {
    expect(isUnitCell('%')).toBe(true);
    expect(isUnitCell('人次/年')).toBe(true);
    expect(isUnitCell('明显改善')).toBe(false);
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
