import { describe, expect, it } from 'vitest';
import { parseIndicatorValue } from '../indicator-value/index.ts';
import { createEmptyDocument, type Indicator, type PerformanceDocument } from '../model.ts';
import { buildIndicator } from '../scoring/testing.ts';
import { checkAgainstLibrary } from './library-checks.ts';
import { defaultLibraryCheckPolicy, type IndicatorReference, type LibraryContext } from './library-context.ts';
import { checkMissingCommonIndicators } from './missing-common-indicator.ts';
import { checkTargetsBelowHistory } from './target-below-history.ts';
import { checkTargetsBelowPeers } from './target-below-peers.ts';
import { checkUnknownLevels } from './unknown-level.ts';

function targetTable(indicators: Indicator[], scope: PerformanceDocument['scope'] = 'project'): PerformanceDocument {
  return { ...createEmptyDocument('target-table', scope), unit: '测试公安局', year: 2026, goals: [{ name: '', indicators }] };
}

function withTarget(name: string, text: string, level1 = '满意度指标', level2 = '服务对象满意度指标'): Indicator {
  return buildIndicator({ name, level1, level2, target: parseIndicatorValue(text, { name }) });
}

const reference = (fields: Partial<IndicatorReference>): IndicatorReference => ({
  lastYear: 2025,
  lastTarget: null,
  lastActual: null,
  peerMedian: null,
  unit: '%',
  ...fields,
});

const levels = { level1: ['产出指标', '效益指标', '满意度指标', '成本指标'], level2: ['数量指标', '质量指标', '服务对象满意度指标'] };

function contextWith(references: Record<string, IndicatorReference>): LibraryContext {
  return { references: new Map(Object.entries(references)), levels, policy: defaultLibraryCheckPolicy };
}

describe('target-below-history', () => {
  const context = contextWith({
    '110接处警满意度': reference({ lastActual: 96 }),
    '投诉办结时间': reference({ lastActual: 5, unit: '天' }),
  });

  it('reports a 正向 target below last year’s actual, matched through the name key', () => {
    const findings = checkTargetsBelowHistory(targetTable([withTarget('群众对110接处警工作满意度', '≥90%')]), context);
    expect(findings).toEqual([
      expect.objectContaining({ code: 'target-below-history', path: 'goals.0.indicators.0.target' }),
    ]);
    expect(findings[0]?.message).toBe('“群众对110接处警工作满意度”的指标值“≥90%”低于本单位2025年实际完成值96%，请参考历史标准提高指标值或说明理由');
  });

  it('accepts a target equal to last year’s actual, and a different unit is not compared', () => {
    expect(checkTargetsBelowHistory(targetTable([withTarget('110接处警满意度', '≥96%')]), context)).toEqual([]);
    expect(checkTargetsBelowHistory(targetTable([withTarget('110接处警满意度', '≥90分')]), context)).toEqual([]);
  });

  it('reports a 反向 target above last year’s actual', () => {
    const findings = checkTargetsBelowHistory(targetTable([withTarget('投诉办结时间', '≤7天', '产出指标', '时效指标')]), context);
    expect(findings.map((finding) => finding.code)).toEqual(['target-below-history']);
    expect(findings[0]?.message).toContain('高于本单位2025年实际完成值5天');
  });

  it('only looks at target tables', () => {
    const document = { ...targetTable([withTarget('110接处警满意度', '≥90%')]), kind: 'self-evaluation' as const };
    expect(checkTargetsBelowHistory(document, context)).toEqual([]);
  });
});

describe('target-below-peers', () => {
  const context = contextWith({ '110接处警满意度': reference({ peerMedian: 95 }) });

  it('reports a target more than 20 % below the peers’ median and accepts one at the bound', () => {
    // 95 × 0.8 = 76: 75 is below the bound, 76 is not.
    expect(checkTargetsBelowPeers(targetTable([withTarget('110接处警满意度', '≥75%')]), context).map((finding) => finding.code)).toEqual(['target-below-peers']);
    expect(checkTargetsBelowPeers(targetTable([withTarget('110接处警满意度', '≥76%')]), context)).toEqual([]);
  });

  it('takes the threshold from the policy', () => {
    const strict = { ...context, policy: { ...context.policy, peerShortfall: 0.05 } };
    const findings = checkTargetsBelowPeers(targetTable([withTarget('110接处警满意度', '≥90%')]), strict);
    expect(findings[0]?.message).toBe('“110接处警满意度”的指标值“≥90%”低于同行业单位中位数95%超过5%，请参考行业标准核实指标值');
  });
});

describe('missing-common-indicator', () => {
  const context = contextWith({});

  it('names each required 共性指标 absent from a 部门整体 target table, recognising other wordings', () => {
    const document = targetTable(
      [withTarget('预算执行率（10分）', '≥95%', '产出指标', '时效指标'), withTarget('“三公”经费控制率', '≤100%', '成本指标', '经济成本指标')],
      'department',
    );
    const findings = checkMissingCommonIndicators(document, context);
    expect(findings.map((finding) => finding.message)).toEqual([
      '部门整体绩效目标表缺少共性指标“结转结余率”，请从指标库中添加',
      '部门整体绩效目标表缺少共性指标“政府采购执行率”，请从指标库中添加',
    ]);
  });

  it('does not ask project tables for 部门整体 common indicators', () => {
    expect(checkMissingCommonIndicators(targetTable([]), context)).toEqual([]);
  });
});

describe('unknown-level', () => {
  it('reports a typo such as 产出指针 once, with the closest known name, and ignores weight notes and blanks', () => {
    const document = targetTable([
      withTarget('a', '10个', '产出指针', '数量指标'),
      withTarget('b', '10个', '产出指针', '质量指标'),
      withTarget('c', '10个', '产出指标（50分）', '数量指标'),
      withTarget('d', '10个', '', ''),
      withTarget('e', '10个', '满意度指标', '满意指数'),
    ]);
    const findings = checkUnknownLevels(document, levels);
    expect(findings.map((finding) => [finding.path, finding.message])).toEqual([
      ['goals.0.indicators.0.level1', '“a”的一级指标“产出指针”不在指标体系中，是否应为“产出指标”，请按规定的一级指标名称填写'],
      ['goals.0.indicators.4.level2', '“e”的二级指标“满意指数”不在指标体系中，请按规定的二级指标名称填写'],
    ]);
  });
});

describe('checkAgainstLibrary', () => {
  it('runs the four library checks together', () => {
    const document = targetTable([withTarget('110接处警满意度', '≥70%', '满意度指针')], 'department');
    const context = contextWith({ '110接处警满意度': reference({ lastActual: 96, peerMedian: 95 }) });
    const codes = checkAgainstLibrary(document, context).map((finding) => finding.code);
    expect(codes).toEqual([
      'unknown-level',
      'missing-common-indicator',
      'missing-common-indicator',
      'missing-common-indicator',
      'missing-common-indicator',
      'target-below-history',
      'target-below-peers',
    ]);
  });
});
