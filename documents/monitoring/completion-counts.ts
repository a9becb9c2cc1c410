/**
 * Completion counts of narrative reports: a sentence that names how many indicators were set and
 * how many are done ("设置绩效指标12个，已完成9个，完成率75%"), with the 完成率 when it states one.
 */
import type { CompletionCount } from '../../core/monitoring/schema.ts';
import { compact } from '../text/normalize.ts';
import { completionRatePattern, indicatorCompletedPatterns, indicatorTotalPatterns } from './vocabulary.ts';

function firstNumber(patterns: readonly RegExp[], text: string): { value: number; end: number } | null {
  for (const pattern of patterns) {
    const match = pattern.exec(text);
    if (match?.[1]) return { value: Number(match[1]), end: match.index + match[0].length };
  }
  return null;
}

/** Every sentence stating both counts (the completed count after the total). */
export function readCompletionCounts(lines: readonly string[]): CompletionCount[] {
  const counts: CompletionCount[] = [];
  for (const [index, text] of lines.entries()) {
    for (const sentence of compact(text).split(/[。；;！!]/)) {
      const total = firstNumber(indicatorTotalPatterns, sentence);
      if (!total) continue;
      const completed = firstNumber(indicatorCompletedPatterns, sentence.slice(total.end));
      if (!completed) continue;
      const rate = completionRatePattern.exec(sentence)?.[1] ?? null;
      counts.push({ total: total.value, completed: completed.value, rate, line: index + 1 });
    }
  }
  return counts;
}
