/**
 * The finance overview of a round (issue 11): lights counted per unit (the heat map), each unit's
 * execution rate against time progress, late units with days overdue, conclusions counted.
 */
import type { RoundOverview } from '../../../contract/monitoring-rounds.ts';
import { Dec, roundDecimal } from '../../../core/decimal.ts';
import { computeTimeProgress, defaultLightPolicy, lights, monitoringConclusionNames, type Light } from '../../../core/monitoring/index.ts';
import type { Actor } from '../actor.ts';
import type { ServiceDeps } from '../deps.ts';
import { loadRoundFor } from './get-monitoring-round.ts';
import { sumExecutionRate, type LoadedEntry } from './load-round-entries.ts';

type LightCounts = Record<Light | 'none', number>;

function emptyCounts(): LightCounts {
  return { green: 0, yellow: 0, red: 0, blue: 0, none: 0 };
}

export async function getRoundOverview(deps: ServiceDeps, input: { actor: Actor; id: string }): Promise<RoundOverview> {
  const { round, entries } = await loadRoundFor(deps, input);
  const byUnit = new Map<string, LoadedEntry[]>();
  for (const entry of entries) {
    if (entry.documentId === null) continue;
    const list = byUnit.get(entry.organisationId) ?? [];
    list.push(entry);
    byUnit.set(entry.organisationId, list);
  }
  const units = [...byUnit.values()].map((list) => {
    const budget = emptyCounts();
    const target = emptyCounts();
    for (const entry of list) {
      budget[entry.budgetLight && lights.includes(entry.budgetLight) ? entry.budgetLight : 'none']++;
      target[entry.targetLight && lights.includes(entry.targetLight) ? entry.targetLight : 'none']++;
    }
    const first = list[0] as LoadedEntry;
    return { organisationId: first.organisationId, organisationName: first.organisationName, budget, target, executionRate: sumExecutionRate(list) };
  });
  const late = new Map<string, RoundOverview['lateUnits'][number]>();
  for (const entry of entries) {
    if (!entry.isLate) continue;
    const known = late.get(entry.organisationId);
    if (!known || known.daysOverdue < entry.daysOverdue) {
      late.set(entry.organisationId, { organisationId: entry.organisationId, organisationName: entry.organisationName, daysOverdue: entry.daysOverdue, lastRemindedAt: entry.lastRemindedAt });
    }
  }
  const conclusions: Record<string, number> = {};
  for (const entry of entries) if (entry.conclusion) conclusions[monitoringConclusionNames[entry.conclusion]] = (conclusions[monitoringConclusionNames[entry.conclusion]] ?? 0) + 1;
  // 序时进度 of the round's window, by the default policy's count (months or days).
  const progress = computeTimeProgress({ period: round.period, mode: defaultLightPolicy.timeProgress, year: round.year });
  const timeProgress = progress ? roundDecimal(new Dec(progress.numerator).times(100).dividedBy(progress.denominator)) : null;
  return { roundId: round.id, timeProgress, units, lateUnits: [...late.values()].sort((a, b) => b.daysOverdue - a.daysOverdue), conclusions };
}
