/**
 * A finding about one indicator whose Chinese message and path are built when first read, not
 * when the check runs. A document can hold a million indicators and as many findings
 * (bench/analyse.bench.ts): building and keeping a message string and a path string for each
 * cost several seconds of garbage collection. Reading `message` or `path`, JSON.stringify
 * (toJSON) and toPlainFinding all give exactly what a plain finding would hold.
 *
 * The finding holds only its kind and the indicator's place; severity, code, line, message and
 * path are getters on the prototype, so a structured clone (postMessage to or from a worker
 * thread) or a spread would lose them: code that sends findings across such a boundary
 * calls withPlainFindings first (server/workers/heavy-tasks.ts does for every analysis).
 */
import type { Finding, Indicator, Severity } from '../model.ts';
import { indicatorPath } from './finding.ts';

/** Where an indicator stands in its document: the finding's indicator and its path. */
export interface IndicatorPlace {
  indicator: Indicator;
  goalIndex: number;
  indicatorIndex: number;
}

/** Words one indicator's finding from the indicator and what the check kept about it. */
export type DescribeIndicator<Detail> = (indicator: Indicator, detail: Detail) => string;

/**
 * What one check says about indicators of one kind (one code, one wording): every finding of that
 * kind shares it, so a finding itself holds only the kind and the indicator's place.
 */
export interface IndicatorFindingKind<Detail = null> {
  severity: Severity;
  code: string;
  /** The indicator's field the finding is about ("score", "target" …). */
  field: string;
  describe: DescribeIndicator<Detail>;
  /** What the wording needs besides the indicator (the scoring policy …), the same for the kind. */
  detail: Detail;
}

/**
 * Where the one-indicator checks report what they found: a list of IndicatorFindings
 * (IndicatorFindingList) or analyseDocument's compact columns (core/checks/finding-columns.ts).
 */
export interface IndicatorFindingSink {
  add<Detail>(kind: IndicatorFindingKind<Detail>, place: IndicatorPlace): void;
}

/** A sink that keeps each finding as an IndicatorFinding in `findings`. */
export class IndicatorFindingList implements IndicatorFindingSink {
  constructor(readonly findings: Finding[] = []) {}

  add<Detail>(kind: IndicatorFindingKind<Detail>, place: IndicatorPlace): void {
    this.findings.push(new IndicatorFinding(kind, place));
  }
}

export class IndicatorFinding<Detail = null> implements Finding {
  readonly #kind: IndicatorFindingKind<Detail>;
  readonly #indicator: Indicator;
  readonly #goalIndex: number;
  readonly #indicatorIndex: number;
  #message: string | undefined;

  constructor(kind: IndicatorFindingKind<Detail>, place: IndicatorPlace) {
    this.#kind = kind;
    this.#indicator = place.indicator;
    this.#goalIndex = place.goalIndex;
    this.#indicatorIndex = place.indicatorIndex;
    this.#message = undefined;
  }

  get severity(): Severity {
    return this.#kind.severity;
  }

  get code(): string {
    return this.#kind.code;
  }

  /** The indicator's source line, when known. */
  get line(): number | undefined {
    return this.#indicator.line;
  }

  /** Chinese, says what to fix; built on first read. */
  get message(): string {
    if (this.#message === undefined) this.#message = this.#kind.describe(this.#indicator, this.#kind.detail);
    return this.#message;
  }

  /** "goals.0.indicators.3.target". */
  get path(): string {
    return `${indicatorPath(this.#goalIndex, this.#indicatorIndex)}.${this.#kind.field}`;
  }

  /** The plain finding, keys in the order createFinding gives them (JSON output is unchanged). */
  toJSON(): Finding {
    const { severity, code, message, path, line } = this;
    return line === undefined ? { severity, code, message, path } : { severity, code, message, path, line };
  }
}

/**
 * Whether a finding is worded lazily: by its shape, not `instanceof`, because a process can hold
 * two copies of this class (the built server's chunk and this TypeScript file, when tsx is
 * registered too: the journeys' server once sent findings without message and path that way).
 */
function isLazyFinding(finding: Finding): finding is Finding & { toJSON(): Finding } {
  return Object.getPrototypeOf(finding) !== Object.prototype && typeof (finding as { toJSON?: unknown }).toJSON === 'function';
}

/** The finding as a plain object: what JSON, a structured clone and deep equality should see. */
export function toPlainFinding(finding: Finding): Finding {
  return isLazyFinding(finding) ? finding.toJSON() : finding;
}

/** The document with plain findings, ready for postMessage; the same object when they already are. */
export function withPlainFindings<T extends { findings: Finding[] }>(document: T): T {
  if (!document.findings.some(isLazyFinding)) return document;
  return { ...document, findings: document.findings.map(toPlainFinding) };
}
