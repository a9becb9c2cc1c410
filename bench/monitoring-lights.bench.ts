/**
 * Monitoring lights (issue 11): `lightDocument` over 10,000 monitoring tables of 100 indicators
 * (1,000,000 indicators). Tables vary the window (1-4月 … 1-10月, some cut-off dates), budgets and
 * execution; indicators vary 正向 counts and levels (%), 反向, 等于 and 定性 wordings, with
 * 1-N月完成值 around every band edge and some missing. Aim: under a second.
 */
import { parseIndicatorValue } from '../core/indicator-value/index.ts';
import { createEmptyDocument, type Indicator, type PerformanceDocument } from '../core/model.ts';
import {
  computeLights,
  defaultLightPolicy,
  lightDocument,
  milestoneLightPolicy,
  type MonitoringPeriod,
} from '../core/monitoring/index.ts';
import type { Measurement } from './measurement.ts';
import { measureCpu } from './scoring.bench.ts';
import { pick } from './pick.ts';

const TABLES = 10_000;
const PER_TABLE = 100;

const TARGETS = [
  '≥1000人次',
  '≥60台',
  '≥95%',
  '=100%',
  '≤5%',
  '<30天',
  '=12次',
  '健全',
  '有效提升',
  '≥85公里',
];
const PERIODS: MonitoringPeriod[] = [
  { throughMonth: 4 },
  { throughMonth: 6 },
  { throughMonth: 7 },
  { throughMonth: 8 },
  { throughMonth: 10 },
  { cutOffDate: '2025-06-30' },
  { cutOffDate: '2025-08-15' },
];
const QUALITATIVE_ACTUALS = ['健全', '基本健全', '不健全', '明显提升', '推进中'];

/** Parsed values are built once per distinct text, as a reader would hand them over. */
const parsed = new Map<string, ReturnType<typeof parseIndicatorValue>>();
function value(text: string) {
  let result = parsed.get(text);
  if (!result) {
    result = parseIndicatorValue(text);
    parsed.set(text, result);
  }
  return result;
}

function buildIndicator(index: number): Indicator {
  const target = TARGETS[pick(index, 1, TARGETS.length)] ?? '健全';
  const parsedTarget = value(target);
  const missing = pick(index, 2, 20) === 0;
  let actual: string;
  if (parsedTarget.value === null)
    actual = QUALITATIVE_ACTUALS[pick(index, 3, QUALITATIVE_ACTUALS.length)] ?? '健全';
  else {
    // 0 … 150% of the target with two decimals: every band edge is crossed somewhere.
    const share = pick(index, 4, 15_001);
    const scaled = (Number(parsedTarget.value) * share) / 10_000;
    actual = `${scaled.toFixed(2)}${parsedTarget.unit ?? ''}`;
  }
  return {
    level1: '产出指标',
    level2: '数量指标',
    name: `指标${index % PER_TABLE}`,
    target: parsedTarget,
    monitoring: { actualToDate: missing ? null : value(actual) },
  };
}

export function buildMonitoringTables(count = TABLES): PerformanceDocument[] {
  const tables: PerformanceDocument[] = [];
  for (let table = 0; table < count; table++) {
    const document = createEmptyDocument('monitoring', 'project');
    document.year = 2025;
    const budget = 100 + pick(table, 5, 9_900);
    document.budget = {
      adjusted: String(budget),
      executedToDate: ((budget * pick(table, 6, 10_001)) / 10_000).toFixed(2),
    };
    document.monitoring = { period: PERIODS[pick(table, 7, PERIODS.length)] ?? { throughMonth: 6 } };
    const indicators: Indicator[] = [];
    for (let row = 0; row < PER_TABLE; row++) indicators.push(buildIndicator(table * PER_TABLE + row));
    document.goals = [{ name: '', indicators }];
    tables.push(document);
  }
  return tables;
}

/** Lights for every table under the default and the milestone policies; then lightDocument (lights + a copy of each table). */
export function benchMonitoringLights(): Measurement[] {
  const tables = buildMonitoringTables();
  const measurements: Measurement[] = [];
  const runs = [
    [
      'computeLights, default policy',
      (table: PerformanceDocument) => computeLights(table, defaultLightPolicy).targetLight,
    ],
    [
      'computeLights, milestone policy (progress gap on)',
      (table: PerformanceDocument) => computeLights(table, milestoneLightPolicy).targetLight,
    ],
    [
      'lightDocument (lights + copied document), default policy',
      (table: PerformanceDocument) => lightDocument(table).monitoring?.targetLight,
    ],
  ] as const;
  for (const [label, light] of runs) {
    const { result, wallMs, cpuMs } = measureCpu(() => {
      let red = 0;
      for (const table of tables) if (light(table) === 'red') red++;
      return red;
    });
    measurements.push(
      {
        name: `${label}: ${TABLES.toLocaleString('en')} tables × ${PER_TABLE} indicators (wall)`,
        value: Math.round(wallMs),
        unit: 'ms',
      },
      { name: '  same, CPU', value: Math.round(cpuMs), unit: 'ms' },
      { name: '  tables with a red target light', value: result, unit: 'tables' },
    );
  }
  return measurements;
}
