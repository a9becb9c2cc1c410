import { describe, expect, it } from 'vitest';
import type { Indicator, PerformanceDocument } from '../model.ts';
import { createEmptyDocument } from '../model.ts';
import { IndicatorFinding, toPlainFinding, withPlainFindings, type IndicatorFindingKind } from './indicator-finding.ts';
import { quoteIndicator } from './finding.ts';

const indicator: Indicator = {
  level1: '产出指标',
  level2: '数量指标',
  name: '培训 人次',
  target: null,
  actual: null,
  weight: '5',
  score: null,
  deviation: null,
  line: 12,
};

function describeMissing(row: Indicator, detail: string): string {
  return `${quoteIndicator(row)}缺少${detail}`;
}

const missingTarget: IndicatorFindingKind<string> = {
  severity: 'error',
  code: 'missing-target',
  field: 'target',
  describe: describeMissing,
  detail: '指标值',
};

function lazyFinding(row: Indicator = indicator): IndicatorFinding<string> {
  return new IndicatorFinding(missingTarget, { indicator: row, goalIndex: 2, indicatorIndex: 7 });
}

describe('IndicatorFinding', () => {
  it('reads as the plain finding it stands for: message, path and line', () => {
    const finding = lazyFinding();
    expect(finding.message).toBe('“培训人次”缺少指标值');
    expect(finding.path).toBe('goals.2.indicators.7.target');
    expect(finding.line).toBe(12);
    expect([finding.severity, finding.code]).toEqual(['error', 'missing-target']);
  });

  it('words each finding of a kind from its own indicator', () => {
    const other = new IndicatorFinding(missingTarget, { indicator: { ...indicator, name: '验收 合格率', line: undefined }, goalIndex: 0, indicatorIndex: 1 });
    expect([lazyFinding().message, other.message]).toEqual(['“培训人次”缺少指标值', '“验收合格率”缺少指标值']);
    expect([other.path, other.line]).toEqual(['goals.0.indicators.1.target', undefined]);
  });

  it('serialises to the same JSON, in the same key order, as createFinding gives', () => {
    expect(JSON.stringify(lazyFinding())).toBe(
      '{"severity":"error","code":"missing-target","message":"“培训人次”缺少指标值","path":"goals.2.indicators.7.target","line":12}',
    );
    const withoutLine = lazyFinding({ ...indicator, line: undefined });
    expect(Object.keys(JSON.parse(JSON.stringify(withoutLine)) as object)).toEqual(['severity', 'code', 'message', 'path']);
  });

  it('keeps its message and path through a structured clone once made plain, and loses them otherwise', () => {
    const document: PerformanceDocument = { ...createEmptyDocument('self-evaluation'), findings: [lazyFinding()] };
    const cloned = structuredClone(withPlainFindings(document));
    expect(cloned.findings[0]).toEqual({
      severity: 'error',
      code: 'missing-target',
      message: '“培训人次”缺少指标值',
      path: 'goals.2.indicators.7.target',
      line: 12,
    });
    // Why heavy-tasks.ts makes findings plain before postMessage: the getters stay behind.
    expect((structuredClone(document).findings[0] as { message?: string }).message).toBeUndefined();
  });

  it('makes plain the findings of another copy of this module too (a built chunk beside its TypeScript)', async () => {
    // A query makes vitest evaluate the file a second time: a second IndicatorFinding class.
    // @ts-expect-error -- TypeScript does not resolve a module specifier with a query.
    const copy = (await import('./indicator-finding.ts?second-copy')) as typeof import('./indicator-finding.ts');
    expect(copy.IndicatorFinding).not.toBe(IndicatorFinding);
    const foreign = new copy.IndicatorFinding(missingTarget, { indicator, goalIndex: 0, indicatorIndex: 1 });
    const document: PerformanceDocument = { ...createEmptyDocument('self-evaluation'), findings: [foreign] };
    const cloned = structuredClone(withPlainFindings(document));
    expect(cloned.findings[0]).toMatchObject({ message: '“培训人次”缺少指标值', path: 'goals.0.indicators.1.target' });
  });

  it('leaves a document without lazy findings as it is', () => {
    const document: PerformanceDocument = createEmptyDocument('target-table');
    expect(withPlainFindings(document)).toBe(document);
    const plain = toPlainFinding(lazyFinding());
    expect(plain instanceof IndicatorFinding).toBe(false);
    expect(toPlainFinding(plain)).toBe(plain);
  });

  it('compares in tests by its message and path, not only by the fields it holds itself', () => {
    const finding = lazyFinding();
    expect(finding).toEqual(toPlainFinding(finding));
    expect(finding).not.toEqual({ ...toPlainFinding(finding), message: '另一条说明' });
    expect(finding).not.toEqual(lazyFinding({ ...indicator, name: '另一个指标' }));
  });
});
