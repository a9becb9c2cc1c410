/**
 * Random documents for property tests of analyseDocument: rows of the scoring benchmark (every
 * rule, band, unit mismatch, copy-pasted names), hand-made rows with odd shapes (no line, a target
 * table's five keys, an earlier suggested score, spaces), reader findings to keep and check
 * findings to replace, and budgets with and without entered scores.
 */
import fc from 'fast-check';
import { buildBenchDocument } from '../bench/scoring.bench.ts';
import { createEmptyDocument, type Finding, type Indicator, type IndicatorValue, type PerformanceDocument } from '../core/model.ts';

const benchRows: readonly Indicator[] = buildBenchDocument(4_000).goals.flatMap((goal) => goal.indicators);

const value: fc.Arbitrary<IndicatorValue> = fc.record({
  text: fc.constantFrom('≥100%', '有效提升', '无', '', ' 下降 ', '95分', '99.65%', '健全', '≥ 98 %'),
  operator: fc.constantFrom(null, '>=' as const, '<=' as const, '=' as const),
  value: fc.constantFrom(null, '0', '95', '100', '99.65', '98'),
  unit: fc.constantFrom(null, '%', '分', '个'),
  direction: fc.constantFrom('higher-better' as const, 'lower-better' as const, 'equal' as const, 'qualitative' as const),
  change: fc.constantFrom(null, 'decrease' as const, 'increase' as const),
  qualitative: fc.constantFrom(null, '有效提升', '健全'),
});

const handMadeRow: fc.Arbitrary<Indicator> = fc
  .record({
    level1: fc.constantFrom('产出指标', '效益指标', '满意度指标', '', '产出指标（50分）', '决策'),
    level2: fc.constantFrom('数量指标', '', '服务对象满意度指标'),
    name: fc.constantFrom('巡逻次数', '办结率', '', '满意度', ' 巡逻 次数 '),
    target: fc.option(value, { nil: null }),
    actual: fc.option(value, { nil: null }),
    weight: fc.option(fc.constantFrom('0', '2', '10', '2.5', '30'), { nil: null }),
    score: fc.option(fc.constantFrom('0', '1', '2.5', '12', '-1'), { nil: null }),
    deviation: fc.option(fc.constantFrom('完成绩效目标', '疫情影响', ''), { nil: null }),
    line: fc.option(fc.nat(500), { nil: undefined }),
    suggestedScore: fc.option(fc.constantFrom(null, '1', '2'), { nil: undefined }),
  })
  .map((row) => {
    // Optional keys absent rather than undefined, as JSON gives them.
    const { line, suggestedScore, ...rest } = row;
    return {
      ...rest,
      ...(line === undefined ? {} : { line }),
      ...(suggestedScore === undefined ? {} : { suggestedScore }),
    } as Indicator;
  });

/** A target table's row as the text readers give it (five keys). */
const targetRow: fc.Arbitrary<Indicator> = fc.nat(benchRows.length - 1).map((index) => {
  const row = benchRows[index] as Indicator;
  return { level1: row.level1, level2: row.level2, name: row.name, target: row.target, line: row.line } as Indicator;
});

const row: fc.Arbitrary<Indicator> = fc.oneof(
  { weight: 4, arbitrary: fc.nat(benchRows.length - 1).map((index) => benchRows[index] as Indicator) },
  { weight: 3, arbitrary: handMadeRow },
  { weight: 1, arbitrary: targetRow },
);

const finding: fc.Arbitrary<Finding> = fc.record({
  severity: fc.constantFrom('error' as const, 'warning' as const, 'info' as const),
  // Reader codes are kept; check codes (missing-target, duplicate-indicator) are replaced.
  code: fc.constantFrom('unparsed-line', 'shifted-row', 'missing-target', 'duplicate-indicator'),
  message: fc.constantFrom('读取时跳过一行', '旧的检查结果'),
  path: fc.constantFrom('goals.0', 'goals.0.indicators.0.target', 'budget'),
});

/** A self-evaluation or target table of up to a few hundred rows in up to five goals. */
export const documentArbitrary: fc.Arbitrary<PerformanceDocument> = fc
  .record({
    kind: fc.constantFrom('self-evaluation' as const, 'target-table' as const),
    goals: fc.array(fc.record({ name: fc.constantFrom('', '目标一', '目标二'), indicators: fc.array(row, { maxLength: 80 }) }), {
      maxLength: 5,
    }),
    budget: fc.record({
      adjusted: fc.constantFrom('100', '8016.09'),
      executed: fc.constantFrom('95', '7500.12', '120'),
      weight: fc.option(fc.constantFrom('10', '20'), { nil: undefined }),
      score: fc.option(fc.constantFrom('9', '10', '25'), { nil: undefined }),
    }),
    findings: fc.array(finding, { maxLength: 3 }),
    totalScore: fc.option(fc.constantFrom('88.5', '100'), { nil: undefined }),
  })
  .map(({ kind, goals, budget, findings, totalScore }) => ({
    ...createEmptyDocument(kind),
    budget: Object.fromEntries(Object.entries(budget).filter(([, entry]) => entry !== undefined)),
    goals,
    totals: totalScore === undefined ? {} : { score: totalScore },
    findings,
  }));
