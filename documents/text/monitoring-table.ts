import { createEmptyDocument, type PerformanceDocument, type Scope } from '../../core/model.ts';

/** Reads a 绩效运行监控表 (filled in step 4 of issue 11). */
export function readMonitoring(lines: readonly string[], scope: Scope): PerformanceDocument {
  void lines;
  return createEmptyDocument('monitoring', scope);
}
