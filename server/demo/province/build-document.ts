/**
 * One generated document body: indicators drawn from the unit's sector and the common list,
 * 指标值 from each template's range, for self-evaluations 完成值 near the target (most met, some
 * missed with a reason), budgets in 万元. A few documents carry a deliberate mistake of the kind
 * the checks find (docs/findings.md), so reviewers' queues at scale hold findings too.
 */
import { parseIndicatorValue } from '../../../core/indicator-value/index.ts';
import { createEmptyDocument, type DocumentKind, type Indicator, type IndicatorValue, type PerformanceDocument } from '../../../core/model.ts';
import { trimTrailing } from '../../../core/trim-characters.ts';
import type { Random } from './random.ts';
import { commonIndicators, deviationReasons, overallGoals, reportSections, type IndicatorTemplate, type Sector } from './vocabulary.ts';

/** The mistakes planted on purpose; each is something a check reports. */
export const plantedMistakes = ['missing-target', 'weight-sum', 'missing-deviation', 'duplicate-indicator', 'budget-sum', 'no-satisfaction'] as const;
export type PlantedMistake = (typeof plantedMistakes)[number];

const operatorSigns: Record<string, string> = { '>=': '≥', '>': '>', '=': '=', '<=': '≤', '<': '<' };

/** Parsed values repeat (the ranges are small); parsing each text once keeps 5 M indicators fast. */
const parsedValues = new Map<string, IndicatorValue>();
function parseValue(text: string, name: string): IndicatorValue {
  const key = `${name}\u0000${text}`;
  let parsed = parsedValues.get(key);
  if (!parsed) {
    parsed = parseIndicatorValue(text, { name });
    parsedValues.set(key, parsed);
  }
  return { ...parsed };
}

function formatNumber(value: number, decimals: number): string {
  return value.toFixed(decimals);
}

function drawTarget(random: Random, template: IndicatorTemplate): { text: string; value: number | null } {
  if (!template.range || !template.operator) return { text: template.qualitative ?? '达到预期', value: null };
  const [low, high] = template.range;
  const value = Number(formatNumber(random.between(low, high), template.decimals ?? 0));
  // "≥100%" cannot be exceeded (check rate-over-100): a rate drawn at 100 is written "=100%".
  const operator = template.unit === '%' && value >= 100 ? '=' : template.operator;
  return { text: `${operatorSigns[operator]}${formatNumber(value, template.decimals ?? 0)}${template.unit}`, value };
}

/** 完成值: met four times in five; a miss falls up to 15 % short (or over, for 越低越好). */
function drawActual(random: Random, template: IndicatorTemplate, target: number | null): { text: string; value: number; isMet: boolean } {
  if (target === null) return { text: template.qualitative ?? '达到预期', value: 0, isMet: true };
  const isMet = random.chance(0.8);
  const isLowerBetter = template.operator === '<=' || template.operator === '<';
  const factor = isMet ? random.between(1, 1.08) : random.between(0.85, 0.98);
  let actual = isLowerBetter ? target / factor : target * factor;
  if (template.unit === '%' && !isLowerBetter) actual = Math.min(actual, 100);
  if (template.operator === '=') actual = isMet ? target : target * factor;
  const decimals = Math.max(template.decimals ?? 0, template.unit === '%' ? 1 : 0);
  const written = Number(formatNumber(actual, decimals));
  const isReached = isLowerBetter ? written <= target : written >= target;
  return { text: `${formatNumber(written, decimals)}${template.unit}`, value: written, isMet: template.operator === '=' ? written === target : isReached };
}

/** The order of 一级指标 in a table. */
const level1Order: readonly IndicatorTemplate['level1'][] = ['产出指标', '效益指标', '成本指标', '满意度指标'];

function chooseTemplates(random: Random, sector: Sector, count: number): IndicatorTemplate[] {
  const pool = [...sector.indicators, ...commonIndicators];
  const chosen: IndicatorTemplate[] = [];
  // Every sector template first (shuffled by the draw), then the common ones, until `count`.
  const order = pool.map((template) => ({ template, key: random.next() + (sector.indicators.includes(template) ? 0 : 1) }));
  order.sort((a, b) => a.key - b.key);
  for (const { template } of order) if (chosen.length < count) chosen.push(template);
  // A document asking for more indicators than the vocabulary has repeats names with a number.
  for (let index = 0; chosen.length < count; index++) chosen.push({ ...pool[index % pool.length]!, name: `${pool[index % pool.length]!.name}（${Math.floor(index / pool.length) + 2}）` });
  return chosen.sort((a, b) => level1Order.indexOf(a.level1) - level1Order.indexOf(b.level1));
}

/** 分值 of each 一级 (财预〔2020〕10号: 执行率 10 + 产出 50 + 效益 30 + 满意度 10 = 100). */
const levelWeights: Partial<Record<IndicatorTemplate['level1'], number>> = { 产出指标: 50, 效益指标: 30, 满意度指标: 10 };

/** Weights shared within each 一级 in cents, the remainder on the level's first indicator. */
/** "10.00" → "10", "12.50" → "12.5": trailing zeros and a bare point go (a loop, not /\.?0+$/: issue 9). */
function withoutTrailingZeros(fixed: string): string {
  const trimmed = trimTrailing(fixed, '0');
  if (trimmed === fixed || !trimmed.endsWith('.')) return trimmed;
  return trimmed.slice(0, -1);
}

function shareWeights(templates: readonly IndicatorTemplate[]): string[] {
  const weights = templates.map(() => 0);
  for (const [level, levelWeight] of Object.entries(levelWeights)) {
    const indexes = templates.flatMap((template, index) => (template.level1 === level ? [index] : []));
    if (indexes.length === 0) continue;
    const cents = levelWeight * 100;
    const share = Math.floor(cents / indexes.length);
    for (const index of indexes) weights[index] = share;
    weights[indexes[0]!] = cents - share * (indexes.length - 1);
  }
  return weights.map((weight) => withoutTrailingZeros((weight / 100).toFixed(2)));
}

/** 得分 by 财预〔2020〕10号: 正向 完成值/指标值×分值, 反向 (1−(完成值−指标值)/指标值)×分值, capped at 分值. */
function scoreMissed(weight: string, template: IndicatorTemplate, target: number, actual: number): string {
  const isLowerBetter = template.operator === '<=' || template.operator === '<';
  const ratio = target === 0 ? 0 : isLowerBetter ? 1 - (actual - target) / target : actual / target;
  return Math.max(0, Math.min(Number(weight), Number(weight) * ratio)).toFixed(2);
}

export interface DocumentInput {
  kind: DocumentKind;
  unit: string;
  supervisor: string | null;
  sector: Sector;
  year: number;
  indicatorCount: number;
  mistake: PlantedMistake | null;
}

/** The body before analysis (the caller scores and checks it with core's analyseDocument). */
export function buildDocumentBody(random: Random, input: DocumentInput): PerformanceDocument {
  const document = createEmptyDocument(input.kind);
  document.unit = input.unit;
  document.year = input.year;
  document.supervisor = input.supervisor;
  document.functions = input.sector.functions;
  document.overallGoal = `${random.pick(overallGoals)}${input.sector.functions}`;
  const adjusted = random.between(80, 20000);
  const general = adjusted * random.between(0.7, 1);
  const isSelfEvaluation = input.kind === 'self-evaluation';
  const bySourceTotal = input.mistake === 'budget-sum' ? adjusted + random.between(1, 50) : adjusted;
  document.budget = {
    total: adjusted.toFixed(2),
    bySource: { generalPublic: general.toFixed(2), other: (adjusted - Number(general.toFixed(2))).toFixed(2), total: bySourceTotal.toFixed(2) },
  };
  // 成本指标 carry no level weight in the default policy, so self-evaluations leave them out.
  const templates = chooseTemplates(random, input.sector, input.indicatorCount).filter(
    (template) =>
      (input.mistake !== 'no-satisfaction' || template.level1 !== '满意度指标') && (!isSelfEvaluation || template.level1 !== '成本指标'),
  );
  const weights = shareWeights(templates);
  if (input.mistake === 'weight-sum' && weights.length > 0) weights[0] = String(Number(weights[0]) + 5);
  const indicators: Indicator[] = templates.map((template, index) => {
    const target = drawTarget(random, template);
    const indicator: Indicator = { level1: template.level1, level2: template.level2, name: template.name, target: parseValue(target.text, template.name) };
    if (isSelfEvaluation) {
      const actual = drawActual(random, template, target.value);
      const weight = weights[index]!;
      indicator.actual = parseValue(actual.text, template.name);
      indicator.weight = weight;
      indicator.score = actual.isMet || target.value === null ? weight : scoreMissed(weight, template, target.value, actual.value);
      indicator.deviation = actual.isMet || input.mistake === 'missing-deviation' ? '' : random.pick(deviationReasons);
    }
    return indicator;
  });
  if (input.mistake === 'missing-target' && indicators.length > 0) indicators[indicators.length - 1]!.target = null;
  if (input.mistake === 'duplicate-indicator' && indicators.length > 1) indicators.push({ ...indicators[0]! });
  document.goals = [{ name: '', indicators }];
  if (isSelfEvaluation) {
    const executed = adjusted * random.between(0.82, 1);
    const executionRate = (executed / adjusted) * 100;
    const executionScore = Math.min(10, executionRate / 10);
    document.budget = { ...document.budget, initial: (adjusted * random.between(0.85, 1)).toFixed(2), adjusted: adjusted.toFixed(2), executed: executed.toFixed(2), weight: '10', executionRate: executionRate.toFixed(2), score: executionScore.toFixed(2) };
    const entered = indicators.reduce((sum, indicator) => sum + Number(indicator.score ?? 0), executionScore);
    document.totals = { weight: '100', score: entered.toFixed(2) };
    document.overallResult = '年度绩效目标基本完成，资金使用规范。';
  }
  if (input.kind === 'evaluation-report') {
    document.report = {
      sections: reportSections.map((section) => ({ title: section.title, text: section.text.replace('{unit}', input.unit).replace('{year}', String(input.year)) })),
      moneyLists: [],
    };
  }
  return document;
}
