import { describe, expect, it } from 'vitest';
import { findYear, readHeader } from './header.ts';

describe('readHeader', () => {
  it('reads the block layout of a target table (label and value on separate tab lines)', () => {
    const header = readHeader(['2023年部门整体支出绩效目标表', ' 填报单位：（盖章）', '', '\t部门名称', '\t湘潭县公安局']);
    expect(header).toMatchObject({ unit: '湘潭县公安局', year: 2023 });
  });

  it('prefers a named unit over a seal placeholder and reads the year in brackets', () => {
    const header = readHeader(['部门整体支出绩效自评表', '', '预算单位：（盖章）（2022 年度）', '', '预算部门名称\t\t株洲市公安局渌口分局\t\t']);
    expect(header).toMatchObject({ unit: '株洲市公安局渌口分局', year: 2022 });
  });

  it('reads tab-separated cells of an approval table', () => {
    const header = readHeader(['2024年部门整体支出绩效目标批复表', '(2024年度)', '部门(单位)名称\t\t湟源县公安局\t\t湟源县公安局']);
    expect(header).toMatchObject({ unit: '湟源县公安局', year: 2024 });
  });

  it('reads project headers written label：value', () => {
    const header = readHeader([
      '项目支出绩效自评表',
      '（2024年度）',
      '项目名称：禁毒宣传',
      '主管部门：某县公安局\t实施单位：某县禁毒办',
    ]);
    expect(header).toEqual({
      unit: null,
      year: 2024,
      project: '禁毒宣传',
      supervisor: '某县公安局',
      implementer: '某县禁毒办',
    });
  });

  it('takes the unit from a report title when no label names it', () => {
    expect(readHeader(['道县公安局2023年度整体支出绩效评价报告']).unit).toBe('道县公安局');
  });

  it('gives nulls for text without a header', () => {
    expect(readHeader(['', '随便一段话'])).toEqual({ unit: null, year: null, supervisor: null, project: null, implementer: null });
  });
});

describe('findYear', () => {
  it.each([
    [['2024年度'], 2024],
    [['（2022 年度）'], 2022],
    [['2023年部门整体支出绩效目标表'], 2023],
    [['无年份'], null],
  ])('reads %j as %s', (lines, expected) => {
    expect(findYear(lines)).toBe(expected);
  });
});
