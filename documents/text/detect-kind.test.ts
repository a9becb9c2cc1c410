import { describe, expect, it } from 'vitest';
import { detectKind } from './detect-kind.ts';
import { splitLines } from './normalize.ts';

describe('detectKind for project tables and regional layouts without a title', () => {
  it.each([
    ['项目名称\t禁毒宣传\n三级指标\t年度指标值\t实际完成值\t分值\t得分', 'self-evaluation', 'project'],
    [
      '项目名称\t禁毒宣传\n三级指标\t年初指标值\t调整指标值\t全年完成值\t指标权重\t得分',
      'self-evaluation',
      'project',
    ],
    [
      '一级指标\t二级指标\t三级指标\t指标性质\t指标值\t度量单位\t权重\t得分\t未完成原因分析',
      'self-evaluation',
      'department',
    ],
    ['项目资金（万元）\t年度资金总额\t120\n三级指标\t指标值', 'target-table', 'project'],
    ['项目名称\t城区视频监控运维\n一级指标\t二级指标\t三级指标\t指标值', 'target-table', 'project'],
    // A score sheet names no values: points, scoring rules and a 得分 cell (here one per line).
    ['一级指标\n二级指标\n三级指标\n指标分值\n计分标准\n自评得分\n预算编制\n目标制定\n10\n要素齐全得满分\n9', 'self-evaluation', 'department'],
    // A target table's 评(扣)分标准 says 不得分 without a 得分 column: still a target table.
    ['一级指标\t二级指标\t三级指标\t指标值\t分值\t评(扣)分标准\n产出指标\t数量指标\t巡查次数\t≥12次\t20\t未完成不得分', 'target-table', 'department'],
  ] as const)('detects %j as a %s of scope %s', (text, kind, scope) => {
    expect(detectKind(splitLines(text))).toEqual({ kind, scope });
  });

  it('keeps a 部门整体 table department-scoped although it mentions 项目名称', () => {
    expect(detectKind(splitLines('部门整体支出绩效自评表\n项目名称\t无'))).toEqual({
      kind: 'self-evaluation',
      scope: 'department',
    });
  });
});

describe('detectKind does not take ordinary writing for a performance document', () => {
  it.each([
    '关于我校存在的问题的思考\n近年来，绩效情况有所改善。',
    '体育比赛得分表\n执行率\t得分',
    '工作总结\n今年的指标值完成得不错。',
  ])('gives null for %j', (text) => {
    expect(detectKind(splitLines(text))).toBeNull();
  });

  it('detects a report titled "关于…绩效评价的报告" and gives it project scope', () => {
    expect(detectKind(splitLines('关于2024年禁毒宣传项目支出绩效评价的报告\n一、项目基本情况'))).toEqual({
      kind: 'evaluation-report',
      scope: 'project',
    });
  });
});

describe('detectKind for a fund\'s table (seventeenth study)', () => {
  it.each([
    ['冰雪旅游推广专项经费绩效评价表\n一级指标\t权重\t二级指标\t分值\t三级指标\t目标值\t分值\t指标值', 'project'],
    ['冰雪旅游推广专项资金绩效自评表\n一级指标\t二级指标\t三级指标\t年度指标值\t实际完成值\t分值\t得分', 'project'],
    ['部门整体支出绩效自评表\n一级指标\t二级指标\t三级指标\t年度指标值\t实际完成值\t分值\t得分', 'department'],
  ])('%s is of scope %s', (text, scope) => {
    expect(detectKind(splitLines(text))?.scope).toBe(scope);
  });
});

