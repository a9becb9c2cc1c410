/**
 * The one-indicator checks' findings kept as three columns — the kind, the goal and the row —
 * instead of an object each. A document of a million indicators has about as many findings
 * (bench/analyse.bench.ts); as objects they all survived every scavenge and cost a third of the
 * analysis in garbage collection. A finding becomes an IndicatorFinding, worded when read, only
 * when it is read (findingAt), from the document's own indicators.
 */
import type { Finding, Goal, Indicator } from '../model.ts';
import { IndicatorFinding, type IndicatorFindingKind, type IndicatorFindingSink, type IndicatorPlace } from './indicator-finding.ts';

const INITIAL_CAPACITY = 64;
/** Kinds are indexed in a byte: a check run knows a dozen, far below this. */
const MAX_KINDS = 256;

export class FindingColumns implements IndicatorFindingSink {
  readonly #kinds: Array<IndicatorFindingKind<unknown>> = [];
  #kindIndexes: Uint8Array;
  #goalIndexes: Int32Array;
  #rowIndexes: Int32Array;
  #length = 0;
  /** The last kind added and its index: most rows in a row repeat it. */
  #lastKind: IndicatorFindingKind<unknown> | null = null;
  #lastKindIndex = 0;

  /**
   * `capacity`: how many findings to make room for at once (the number of indicators, when a
   * check gives at most one per indicator): growing a million rows by doubling copied them again
   * and again and made garbage collections of its own.
   */
  constructor(capacity = INITIAL_CAPACITY) {
    const size = Math.max(1, capacity);
    this.#kindIndexes = new Uint8Array(size);
    this.#goalIndexes = new Int32Array(size);
    this.#rowIndexes = new Int32Array(size);
  }

  get length(): number {
    return this.#length;
  }

  add<Detail>(kind: IndicatorFindingKind<Detail>, place: IndicatorPlace): void {
    if (this.#length === this.#kindIndexes.length) this.#grow();
    const position = this.#length++;
    this.#kindIndexes[position] = this.#indexOfKind(kind as unknown as IndicatorFindingKind<unknown>);
    this.#goalIndexes[position] = place.goalIndex;
    this.#rowIndexes[position] = place.indicatorIndex;
  }

  /**
   * The finding at `position` (0 ≤ position < length), about an indicator of `goals` — the goals
   * the check ran over, or any with the same indicators in the same places.
   */
  findingAt(position: number, goals: readonly Goal[]): Finding {
    const goalIndex = this.#goalIndexes[position] as number;
    const indicatorIndex = this.#rowIndexes[position] as number;
    const indicator = (goals[goalIndex] as Goal).indicators[indicatorIndex] as Indicator;
    const kind = this.#kinds[this.#kindIndexes[position] as number] as IndicatorFindingKind<unknown>;
    return new IndicatorFinding(kind, { indicator, goalIndex, indicatorIndex });
  }

  /** The severity of the finding at `position`, without making the finding. */
  severityAt(position: number): Finding['severity'] {
    return (this.#kinds[this.#kindIndexes[position] as number] as IndicatorFindingKind<unknown>).severity;
  }

  #indexOfKind(kind: IndicatorFindingKind<unknown>): number {
    if (kind === this.#lastKind) return this.#lastKindIndex;
    let index = this.#kinds.indexOf(kind);
    if (index === -1) {
      if (this.#kinds.length === MAX_KINDS) throw new Error('FindingColumns: more than 256 kinds of finding in one run');
      index = this.#kinds.push(kind) - 1;
    }
    this.#lastKind = kind;
    this.#lastKindIndex = index;
    return index;
  }

  #grow(): void {
    const capacity = this.#kindIndexes.length * 2;
    const kindIndexes = new Uint8Array(capacity);
    kindIndexes.set(this.#kindIndexes);
    const goalIndexes = new Int32Array(capacity);
    goalIndexes.set(this.#goalIndexes);
    const rowIndexes = new Int32Array(capacity);
    rowIndexes.set(this.#rowIndexes);
    this.#kindIndexes = kindIndexes;
    this.#goalIndexes = goalIndexes;
    this.#rowIndexes = rowIndexes;
  }
}
