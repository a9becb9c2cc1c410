import { describe, expect, it } from 'vitest';
import { readText } from './read-text.ts';

const indicators = ['一级指标', '二级指标', '三级指标', '年度指标值', '实际完成值', '分值', '得分', '产出指标', '数量指标', '修缮校舍间数', '≥12间', '12间', '90', '90'];

describe('a self-evaluation head one cell per line, empty cells leaving no line (pdftotext without -layout)', () => {
  it('reads 预算数 and 执行数 each from the line after its label when an empty 项目负责人 before them left no line', () => {
    const text = ['2024年度项目支出绩效自评表', '项目名称', '乡村校舍修缮', '项目负责人', '预算数（万元）', '35.00', '执行数（万元）', '33.25', ...indicators].join('\n');
    expect(readText(text)?.budget).toMatchObject({ adjusted: '35.00', executed: '33.25' });
  });

  it('finds the funds header after a label of the head whose word is a column word (自评得分 / 88)', () => {
    const text = [
      '2024年度项目支出绩效自评表', '项目名称', '乡村校舍修缮', '自评得分', '88', '审核评分',
      '项目资金（万元）', '年初预算数', '调整预算数', '全年执行数', '执行率', '年度资金总额', '40.00', '36.00', '34.20', '95%',
      ...indicators,
    ].join('\n');
    expect(readText(text)?.budget).toMatchObject({ initial: '40.00', adjusted: '36.00', executed: '34.20' });
  });
});
