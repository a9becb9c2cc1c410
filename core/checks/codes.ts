/** The stable codes of the checks (docs/findings.md), each with its severity. */
import type { Severity } from '../model.ts';

export const checkSeverities = {
  'budget-sum-mismatch': 'error',
  'weight-sum-mismatch': 'error',
  'score-sum-mismatch': 'error',
  'score-differs-from-rule': 'warning',
  'score-outside-band': 'error',
  'missing-target': 'error',
  'unit-mismatch': 'warning',
  'vague-target': 'warning',
  'rate-over-100': 'warning',
  'placeholder-indicator': 'warning',
  'missing-deviation': 'warning',
  'duplicate-indicator': 'warning',
  'missing-satisfaction': 'warning',
  'deviation-degree': 'warning',
  'stated-rate-mismatch': 'warning',
  'stated-count-mismatch': 'warning',
  'missing-monitoring-reason': 'warning',
  'letter-grade-from-scale': 'info',
  'letter-grade-unmapped': 'info',
} as const satisfies Record<string, Severity>;

export type CheckCode = keyof typeof checkSeverities;

/** Every code the checks produce; analyseDocument replaces earlier findings with these codes. */
export const checkCodes = Object.keys(checkSeverities) as CheckCode[];
