/**
 * Which documents a unit has in a year and the review state each is left in. Every unit has a
 * target table each year; past years add a self-evaluation, and some units an evaluation report
 * or an approval table. The first documents of each kind take every state of its flow in turn,
 * so even a tiny province holds every state; the rest draw states weighted by the year's age
 * (old years mostly finished, the current year mostly in progress).
 */
import type { DocumentKind } from '../../../core/model.ts';
import { listStatesOfKind, type ReviewState } from '../../../core/review/states.ts';
import type { Random } from './random.ts';

export interface PlannedDocument {
  kind: DocumentKind;
  state: ReviewState;
}

/** Of past unit-years, one in this many has an evaluation report, and one in this many an approval table. */
const evaluationReportEvery = 3;
const approvalTableEvery = 3;

/** States of a finished year (mostly done) and of the current year (mostly in progress), as weights in flow order. */
const pastWeights = [2, 1, 2, 3, 10, 12];
const currentWeights = [10, 3, 6, 4, 2, 1];

function drawWeighted(random: Random, states: readonly ReviewState[], weights: readonly number[]): ReviewState {
  const total = weights.reduce((sum, weight) => sum + weight, 0);
  let draw = random.next() * total;
  for (const [index, state] of states.entries()) {
    draw -= weights[index]!;
    if (draw < 0) return state;
  }
  return states.at(-1)!;
}

export interface StatePlanner {
  /** The documents of one unit in one year (`isCurrentYear`: the open year being filled in). */
  plan(random: Random, input: { unitIndex: number; isCurrentYear: boolean }): PlannedDocument[];
}

/** A planner that remembers how many documents of each kind it gave out (for the round-robin start). */
export function createStatePlanner(): StatePlanner {
  const counts = new Map<DocumentKind, number>();
  const nextState = (random: Random, kind: DocumentKind, isCurrentYear: boolean): ReviewState => {
    const states = listStatesOfKind(kind);
    const seen = counts.get(kind) ?? 0;
    counts.set(kind, seen + 1);
    if (seen < states.length) return states[seen]!;
    return drawWeighted(random, states, isCurrentYear ? currentWeights : pastWeights);
  };
  return {
    plan(random, { unitIndex, isCurrentYear }) {
      const documents: PlannedDocument[] = [{ kind: 'target-table', state: nextState(random, 'target-table', isCurrentYear) }];
      if (isCurrentYear) return documents;
      documents.push({ kind: 'self-evaluation', state: nextState(random, 'self-evaluation', false) });
      if (unitIndex % evaluationReportEvery === 0) documents.push({ kind: 'evaluation-report', state: nextState(random, 'evaluation-report', false) });
      if (unitIndex % approvalTableEvery === 1) documents.push({ kind: 'approval-table', state: nextState(random, 'approval-table', false) });
      return documents;
    },
  };
}
