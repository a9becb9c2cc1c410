import { describe, expect, it } from 'vitest';
import { findBareUnitLabel } from './bare-unit-label.ts';

describe('the unit under a bare 单位 label', () => {
  it.each([
    ['单位：柘溪县统计局', '柘溪县统计局'],
    ['单位 | 柘溪县统计局 |||||||', '柘溪县统计局'],
    ['单位\t柘溪县统计局\t\t\t', '柘溪县统计局'],
    ['单位 | 柘溪县 统计局 |', '柘溪县统计局'],
    ['单 位 | 柘 溪 县 统 计 局 |||||||', '柘溪县统计局'],
  ])('reads %j', (line, unit) => {
    expect(findBareUnitLabel(['2023年度部门整体支出绩效评价自评表', line], 5)).toBe(unit);
  });

  it.each(['单位：万元', '单位 | 万元 |||', '单位：元', '单位 | |||||||', '单位名称 | 柘溪县统计局 |', '单位 | 柘溪县统计局 | 单位负责人 | 张三 |', '填报单位：柘溪县统计局'])(
    'reads no unit from %j',
    (line) => {
      expect(findBareUnitLabel([line], 5)).toBeNull();
    },
  );

  it('reads the label and its value one cell per line, and no amount unit so', () => {
    expect(findBareUnitLabel(['自评表', '单位', '柘溪县统计局', '序号'], 5)).toBe('柘溪县统计局');
    expect(findBareUnitLabel(['自评表', '单位', '万元', '序号'], 5)).toBeNull();
    expect(findBareUnitLabel(['自评表', '单位'], 5)).toBeNull();
  });

  it('looks only at the first lines', () => {
    expect(findBareUnitLabel(['标题', '说明', '单位：柘溪县统计局'], 2)).toBeNull();
  });
});
