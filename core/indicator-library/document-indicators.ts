/** The indicators of a document as the library records them: name key, level, unit, direction and numbers. */
import type { IndicatorValue, PerformanceDocument } from '../model.ts';
import { normaliseIndicatorName } from './normalise-name.ts';

export interface RecordedIndicator {
  nameKey: string;
  name: string;
  level1: string;
  level2: string;
  unit: string;
  direction: IndicatorValue['direction'];
  targetText: string | null;
  /** The number of an absolute target; null for 定性 and for changes (下降15% is relative to a base we do not know). */
  targetValue: number | null;
  actualText: string | null;
  actualValue: number | null;
}

const WHITESPACE = /\s+/g;

function readNumber(value: IndicatorValue | null | undefined): number | null {
  if (!value || value.value === null || value.change !== null) return null;
  const number = Number(value.value);
  return Number.isFinite(number) ? number : null;
}

/** Every named indicator of the document, in order (unnamed rows are left out). */
export function listRecordedIndicators(document: PerformanceDocument): RecordedIndicator[] {
  const recorded: RecordedIndicator[] = [];
  for (const goal of document.goals) {
    for (const indicator of goal.indicators) {
      const name = indicator.name.replace(WHITESPACE, '');
      if (name === '') continue;
      const target = indicator.target ?? null;
      const actual = indicator.actual ?? null;
      recorded.push({
        nameKey: normaliseIndicatorName(name),
        name,
        level1: indicator.level1.replace(WHITESPACE, ''),
        level2: indicator.level2.replace(WHITESPACE, ''),
        unit: target?.unit ?? actual?.unit ?? '',
        direction: target?.direction ?? actual?.direction ?? 'qualitative',
        targetText: target?.text ?? null,
        targetValue: readNumber(target),
        actualText: actual?.text ?? null,
        actualValue: readNumber(actual),
      });
    }
  }
  return recorded;
}
