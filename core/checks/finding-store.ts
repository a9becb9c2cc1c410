/**
 * A document's findings in their order, some as objects (the reader's, the whole-document
 * checks') and the one-indicator checks' as columns (core/checks/finding-columns.ts). It answers
 * how many there are, how many of each severity and the finding at a position without making the
 * rest; toArray makes the `Finding[]` the document model holds.
 */
import type { Finding, Goal, Severity } from '../model.ts';
import { FindingColumns } from './finding-columns.ts';

type Segment = readonly Finding[] | FindingColumns;

export class FindingStore {
  readonly #segments: Segment[] = [];
  readonly #goals: readonly Goal[];
  #length = 0;

  /** `goals`: the goals whose indicators the columns' rows point into. */
  constructor(goals: readonly Goal[]) {
    this.#goals = goals;
  }

  get length(): number {
    return this.#length;
  }

  /** Appends findings after those already held; empty lists are skipped. */
  append(segment: Segment): void {
    if (segment.length === 0) return;
    this.#segments.push(segment);
    this.#length += segment.length;
  }

  /** The finding at `position`, made on its own; undefined past the end. */
  at(position: number): Finding | undefined {
    if (position < 0 || position >= this.#length) return undefined;
    let offset = position;
    for (const segment of this.#segments) {
      if (offset < segment.length) {
        return segment instanceof FindingColumns ? segment.findingAt(offset, this.#goals) : segment[offset];
      }
      offset -= segment.length;
    }
    return undefined;
  }

  /** How many findings of each severity, without making any. */
  countBySeverity(): Record<Severity, number> {
    const counts: Record<Severity, number> = { error: 0, warning: 0, info: 0 };
    for (const segment of this.#segments) {
      if (segment instanceof FindingColumns) {
        for (let position = 0; position < segment.length; position++) counts[segment.severityAt(position)]++;
      } else {
        for (const finding of segment) counts[finding.severity]++;
      }
    }
    return counts;
  }

  /** Every finding, in order, in one array of the right length. */
  toArray(): Finding[] {
    const findings = new Array<Finding>(this.#length);
    const goals = this.#goals;
    let position = 0;
    for (const segment of this.#segments) {
      if (segment instanceof FindingColumns) {
        for (let offset = 0; offset < segment.length; offset++) findings[position++] = segment.findingAt(offset, goals);
      } else {
        for (let offset = 0; offset < segment.length; offset++) findings[position++] = segment[offset] as Finding;
      }
    }
    return findings;
  }
}
