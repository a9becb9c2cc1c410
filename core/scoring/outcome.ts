/** What one scoring rule concludes about one indicator, in integer score units (10^−places). */

/** Whether the actual meets the target: fully, partly, or not at all. */
export type Attainment = 'met' | 'partial' | 'not-met';

/** Which rule scored the indicator. */
export type ScoringRule =
  'higher-better' | 'equal' | 'lower-better' | 'qualitative' | 'change' | 'coefficient' | 'not-scored';

/** A qualitative band in score units; an open edge belongs to the neighbouring band. */
export interface UnitsBand {
  min: number;
  max: number;
  includesMin: boolean;
  includesMax: boolean;
}

export interface RuleOutcome {
  /** Suggested score in units of 10^−places; null when the rules cannot give one. */
  units: number | null;
  attainment: Attainment | null;
  rule: ScoringRule;
  /** Short Chinese explanation of how the score was computed (or why not). */
  reason: string;
  /** The band the entered score must lie in (定性 and not-met change values). */
  band?: UnitsBand;
}

/** An outcome for an indicator the rules cannot score, with the reason in Chinese. */
export function describeNotScored(reason: string): RuleOutcome {
  return { units: null, attainment: null, rule: 'not-scored', reason };
}

/** Whether `units` lies inside `band`, honouring which edges are closed. */
export function isInsideBand(units: number, band: UnitsBand): boolean {
  const aboveMin = band.includesMin ? units >= band.min : units > band.min;
  const belowMax = band.includesMax ? units <= band.max : units < band.max;
  return aboveMin && belowMax;
}
