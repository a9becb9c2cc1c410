/**
 * Scoring throughput: scoreDocument over 1,000,000 deterministic indicators in 1,000 goals of
 * 1,000. The rows vary as real self-evaluations do — weights (2, 1.5, 0.75 …), targets and
 * actuals over a wide range with 0–2 decimals, units (some that disagree), 正向, 反向, 等于,
 * 定性 wordings of every band, change values in and against their direction, entered scores
 * right, wrong or missing, a few rows without weight or actual — so no cache sees one value
 * repeated a million times. Aim: under a second of CPU.
 */
import {
  createEmptyDocument,
  type Indicator,
  type IndicatorValue,
  type Operator,
  type PerformanceDocument,
} from '../core/model.ts';
import { scoreDocument } from '../core/scoring/index.ts';
import { pick } from './pick.ts';

const INDICATORS = 1_000_000;
const PER_GOAL = 1_000;

const WEIGHTS = ['2', '1.5', '3', '0.75', '5', '4', '2.5', '1', '10', '6'];
const UNITS = ['个', '次', '人次', '%', '万元', '天', '小时', '份', '次/年', '个月'];
const LEVELS: ReadonlyArray<[string, string]> = [
  ['产出指标', '数量指标'],
  ['产出指标', '质量指标'],
  ['产出指标', '时效指标'],
  ['产出指标', '成本指标'],
  ['效益指标', '社会效益指标'],
  ['效益指标', '可持续影响指标'],
  ['满意度指标', '服务对象满意度指标'],
];
const WORDINGS: ReadonlyArray<[string, string]> = [
  ['健全', '健全'],
  ['健全', '基本健全'],
  ['健全', '不健全'],
  ['保持', '保持稳定'],
  ['是', '是'],
  ['全市第一', '全市第三'],
  ['有效提升', '明显提升'],
  ['不发生重大安全事故', '未发生'],
  ['及时', '部分及时'],
  ['达成年度指标', '未达成年度指标'],
  ['规范', '较好'],
  ['提高', '推进中'],
];

/** A decimal string with 0, 1 or 2 places (e.g. 731, 73.1, 7.31). */
function decimal(units: number, places: number): string {
  if (places === 0) return String(units);
  const text = String(units).padStart(places + 1, '0');
  return `${text.slice(0, -places)}.${text.slice(-places)}`;
}

function numeric(input: { value: string; operator: Operator | null; unit: string | null; direction: IndicatorValue['direction'] }): IndicatorValue {
  const symbol = input.operator === null ? '' : { '>=': '≥', '>': '>', '=': '=', '<=': '≤', '<': '<' }[input.operator];
  return {
    text: `${symbol}${input.value}${input.unit ?? ''}`,
    operator: input.operator,
    value: input.value,
    unit: input.unit,
    direction: input.direction,
    change: null,
    qualitative: null,
  };
}

function wording(text: string): IndicatorValue {
  return { text, operator: null, value: null, unit: null, direction: 'qualitative', change: null, qualitative: text };
}

function change(input: { change: 'increase' | 'decrease'; value: string | null; operator: Operator | null }): IndicatorValue {
  const word = input.change === 'increase' ? '上升' : '下降';
  return {
    text: `${word}${input.value === null ? '' : `${input.value}%`}`,
    operator: input.operator,
    value: input.value,
    unit: input.value === null ? null : '%',
    direction: input.change === 'increase' ? 'higher-better' : 'lower-better',
    change: input.change,
    qualitative: null,
  };
}

/** 指标值 and 实际完成值 of the index-th indicator: every rule, met, partly met and missed. */
function buildValues(index: number): { target: IndicatorValue; actual: IndicatorValue | null } {
  const kind = pick(index, 1, 20);
  const places = pick(index, 2, 3);
  const targetUnits = 1 + pick(index, 3, 100_000);
  // Actual between 0 and 2.5 × target, so every branch of 正向/反向 and 偏离度 is reached.
  const actualUnits = Math.floor((targetUnits * pick(index, 4, 251)) / 100);
  const unit = UNITS[pick(index, 5, UNITS.length)] ?? null;
  // One row in 50 writes the actual in another unit (≥95分 vs 99.65%).
  const actualUnit = pick(index, 6, 50) === 0 ? '分' : pick(index, 7, 3) === 0 ? null : unit;
  const target = decimal(targetUnits, places);
  const actual = decimal(actualUnits, pick(index, 8, 3) === 0 ? places : 0);
  if (kind < 7) {
    return {
      target: numeric({ value: target, operator: pick(index, 9, 4) === 0 ? '>' : '>=', unit, direction: 'higher-better' }),
      actual: numeric({ value: actual, operator: null, unit: actualUnit, direction: 'higher-better' }),
    };
  }
  if (kind < 11) {
    return {
      target: numeric({ value: target, operator: '<=', unit, direction: 'lower-better' }),
      actual: numeric({ value: actual, operator: null, unit: actualUnit, direction: 'lower-better' }),
    };
  }
  if (kind < 13) {
    const isZero = pick(index, 10, 2) === 0;
    return {
      target: numeric({ value: isZero ? '0' : target, operator: '=', unit, direction: 'equal' }),
      actual: numeric({ value: isZero ? String(pick(index, 11, 3) === 0 ? 1 : 0) : actual, operator: null, unit, direction: 'equal' }),
    };
  }
  if (kind < 18) {
    const [targetText, actualText] = WORDINGS[pick(index, 12, WORDINGS.length)] ?? ['健全', '健全'];
    return { target: wording(targetText), actual: pick(index, 13, 40) === 0 ? null : wording(actualText) };
  }
  const direction = pick(index, 14, 2) === 0 ? 'decrease' : 'increase';
  const actualDirection = pick(index, 15, 5) === 0 ? (direction === 'decrease' ? 'increase' : 'decrease') : direction;
  return {
    target: change({ change: direction, value: pick(index, 16, 8) === 0 ? null : decimal(1 + pick(index, 17, 3000), 2), operator: pick(index, 18, 4) === 0 ? '<=' : null }),
    actual: change({ change: actualDirection, value: decimal(pick(index, 19, 4000), 2), operator: null }),
  };
}

/** The index-th indicator of the benchmark: deterministic, every rule represented. */
function buildIndicator(index: number): Indicator {
  const [level1, level2] = LEVELS[pick(index, 20, LEVELS.length)] ?? ['产出指标', '数量指标'];
  const weight = pick(index, 21, 100) === 0 ? null : (WEIGHTS[pick(index, 22, WEIGHTS.length)] ?? '1');
  const scoreKind = pick(index, 23, 4);
  const score =
    scoreKind === 0 ? null : scoreKind === 1 ? weight : decimal(pick(index, 24, 1 + Number(weight ?? 1) * 100), 2);
  const { target, actual } = buildValues(index);
  return {
    level1,
    level2,
    // One name in 200 repeats an earlier one (copy-paste rows).
    name: pick(index, 25, 200) === 0 ? `指标${pick(index, 26, 1000)}` : `指标${index}`,
    target,
    actual,
    weight,
    score,
    deviation: pick(index, 27, 3) === 0 ? null : '完成绩效目标',
    line: index + 1,
  };
}

/** A self-evaluation holding `count` indicators. */
export function buildBenchDocument(count = INDICATORS): PerformanceDocument {
  const goals = [];
  for (let start = 0; start < count; start += PER_GOAL) {
    const indicators: Indicator[] = [];
    for (let index = start; index < Math.min(count, start + PER_GOAL); index++)
      indicators.push(buildIndicator(index));
    goals.push({ name: `目标${start / PER_GOAL + 1}`, indicators });
  }
  return {
    ...createEmptyDocument('self-evaluation'),
    budget: { adjusted: '8016.09', executed: '7500.12', weight: '10', score: '9' },
    goals,
    totals: { score: '88.5' },
  };
}

/** CPU milliseconds (user + system) spent by `run`. */
export function measureCpu<T>(run: () => T): { result: T; cpuMs: number; wallMs: number } {
  const cpu = process.cpuUsage();
  const started = performance.now();
  const result = run();
  const wallMs = performance.now() - started;
  const used = process.cpuUsage(cpu);
  return { result, cpuMs: (used.user + used.system) / 1000, wallMs };
}

/**
 * Times scoreDocument on 1,000,000 indicators (after one warm-up run on a smaller document).
 * CPU time is the figure to compare: the machine is shared, so wall time includes waiting.
 */
export async function benchScoring(): Promise<{ indicators: number; ms: number; cpuMs: number; perSecond: number }> {
  scoreDocument(buildBenchDocument(50_000));
  const document = buildBenchDocument();
  const { result: scored, cpuMs, wallMs } = measureCpu(() => scoreDocument(document));
  if (scored.totals.suggestedScore === null) throw new Error('benchmark document was not scored');
  return {
    indicators: INDICATORS,
    ms: Math.round(wallMs),
    cpuMs: Math.round(cpuMs),
    perSecond: Math.round(INDICATORS / (cpuMs / 1000)),
  };
}

if (import.meta.url === `file://${process.argv[1]}`) {
  void benchScoring().then((result) => console.log(result));
}
