/** Test helpers for monitoring lights: an indicator and a monitoring table from plain strings. Test-only. */
import { parseIndicatorValue } from '../indicator-value/index.ts';
import { createEmptyDocument, type Indicator, type PerformanceDocument } from '../model.ts';
import type { MonitoringPeriod } from './schema.ts';

export function buildIndicator(input: {
  name?: string;
  target: string;
  actualToDate?: string | null;
}): Indicator {
  const name = input.name ?? '培训人次';
  return {
    level1: '产出指标',
    level2: '数量指标',
    name,
    target: parseIndicatorValue(input.target, { name }),
    monitoring: {
      actualToDate: input.actualToDate == null ? null : parseIndicatorValue(input.actualToDate, { name }),
    },
  };
}

export function buildMonitoringTable(input: {
  period: MonitoringPeriod;
  budget?: { adjusted?: string; initial?: string; executedToDate?: string };
  indicators?: Indicator[];
  year?: number;
}): PerformanceDocument {
  const document = createEmptyDocument('monitoring', 'project');
  document.year = input.year ?? 2025;
  document.budget = { ...input.budget };
  document.monitoring = { period: input.period };
  document.goals = [{ name: '', indicators: input.indicators ?? [] }];
  return document;
}
