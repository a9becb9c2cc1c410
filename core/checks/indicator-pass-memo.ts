/**
 * What the one pass over the indicators (core/analyse-indicators.ts) worked out for each row —
 * its rules' outcome and the kinds of one-indicator finding it got — kept by the indicator
 * object, so analysing the next version of a document works out only the rows that are new
 * objects (issue 14 item 3: an autosave changes one indicator of a hundred, and every other row
 * is the very object the previous save analysed). Both depend on the indicator and the policy
 * alone, never on the row's place or the rest of the document; the totals are still summed and
 * the whole-document checks still run over every row, from these answers.
 *
 * Only for indicators nobody changes after they are analysed: the saves' bodies (the stored-body
 * cache's, deep-frozen under tests) and the request's edited row. A memo holds its keys weakly.
 */
import type { Indicator } from '../model.ts';
import type { RuleOutcome, ScoringPolicy } from '../scoring/index.ts';
import type { IndicatorFindingKind } from './indicator-finding.ts';

type Kinds = ReadonlyArray<IndicatorFindingKind<unknown>>;

/** One row's answers: the outcome, and the kinds each one-indicator check's column got, in order. */
export interface IndicatorPass {
  readonly policy: ScoringPolicy;
  readonly outcome: RuleOutcome;
  readonly scoreKinds: Kinds;
  readonly targetKinds: Kinds;
  readonly deviationKinds: Kinds;
}

export class IndicatorPassMemo {
  readonly #passes = new WeakMap<Indicator, IndicatorPass>();

  /** The answers for `indicator` under `policy`, if worked out before. */
  get(indicator: Indicator, policy: ScoringPolicy): IndicatorPass | undefined {
    const pass = this.#passes.get(indicator);
    return pass !== undefined && pass.policy === policy ? pass : undefined;
  }

  set(indicator: Indicator, pass: IndicatorPass): void {
    this.#passes.set(indicator, pass);
  }
}
