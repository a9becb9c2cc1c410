import { describe, expect, it } from 'vitest';
import { findTableTotals } from './report-score-table.ts';

describe('findTableTotals', () => {
  it('reads label–value pairs on one row', () => {
    expect(findTableTotals(['| 自评得分 | 92 | 自评等级 | 优 |'])).toEqual({ score: '92', grade: '优' });
  });

  it('reads the values under a row of headings', () => {
    expect(findTableTotals(['项目名称\t综合得分\t评价等级', '某项目\t86.5\t良'])).toEqual({ score: '86.5', grade: '良' });
  });

  it('reads the 合计 row under headings, never a part’s row above it', () => {
    const lines = ['一级指标\t分值\t自评得分', '决策\t15\t14', '产出\t50\t47', '合计\t100\t91'];
    expect(findTableTotals(lines).score).toBe('91');
    expect(findTableTotals(lines.slice(0, 3)).score).toBeNull();
  });

  it('keeps a labelled row’s last figure (分值 before 得分)', () => {
    expect(findTableTotals(['自评得分\t100\t93.5']).score).toBe('93.5');
  });
});
