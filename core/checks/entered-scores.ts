/**
 * Entered scores against the rules. score-outside-band: a score below 0, above its 分值, or
 * outside the 定性 band its wording puts it in (财预〔2020〕10号 refuses those).
 * score-differs-from-rule: a numeric score (or the execution score) that is not what the rules
 * give, e.g. 1 of 2 points for 9580 of 10000 where the rule gives 1.92. Within a band the
 * unit's own judgement is accepted, so banded scores are only checked against their band.
 */
import type { Finding, Goal, Indicator, PerformanceDocument } from '../model.ts';
import {
  evaluateIndicator,
  formatUnits,
  isInsideBand,
  toUnits,
  type RuleOutcome,
  type ScoringPolicy,
  type UnitsBand,
} from '../scoring/index.ts';
import { createFinding, quoteIndicator } from './finding.ts';
import { IndicatorFinding, type DescribeIndicator } from './indicator-finding.ts';
import { checkSeverities } from './codes.ts';

const ATTAINMENT_NAMES = { met: '达成', partial: '部分达成', 'not-met': '未达成' } as const;

function describeBand(band: UnitsBand, places: number): string {
  const open: string[] = [];
  if (!band.includesMin) open.push(formatUnits(band.min, places));
  if (!band.includesMax) open.push(formatUnits(band.max, places));
  const exclusions = open.length === 0 ? '' : `（不含${open.join('和')}分）`;
  return `${formatUnits(band.min, places)}–${formatUnits(band.max, places)}分之间${exclusions}`;
}

function checkExecutionScore(document: PerformanceDocument, policy: ScoringPolicy): Finding[] {
  const places = policy.roundingPlaces;
  const entered = toUnits(document.budget.score, places);
  if (entered === null) return [];
  const weight = toUnits(document.budget.weight ?? policy.executionWeight, places);
  if (entered < 0 || (weight !== null && entered > weight)) {
    return [
      createFinding({
        severity: 'error',
        code: 'score-outside-band',
        path: 'budget.score',
        message: `预算执行率得分${formatUnits(entered, places)}分超出0–${formatUnits(weight ?? 0, places)}分的范围，请更正`,
      }),
    ];
  }
  const suggested = toUnits(document.budget.suggestedScore, places);
  if (suggested === null || suggested === entered) return [];
  return [
    createFinding({
      severity: 'warning',
      code: 'score-differs-from-rule',
      path: 'budget.score',
      message: `预算执行率按规则应得${formatUnits(suggested, places)}分，填报为${formatUnits(entered, places)}分，请核对得分`,
    }),
  ];
}

/**
 * Findings for entered scores outside their range or band, or different from the rules.
 * `outcomes`: the rules' outcome per goal and row (evaluateIndicators), when already known.
 */
export function checkEnteredScores(
  document: PerformanceDocument,
  policy: ScoringPolicy,
  outcomes?: ReadonlyArray<ReadonlyArray<RuleOutcome>>,
): Finding[] {
  const findings = checkExecutionScore(document, policy);
  const wordings = scoreWordingsFor(policy.roundingPlaces);
  // Plain loops; messages and paths are built when read (a million rows, bench/analyse.bench.ts).
  for (let goalIndex = 0; goalIndex < document.goals.length; goalIndex++) {
    const indicators = (document.goals[goalIndex] as Goal).indicators;
    const known = outcomes?.[goalIndex];
    for (let indicatorIndex = 0; indicatorIndex < indicators.length; indicatorIndex++) {
      const indicator = indicators[indicatorIndex] as Indicator;
      const found = checkEnteredScore({ indicator, policy, outcome: known?.[indicatorIndex] });
      if (found === null) continue;
      findings.push(
        new IndicatorFinding({
          severity: checkSeverities[found.code],
          code: found.code,
          indicator,
          goalIndex,
          indicatorIndex,
          field: 'score',
          describe: wordings[found.wording],
          detail: found.outcome,
        }),
      );
    }
  }
  return findings;
}

type ScoreCode = 'score-outside-band' | 'score-differs-from-rule';
type ScoreWording = 'outside-range' | 'outside-band' | 'differs';

/**
 * The three wordings of a score finding for scores with `places` decimals; made once per
 * precision, so a finding keeps only the rules' outcome, not an object of its own.
 */
const scoreWordings = new Map<number, Record<ScoreWording, DescribeIndicator<RuleOutcome | null>>>();

function scoreWordingsFor(places: number): Record<ScoreWording, DescribeIndicator<RuleOutcome | null>> {
  const known = scoreWordings.get(places);
  if (known) return known;
  const enteredOf = (indicator: Indicator) => formatUnits(toUnits(indicator.score, places) ?? 0, places);
  const wordings: Record<ScoreWording, DescribeIndicator<RuleOutcome | null>> = {
    'outside-range': (indicator) =>
      `${quoteIndicator(indicator)}得分${enteredOf(indicator)}分超出0–${formatUnits(toUnits(indicator.weight, places) ?? 0, places)}分的范围，请更正`,
    'outside-band': (indicator, outcome) =>
      `${quoteIndicator(indicator)}实际完成情况属于“${ATTAINMENT_NAMES[outcome?.attainment ?? 'not-met']}”，得分应在${describeBand(outcome?.band as UnitsBand, places)}，填报为${enteredOf(indicator)}分，请更正`,
    differs: (indicator, outcome) =>
      `${quoteIndicator(indicator)}按规则应得${formatUnits(outcome?.units ?? 0, places)}分，填报为${enteredOf(indicator)}分，请核对得分（${outcome?.reason ?? ''}）`,
  };
  scoreWordings.set(places, wordings);
  return wordings;
}

/** How to word one indicator's entered-score finding, and the outcome it needs; null when the score is fine. */
function checkEnteredScore(input: {
  indicator: Indicator;
  policy: ScoringPolicy;
  outcome: RuleOutcome | undefined;
}): { code: ScoreCode; wording: ScoreWording; outcome: RuleOutcome | null } | null {
  const { indicator, policy } = input;
  const places = policy.roundingPlaces;
  const entered = toUnits(indicator.score, places);
  if (entered === null) return null;
  const weight = toUnits(indicator.weight, places);
  if (entered < 0 || (weight !== null && entered > weight)) return { code: 'score-outside-band', wording: 'outside-range', outcome: null };
  const outcome = input.outcome ?? evaluateIndicator(indicator, policy);
  if (outcome.band && outcome.attainment) {
    if (isInsideBand(entered, outcome.band)) return null;
    return { code: 'score-outside-band', wording: 'outside-band', outcome };
  }
  if (outcome.units === null || outcome.units === entered) return null;
  return { code: 'score-differs-from-rule', wording: 'differs', outcome };
}
