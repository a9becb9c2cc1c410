/**
 * Scoring throughput: scoreDocument over 1,000,000 deterministic indicators (a mix of 正向,
 * 反向, 等于, 定性 and change values, in 1,000 goals of 1,000). Aim: under a second.
 */
import {
  createEmptyDocument,
  type Indicator,
  type IndicatorValue,
  type PerformanceDocument,
} from '../core/model.ts';
import { scoreDocument } from '../core/scoring/index.ts';

const INDICATORS = 1_000_000;
const PER_GOAL = 1_000;

function numeric(
  value: string,
  direction: IndicatorValue['direction'],
  unit: string | null = null,
): IndicatorValue {
  return {
    text: value,
    operator: direction === 'lower-better' ? '<=' : '>=',
    value,
    unit,
    direction,
    change: null,
    qualitative: null,
  };
}

function wording(text: string): IndicatorValue {
  return {
    text,
    operator: null,
    value: null,
    unit: null,
    direction: 'qualitative',
    change: null,
    qualitative: text,
  };
}

/** The index-th indicator of the benchmark: deterministic, every rule represented. */
function buildIndicator(index: number): Indicator {
  const base = {
    level1: '产出指标',
    level2: '数量指标',
    name: `指标${index}`,
    weight: String(1 + (index % 5)),
    score: '1',
    deviation: null,
  };
  const target = 100 + (index % 900);
  const actual = target - 50 + (index % 97);
  switch (index % 5) {
    case 0:
      return {
        ...base,
        target: numeric(String(target), 'higher-better', '个'),
        actual: numeric(String(actual), 'higher-better'),
      };
    case 1:
      return {
        ...base,
        target: numeric(`${target}.5`, 'lower-better', '天'),
        actual: numeric(`${actual}.25`, 'lower-better', '天'),
      };
    case 2:
      return { ...base, target: numeric('0', 'equal'), actual: numeric(String(index % 2), 'equal') };
    case 3:
      return { ...base, target: wording('健全'), actual: wording(index % 3 === 0 ? '基本健全' : '健全') };
    default:
      return {
        ...base,
        target: { ...numeric('15', 'higher-better', '%'), change: 'decrease' },
        actual: { ...numeric(`${index % 30}.94`, 'higher-better', '%'), change: 'decrease' },
      };
  }
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
    budget: { adjusted: '8016.09', executed: '7500.12', weight: '10' },
    goals,
  };
}

/** Times scoreDocument on 1,000,000 indicators (after one warm-up run on a smaller document). */
export async function benchScoring(): Promise<{ indicators: number; ms: number; perSecond: number }> {
  scoreDocument(buildBenchDocument(50_000));
  const document = buildBenchDocument();
  const started = performance.now();
  const scored = scoreDocument(document);
  const ms = performance.now() - started;
  if (scored.totals.suggestedScore === null) throw new Error('benchmark document was not scored');
  return { indicators: INDICATORS, ms: Math.round(ms), perSecond: Math.round(INDICATORS / (ms / 1000)) };
}

if (import.meta.url === `file://${process.argv[1]}`) {
  void benchScoring().then((result) => console.log(result));
}
