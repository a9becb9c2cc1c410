/**
 * A finding about one indicator whose Chinese message and path are built when first read, not
 * when the check runs. A document can hold a million indicators and as many findings
 * (bench/analyse.bench.ts): building and keeping a message string and a path string for each
 * cost several seconds of garbage collection. Reading `message` or `path`, JSON.stringify
 * (toJSON) and toPlainFinding all give exactly what a plain finding would hold.
 *
 * The fields live on the prototype as getters, so a structured clone (postMessage to or from a
 * worker thread) or a spread would lose them: code that sends findings across such a boundary
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

export class IndicatorFinding<Detail = null> implements Finding {
  readonly severity: Severity;
  readonly code: string;
  readonly line: number | undefined;
  readonly #indicator: Indicator;
  readonly #goalIndex: number;
  readonly #indicatorIndex: number;
  /** The indicator's field the finding is about ("score", "target" …). */
  readonly #field: string;
  readonly #describe: DescribeIndicator<Detail>;
  readonly #detail: Detail;
  #message: string | undefined;

  constructor(input: {
    severity: Severity;
    code: string;
    indicator: Indicator;
    goalIndex: number;
    indicatorIndex: number;
    field: string;
    describe: DescribeIndicator<Detail>;
    detail: Detail;
  }) {
    this.severity = input.severity;
    this.code = input.code;
    this.line = input.indicator.line;
    this.#indicator = input.indicator;
    this.#goalIndex = input.goalIndex;
    this.#indicatorIndex = input.indicatorIndex;
    this.#field = input.field;
    this.#describe = input.describe;
    this.#detail = input.detail;
    this.#message = undefined;
  }

  /** Chinese, says what to fix; built on first read. */
  get message(): string {
    if (this.#message === undefined) this.#message = this.#describe(this.#indicator, this.#detail);
    return this.#message;
  }

  /** "goals.0.indicators.3.target". */
  get path(): string {
    return `${indicatorPath(this.#goalIndex, this.#indicatorIndex)}.${this.#field}`;
  }

  /** The plain finding, keys in the order createFinding gives them (JSON output is unchanged). */
  toJSON(): Finding {
    const { severity, code, message, path, line } = this;
    return line === undefined ? { severity, code, message, path } : { severity, code, message, path, line };
  }
}

/** The finding as a plain object: what JSON, a structured clone and deep equality should see. */
export function toPlainFinding(finding: Finding): Finding {
  return finding instanceof IndicatorFinding ? finding.toJSON() : finding;
}

/** The document with plain findings, ready for postMessage; the same object when they already are. */
export function withPlainFindings<T extends { findings: Finding[] }>(document: T): T {
  if (!document.findings.some((finding) => finding instanceof IndicatorFinding)) return document;
  return { ...document, findings: document.findings.map(toPlainFinding) };
}
