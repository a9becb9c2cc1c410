/**
 * 定性 indicators, 财预〔2020〕10号: 达成年度指标 → 80–100% of w; 部分达成年度指标并具有一定效果
 * → 60–80%; 未达成年度指标且效果较差 → 0–60%. Which band the actual falls in is read from its
 * wording relative to the target's (docs/scoring.md lists the words). A fully achieved target
 * gets the whole weight; for the other bands the unit's own judgement is kept when its entered
 * score lies inside the band, otherwise the nearest score inside the band is suggested.
 */
import type { IndicatorValue } from '../model.ts';
import type { ScoringPolicy, PercentBand } from './policy.ts';
import { integerScaled, roundRatio, toScaled, toUnits, type Scaled } from './scaled.ts';
import { isInsideBand, type Attainment, type RuleOutcome, type UnitsBand } from './outcome.ts';

const NOT_ACHIEVED_WORDING =
  /未达成|未完成|未实现|未达到|未达标|没有|尚未|^否|^未|不(?:及时|健全|完善|达标|满意|合格|到位|规范|明显)|较差|^差/;
const NEGATIVE_TARGET_WORDING = /^(?:无|不|未|没有|杜绝|零)|不发生|未发生/;
const NOTHING_HAPPENED_WORDING = /^(?:无|未发生|没有发生|没发生|零|杜绝|0起|0次|0$)/;
const PARTIAL_WORDING = /部分|基本|大部分|较好|一定|初步|逐步|推进中|进行中/;
const ACHIEVED_WORDING =
  /^是|^已|达成|完成|实现|保持|健全|完善|及时|满意|到位|合格|达标|良好|^好|有效|提升|提高|第一|全部|全面|按时|按期|规范|明显/;

function compactText(text: string): string {
  return text.replace(/\s+/g, '');
}

/**
 * Whether a qualitative actual meets its target, judged from the wording: the same words, then
 * negations (不健全 contains 健全), then an actual that repeats the target's wording, then words of partial
 * and of full achievement. Null when the wording says nothing either way.
 */
export function classifyQualitative(input: {
  target: IndicatorValue;
  actual: IndicatorValue;
}): Attainment | null {
  const targetText = input.target.qualitative ?? input.target.text;
  const actualText = input.actual.qualitative ?? input.actual.text;
  let byActual = classificationCache.get(targetText);
  const cached = byActual?.get(actualText);
  if (cached !== undefined) return cached;
  const attainment = classifyWording(targetText, actualText);
  // The same few wordings (保持, 健全, 是) recur across rows and documents; the cache is bounded.
  if (classificationCacheSize >= CLASSIFICATION_CACHE_LIMIT) {
    classificationCache.clear();
    classificationCacheSize = 0;
    byActual = undefined;
  }
  if (!byActual) {
    byActual = new Map();
    classificationCache.set(targetText, byActual);
  }
  byActual.set(actualText, attainment);
  classificationCacheSize++;
  return attainment;
}

const CLASSIFICATION_CACHE_LIMIT = 10_000;
const classificationCache = new Map<string, Map<string, Attainment | null>>();
let classificationCacheSize = 0;

function classifyWording(targetText: string, actualText: string): Attainment | null {
  const actual = compactText(actualText);
  if (actual === '') return null;
  const targetWording = compactText(targetText).replace(/^是否/, '');
  if (actual === targetWording) return 'met';
  // A target phrased as a negation (不发生, 无重大事故) is met by "nothing happened" wording,
  // and its actual is not read for negation words (未发生 is success there).
  const isTargetNegative =
    NEGATIVE_TARGET_WORDING.test(targetWording) || NOT_ACHIEVED_WORDING.test(targetWording);
  if (isTargetNegative && NOTHING_HAPPENED_WORDING.test(actual)) return 'met';
  if (!isTargetNegative && NOT_ACHIEVED_WORDING.test(actual)) return 'not-met';
  if (targetWording !== '' && actual.includes(targetWording) && !PARTIAL_WORDING.test(actual)) return 'met';
  if (PARTIAL_WORDING.test(actual)) return 'partial';
  if (ACHIEVED_WORDING.test(actual)) return 'met';
  return null;
}

const HUNDRED: Scaled = integerScaled(100);

function toEdgeUnits(input: { weight: Scaled; percent: string; places: number }): number | null {
  const percent = toScaled(input.percent);
  if (!percent) return null;
  return roundRatio({ numerator: input.weight, denominator: HUNDRED, factor: percent, places: input.places });
}

const ATTAINMENT_INDEXES: Record<Attainment, number> = { met: 0, partial: 1, 'not-met': 2 };
/** Weights past this many units are not cached (the key must stay a safe integer). */
const CACHED_WEIGHT_LIMIT = 1e12;
/** Bands kept per policy before starting afresh (a server sees many documents' weights). */
const CACHED_BANDS_LIMIT = 10_000;

/** Bands already worked out, per policy, by weight and attainment (never changed: shared by every outcome). */
const knownBands = new WeakMap<ScoringPolicy, Map<number, UnitsBand | null>>();

/**
 * The band of an attainment in score units, with the policy's closed edges. A document repeats a
 * few weights over all its rows, so each (weight, attainment) is worked out once per policy.
 */
export function toQualitativeBand(input: { attainment: Attainment; weight: Scaled; policy: ScoringPolicy }): UnitsBand | null {
  const { attainment, weight, policy } = input;
  if (weight.units < 0 || weight.units >= CACHED_WEIGHT_LIMIT || weight.scale > 15) return computeQualitativeBand(input);
  const key = (weight.units * 16 + weight.scale) * 3 + ATTAINMENT_INDEXES[attainment];
  let bands = knownBands.get(policy);
  if (bands === undefined || bands.size >= CACHED_BANDS_LIMIT) {
    bands = new Map();
    knownBands.set(policy, bands);
  }
  const known = bands.get(key);
  if (known !== undefined) return known;
  const band = computeQualitativeBand(input);
  bands.set(key, band);
  return band;
}

function computeQualitativeBand(input: { attainment: Attainment; weight: Scaled; policy: ScoringPolicy }): UnitsBand | null {
  const { attainment, weight, policy } = input;
  const bands = policy.qualitativeBands;
  const percentBand: PercentBand =
    attainment === 'met' ? bands.achieved : attainment === 'partial' ? bands.partial : bands.notAchieved;
  const places = policy.roundingPlaces;
  const min = toEdgeUnits({ weight, percent: percentBand.min, places });
  const max = toEdgeUnits({ weight, percent: percentBand.max, places });
  if (min === null || max === null) return null;
  const isLowerClosed = policy.qualitativeClosedEdge === 'lower';
  // The outermost edges (0 and w) always belong to their band.
  return {
    min,
    max,
    includesMin: attainment === 'not-met' || isLowerClosed,
    includesMax: attainment === 'met' || !isLowerClosed,
  };
}

/** The score inside `band` nearest to `units` (one unit inside an open edge). */
export function clampToBand(units: number, band: UnitsBand): number {
  if (isInsideBand(units, band)) return units;
  // Never step past the other edge: a band of a zero weight is just 0.
  if (units <= band.min) return band.includesMin ? band.min : Math.min(band.min + 1, band.max);
  return band.includesMax ? band.max : Math.max(band.max - 1, band.min);
}

const ATTAINMENT_NAMES: Record<Attainment, string> = {
  met: '达成',
  partial: '部分达成',
  'not-met': '未达成',
};

/** Scores an indicator whose attainment is known only as a band (定性, or a change in the wrong direction). */
export function scoreBanded(input: {
  attainment: Attainment;
  weight: Scaled;
  /** 得分 as entered (kept when inside the band). */
  enteredScore: string | null | undefined;
  policy: ScoringPolicy;
  rule: 'qualitative' | 'change';
}): RuleOutcome {
  const { attainment, weight, policy, rule } = input;
  const band = toQualitativeBand({ attainment, weight, policy });
  if (!band) return { units: null, attainment, rule, reason: '分值无法计算区间' };
  if (attainment === 'met')
    return { units: band.max, attainment, rule, band, reason: '达成年度指标，得满分' };
  const enteredUnits = toUnits(input.enteredScore, policy.roundingPlaces);
  const isEnteredInside = enteredUnits !== null && isInsideBand(enteredUnits, band);
  const units = clampToBand(enteredUnits ?? band.min, band);
  const how: BandedScoreSource = isEnteredInside ? 'entered' : enteredUnits === null ? 'lower-edge' : 'nearest';
  return { units, attainment, rule, band, reason: BANDED_REASONS[attainment][how] };
}

type BandedScoreSource = 'entered' | 'lower-edge' | 'nearest';

const BANDED_SOURCE_WORDS: Record<BandedScoreSource, string> = {
  entered: '采用填报得分',
  'lower-edge': '未填报得分，取区间下限',
  nearest: '填报得分不在区间内，取区间内最接近的值',
};

/** Every reason a banded score can give, built once: one string per outcome over a million rows was GC work. */
const BANDED_REASONS = Object.fromEntries(
  (Object.keys(ATTAINMENT_NAMES) as Attainment[]).map((attainment) => [
    attainment,
    Object.fromEntries(
      (Object.keys(BANDED_SOURCE_WORDS) as BandedScoreSource[]).map((source) => [
        source,
        `${ATTAINMENT_NAMES[attainment]}年度指标，${BANDED_SOURCE_WORDS[source]}`,
      ]),
    ),
  ]),
) as Record<Attainment, Record<BandedScoreSource, string>>;
