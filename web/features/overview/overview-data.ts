/**
 * What the finance bureau's overview shows, computed from the summary rows (pure, so it is tested
 * without a browser): each unit's progress per document kind and who is behind, documents by
 * state, execution rates and scores in bands, grades. Comparisons use exact decimals (core/decimal).
 */
import { Dec, toDecimal } from '../../../core/decimal.ts';
import { grades, type DocumentKind, type Grade } from '../../../core/model.ts';
import { reviewStates, type ReviewState } from '../../../core/review/index.ts';
import type { SummaryRow, SummaryUnit } from './overview-api.ts';

/** The documents a unit hands in each year (the approval table is produced by finance). */
export const trackedKinds = [
  'target-table',
  'self-evaluation',
  'evaluation-report',
] as const satisfies readonly DocumentKind[];
export type TrackedKind = (typeof trackedKinds)[number];

/** States in which the unit still has to act: nothing handed in, or sent back to it. */
const pendingStates: readonly ReviewState[] = ['draft', 'returned'];

export interface UnitProgress {
  unitId: string;
  unit: string;
  supervisor: string | null;
  /** The department-scope document of each kind (null: none the reader can see, i.e. not handed in). */
  documents: Record<TrackedKind, SummaryRow | null>;
  /** Kinds not handed in or returned to the unit. */
  pendingKinds: TrackedKind[];
  score: string | null;
  grade: Grade | null;
}

/** Each unit's progress, units with the most pending documents first. */
export function listUnitProgress(input: {
  rows: readonly SummaryRow[];
  units: readonly SummaryUnit[];
}): UnitProgress[] {
  const progress = input.units.map((unit): UnitProgress => {
    const documents = { 'target-table': null, 'self-evaluation': null, 'evaluation-report': null } as Record<
      TrackedKind,
      SummaryRow | null
    >;
    for (const row of input.rows) {
      if (row.organisationId !== unit.id || row.project !== null) continue;
      if ((trackedKinds as readonly string[]).includes(row.kind)) documents[row.kind as TrackedKind] = row;
    }
    const pendingKinds = trackedKinds.filter((kind) => {
      const row = documents[kind];
      return row === null || pendingStates.includes(row.state);
    });
    const selfEvaluation = documents['self-evaluation'];
    return {
      unitId: unit.id,
      unit: unit.name,
      supervisor: unit.supervisor,
      documents,
      pendingKinds,
      score: selfEvaluation?.score ?? null,
      grade: selfEvaluation?.grade ?? null,
    };
  });
  return progress.sort(
    (a, b) => b.pendingKinds.length - a.pendingKinds.length || a.unit.localeCompare(b.unit, 'zh-CN'),
  );
}

/** Number of documents of each kind in each state (only states that occur). */
export function countStatesByKind(rows: readonly SummaryRow[]): {
  kinds: DocumentKind[];
  states: ReviewState[];
  counts: Record<string, Record<string, number>>;
} {
  const counts: Record<string, Record<string, number>> = {};
  for (const row of rows) {
    counts[row.kind] ??= {};
    counts[row.kind]![row.state] = (counts[row.kind]![row.state] ?? 0) + 1;
  }
  const kinds = Object.keys(counts) as DocumentKind[];
  const states = reviewStates.filter((state) => kinds.some((kind) => (counts[kind]![state] ?? 0) > 0));
  return { kinds, states, counts };
}

export interface Band {
  label: string;
  count: number;
}

/** Counts values into bands [edges[i], edges[i+1]); the last band is open above. */
function countIntoBands(
  values: readonly Dec[],
  bands: ReadonlyArray<{ label: string; from: number }>,
): Band[] {
  return bands.map((band, index) => {
    const next = bands[index + 1];
    const count = values.filter(
      (value) => value.gte(band.from) && (next === undefined || value.lt(next.from)),
    ).length;
    return { label: band.label, count };
  });
}

function readDecimals(values: ReadonlyArray<string | null>): Dec[] {
  return values.map((value) => toDecimal(value)).filter((value): value is Dec => value !== null);
}

/**
 * Self-evaluations by 执行率, in the bands the monitoring rules use (DOMAIN.md: < 60 red,
 * 60–80 yellow, ≥ 80 green; 100% or more shown apart).
 */
export function bandExecutionRates(rows: readonly SummaryRow[]): Band[] {
  const rates = readDecimals(
    rows.filter((row) => row.kind === 'self-evaluation').map((row) => row.executionRate),
  );
  return countIntoBands(rates, [
    { label: '60%以下', from: -Infinity },
    { label: '60%–80%', from: 60 },
    { label: '80%–90%', from: 80 },
    { label: '90%–100%', from: 90 },
    { label: '100%及以上', from: 100 },
  ]);
}

/** Self-evaluation scores in the grade bands (优 ≥ 90, 良 80–<90, 中 60–<80, 差 < 60), 中 split in two. */
export function bandScores(rows: readonly SummaryRow[]): Band[] {
  const scores = readDecimals(rows.filter((row) => row.kind === 'self-evaluation').map((row) => row.score));
  return countIntoBands(scores, [
    { label: '60分以下', from: -Infinity },
    { label: '60–70分', from: 60 },
    { label: '70–80分', from: 70 },
    { label: '80–90分', from: 80 },
    { label: '90分及以上', from: 90 },
  ]);
}

/** Self-evaluations per grade, plus those without one. */
export function countGrades(rows: readonly SummaryRow[]): Band[] {
  const selfEvaluations = rows.filter((row) => row.kind === 'self-evaluation');
  const bands = grades.map((grade) => ({
    label: grade,
    count: selfEvaluations.filter((row) => row.grade === grade).length,
  }));
  const ungraded = selfEvaluations.filter((row) => row.grade === null).length;
  return ungraded > 0 ? [...bands, { label: '未评级', count: ungraded }] : bands;
}

/** Mean of the decimal strings with two decimals, or null when there are none. */
export function averageOf(values: ReadonlyArray<string | null>): string | null {
  const present = readDecimals(values);
  if (present.length === 0) return null;
  return present
    .reduce((sum, value) => sum.plus(value), new Dec(0))
    .div(present.length)
    .toFixed(2);
}
