import { describe, expect, it } from 'vitest';
import { findStatedTotals } from './report-score.ts';

describe('findStatedTotals (score and grade stated in a report)', () => {
  it.each([
    ['经自评，本项目自评得分为96.2分，自评等级为“优”。', '96.2', '优'],
    ['该项目绩效评价综合得分为83.60分，绩效评价等级为“良”。', '83.60', '良'],
    ['我局部门整体支出绩效自评综合得分92.5分，自评结果为“优秀”。', '92.5', '优'],
    ['本项目自评总分为91.00分，自评等级：优。', '91.00', '优'],
    ['项目总体完成了年度绩效目标，自评得分94分，评价等次为“优”。', '94', '优'],
    ['综合评分78.5分，评定为“中等”等级。', '78.5', '中'],
    ['经评价，绩效评级为“良”，综合得分86.5分。', '86.5', '良'],
    ['经自评，该资金绩效自评得分89.5分（良）。', '89.5', '良'],
    ['本部门整体绩效总体评价为“优秀”，自评分值为95.8分。', '95.8', '优'],
  ])('reads %s', (sentence, score, grade) => {
    expect(findStatedTotals([sentence])).toEqual({ score, grade });
  });

  it('reads a cover whose score and grade are on lines of their own', () => {
    expect(findStatedTotals(['评价机构：某咨询有限公司', '评价得分：83.60分', '评价等级：良'])).toEqual({
      score: '83.60',
      grade: '良',
    });
  });

  it('takes no part score for the total', () => {
    expect(findStatedTotals(['其中决策类指标得分17.20分，过程类指标得分20.40分。']).score).toBeNull();
  });

  it('takes no scale ("总分100分") and no score above 100 for the total', () => {
    expect(findStatedTotals(['指标体系总分100分，按百分制评分。']).score).toBeNull();
    expect(findStatedTotals(['项目自评得分为960分。']).score).toBeNull();
  });

  it('reads a bare 等级 only in a sentence that states a score', () => {
    expect(findStatedTotals(['得分合计95分，等级为优。'])).toEqual({ score: '95', grade: '优' });
    expect(findStatedTotals(['本单位安全等级为中，风险可控。']).grade).toBeNull();
  });

  it('takes no grade from a word that only starts like one ("评价结果为优化流程提供依据")', () => {
    expect(findStatedTotals(['评价结果为优化流程提供依据。']).grade).toBeNull();
  });

  it('reads a conclusion table: the last figure of the 自评得分 row, the grade of the 自评等级 row', () => {
    const lines = ['评价内容\t分值\t自评得分', '决策\t15\t14', '自评得分\t100\t93.5', '自评等级\t优\t优'];
    expect(findStatedTotals(lines)).toEqual({ score: '93.5', grade: '优' });
  });

  it('reads a conclusion table copied one cell per line, but no bare 得分 column header', () => {
    expect(findStatedTotals(['自评得分', '', '96.5', '自评等级', '优'])).toEqual({ score: '96.5', grade: '优' });
    expect(findStatedTotals(['三级指标', '分值', '得分', '10', '9'])).toEqual({ score: null, grade: null });
  });

  it('takes no 合计 row of a budget table for the score', () => {
    expect(findStatedTotals(['项目\t年初预算数\t全年执行数\t执行率', '合计\t50\t48\t96%']).score).toBeNull();
  });

  it('reads 最终得分 and a grade given as the 评价结论', () => {
    expect(findStatedTotals(['项目最终得分88分。', '评价结论：良好。'])).toEqual({ score: '88', grade: '良' });
  });

  it('gives nulls for a report that states neither', () => {
    expect(findStatedTotals(['全年执行数428.30万元，预算执行率为98.12%。'])).toEqual({
      score: null,
      grade: null,
    });
  });
});

describe('a 考评 form’s 得分表 of 一级 scores', () => {
  it.each([
    [['项目决策（20分）', '18', '项目管理（25分）', '22', '项目绩效（55分）', '49', '项目总得分', '89'], '89'],
    [['项目决策\t18', '项目管理\t22', '项目总得分\t89'], '89'],
    [['一级指标', '得分', '决策', '18', '总得分', '', '91.5'], '91.5'],
    [['部门总得分', '92'], '92'],
  ])('takes the total row of %j', (lines, score) => {
    expect(findStatedTotals(lines).score).toBe(score);
  });

  it('takes no 一级 score for the total', () => {
    expect(findStatedTotals(['项目决策（20分）', '18', '项目管理（25分）', '22']).score).toBeNull();
  });
});
