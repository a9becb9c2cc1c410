/**
 * The one-indicator checks' findings kept as columns — the goal, and the row with the kind beside
 * it, in one typed array — instead of an object each. A document of a million indicators has
 * about as many findings (bench/analyse.bench.ts); as objects they all survived every scavenge and
 * cost a third of the analysis in garbage collection. A finding becomes an IndicatorFinding,
 * worded when read, only when it is read (findingAt), from the document's own indicators.
 */
import type { Finding, Goal, Indicator } from '../model.ts';
import { IndicatorFinding, type IndicatorFindingKind, type IndicatorFindingSink, type IndicatorPlace } from './indicator-finding.ts';

const INITIAL_CAPACITY = 64;
/** Kinds are kept in the low bits beside the row: a check run knows a handful, far below this. */
const KIND_BITS = 4;
const MAX_KINDS = 1 << KIND_BITS;
/** Rows past this in one goal cannot be packed beside a kind (document limits are far lower). */
const MAX_ROW = 2 ** (31 - KIND_BITS) - 1;

export class FindingColumns implements IndicatorFindingSink {
  readonly #kinds: Array<IndicatorFindingKind<unknown>> = [];
  /** Two numbers per finding, side by side (one stream of writes): its goal, then row << KIND_BITS | kind. */
  #entries: Int32Array;
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
    this.#entries = new Int32Array(Math.max(1, capacity) * 2);
  }

  get length(): number {
    return this.#length;
  }

  add<Detail>(kind: IndicatorFindingKind<Detail>, place: IndicatorPlace): void {
    if (this.#length * 2 === this.#entries.length) this.#grow();
    if (place.indicatorIndex > MAX_ROW) throw new Error('FindingColumns: a goal with more rows than a finding can point to');
    const at = this.#length++ * 2;
    const entries = this.#entries;
    entries[at] = place.goalIndex;
    entries[at + 1] = (place.indicatorIndex << KIND_BITS) | this.#indexOfKind(kind as unknown as IndicatorFindingKind<unknown>);
  }

  /**
   * The finding at `position` (0 ≤ position < length), about an indicator of `goals` — the goals
   * the check ran over, or any with the same indicators in the same places.
   */
  findingAt(position: number, goals: readonly Goal[]): Finding {
    const goalIndex = this.#entries[position * 2] as number;
    const packed = this.#entries[position * 2 + 1] as number;
    const indicatorIndex = packed >>> KIND_BITS;
    const indicator = (goals[goalIndex] as Goal).indicators[indicatorIndex] as Indicator;
    const kind = this.#kinds[packed & (MAX_KINDS - 1)] as IndicatorFindingKind<unknown>;
    return new IndicatorFinding(kind, { indicator, goalIndex, indicatorIndex });
  }

  /** The severity of the finding at `position`, without making the finding. */
  severityAt(position: number): Finding['severity'] {
    const packed = this.#entries[position * 2 + 1] as number;
    return (this.#kinds[packed & (MAX_KINDS - 1)] as IndicatorFindingKind<unknown>).severity;
  }

  #indexOfKind(kind: IndicatorFindingKind<unknown>): number {
    if (kind === this.#lastKind) return this.#lastKindIndex;
    let index = this.#kinds.indexOf(kind);
    if (index === -1) {
      if (this.#kinds.length === MAX_KINDS) throw new Error(`FindingColumns: more than ${MAX_KINDS} kinds of finding in one run`);
      index = this.#kinds.push(kind) - 1;
    }
    this.#lastKind = kind;
    this.#lastKindIndex = index;
    return index;
  }

  #grow(): void {
    const entries = new Int32Array(this.#entries.length * 2);
    entries.set(this.#entries);
    this.#entries = entries;
  }
}
