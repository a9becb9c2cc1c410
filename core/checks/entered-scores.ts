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
import { IndicatorFindingList, type DescribeIndicator, type IndicatorFindingKind, type IndicatorFindingSink, type IndicatorPlace } from './indicator-finding.ts';
import { checkSeverities } from './codes.ts';

const ATTAINMENT_NAMES = { met: '达成', partial: '部分达成', 'not-met': '未达成' } as const;

function describeBand(band: UnitsBand, places: number): string {
  const open: string[] = [];
  if (!band.includesMin) open.push(formatUnits(band.min, places));
  if (!band.includesMax) open.push(formatUnits(band.max, places));
  const exclusions = open.length === 0 ? '' : `（不含${open.join('和')}分）`;
  return `${formatUnits(band.min, places)}–${formatUnits(band.max, places)}分之间${exclusions}`;
}

/** The execution score's finding: outside 0–分值, or not what the rules give. */
export function checkExecutionScore(document: PerformanceDocument, policy: ScoringPolicy): Finding[] {
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
 * Findings for entered scores outside their range or band, or different from the rules
 * (messages and paths are built when read: a million rows, bench/analyse.bench.ts).
 */
export function checkEnteredScores(document: PerformanceDocument, policy: ScoringPolicy): Finding[] {
  const findings = new IndicatorFindingList(checkExecutionScore(document, policy));
  for (let goalIndex = 0; goalIndex < document.goals.length; goalIndex++) {
    const indicators = (document.goals[goalIndex] as Goal).indicators;
    for (let indicatorIndex = 0; indicatorIndex < indicators.length; indicatorIndex++) {
      const indicator = indicators[indicatorIndex] as Indicator;
      checkIndicatorScore({ place: { indicator, goalIndex, indicatorIndex }, policy, outcome: undefined, findings });
    }
  }
  return findings.findings;
}

type ScoreCode = 'score-outside-band' | 'score-differs-from-rule';
type ScoreWording = 'outside-range' | 'outside-band' | 'differs';

function enteredOf(indicator: Indicator, places: number): string {
  return formatUnits(toUnits(indicator.score, places) ?? 0, places);
}

/**
 * The three wordings of a score finding. A finding keeps only the policy: the rules' outcome is
 * evaluated again when the message is read, so a million findings do not each hold one.
 */
const scoreWordings: Record<ScoreWording, DescribeIndicator<ScoringPolicy>> = {
  'outside-range': (indicator, { roundingPlaces: places }) =>
    `${quoteIndicator(indicator)}得分${enteredOf(indicator, places)}分超出0–${formatUnits(toUnits(indicator.weight, places) ?? 0, places)}分的范围，请更正`,
  'outside-band': (indicator, policy) => {
    const outcome = evaluateIndicator(indicator, policy);
    const places = policy.roundingPlaces;
    return `${quoteIndicator(indicator)}实际完成情况属于“${ATTAINMENT_NAMES[outcome.attainment ?? 'not-met']}”，得分应在${describeBand(outcome.band as UnitsBand, places)}，填报为${enteredOf(indicator, places)}分，请更正`;
  },
  differs: (indicator, policy) => {
    const outcome = evaluateIndicator(indicator, policy);
    const places = policy.roundingPlaces;
    return `${quoteIndicator(indicator)}按规则应得${formatUnits(outcome.units ?? 0, places)}分，填报为${enteredOf(indicator, places)}分，请核对得分（${outcome.reason}）`;
  },
};

/**
 * Adds to `findings` what is wrong with one indicator's entered score, if anything. `outcome`:
 * the rules' outcome when the caller has it (else evaluated only if the score needs it).
 */
export function checkIndicatorScore(input: {
  place: IndicatorPlace;
  policy: ScoringPolicy;
  outcome: RuleOutcome | undefined;
  findings: IndicatorFindingSink;
}): void {
  const { place, policy, findings } = input;
  const { indicator } = place;
  const places = policy.roundingPlaces;
  const entered = toUnits(indicator.score, places);
  if (entered === null) return;
  const weight = toUnits(indicator.weight, places);
  if (entered < 0 || (weight !== null && entered > weight)) {
    findings.add(scoreKindsFor(policy)['outside-range'], place);
    return;
  }
  const outcome = input.outcome ?? evaluateIndicator(indicator, policy);
  if (outcome.band && outcome.attainment) {
    if (!isInsideBand(entered, outcome.band)) findings.add(scoreKindsFor(policy)['outside-band'], place);
    return;
  }
  if (outcome.units === null || outcome.units === entered) return;
  findings.add(scoreKindsFor(policy).differs, place);
}

/** The three kinds of score finding for one policy, made once per policy (a finding holds its kind). */
const scoreKinds = new WeakMap<ScoringPolicy, Record<ScoreWording, IndicatorFindingKind<ScoringPolicy>>>();

function scoreKindsFor(policy: ScoringPolicy): Record<ScoreWording, IndicatorFindingKind<ScoringPolicy>> {
  const known = scoreKinds.get(policy);
  if (known) return known;
  const kind = (code: ScoreCode, wording: ScoreWording): IndicatorFindingKind<ScoringPolicy> => ({
    severity: checkSeverities[code],
    code,
    field: 'score',
    describe: scoreWordings[wording],
    detail: policy,
  });
  const kinds = {
    'outside-range': kind('score-outside-band', 'outside-range'),
    'outside-band': kind('score-outside-band', 'outside-band'),
    differs: kind('score-differs-from-rule', 'differs'),
  };
  scoreKinds.set(policy, kinds);
  return kinds;
}
