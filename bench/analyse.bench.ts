/**
 * analyseDocument (score + every check) on the 1,000,000-indicator scoring bench document
 * (issue 14 item 7, aim < 1 s CPU). Prints a sha256 of the whole result (every goal's scored
 * indicators and every finding, JSON), so a change to the checks can show that it returns the
 * same document, finding for finding. The result makes its findings and scored indicators when
 * read (core/lazy-property.ts), so two more lines time the call followed by reading every finding
 * (each field, message and path included), and by reading every finding and every scored indicator:
 * what a caller that uses everything pays.
 */
import { createHash } from 'node:crypto';
import { analyseDocument } from '../core/analyse.ts';
import type { PerformanceDocument } from '../core/model.ts';
import type { Measurement } from './measurement.ts';
import { buildBenchDocument, measureCpu } from './scoring.bench.ts';

/** Reads each field of every finding; gives a number that depends on all of them. */
function readEveryFinding(result: PerformanceDocument): number {
  let characters = 0;
  for (const finding of result.findings) {
    characters += finding.severity.length + finding.code.length + finding.message.length + finding.path.length + (finding.line ?? 0);
  }
  return characters;
}

/** Reads every scored indicator's suggested score. */
function readEveryIndicator(result: PerformanceDocument): number {
  let scored = 0;
  for (const goal of result.goals) {
    for (const indicator of goal.indicators) if (indicator.suggestedScore != null) scored++;
  }
  return scored;
}

function hashResult(result: PerformanceDocument): string {
  // The whole result is past V8's longest string: hash it part by part.
  const hasher = createHash('sha256').update(JSON.stringify({ ...result, goals: [], findings: [] }));
  for (const goal of result.goals) hasher.update(JSON.stringify(goal));
  for (const finding of result.findings) hasher.update(JSON.stringify(finding));
  return hasher.digest('hex');
}

/** The call alone, then the hash and count of its result (read after the clock stopped). */
function measureAnalyse(document: PerformanceDocument): { cpuMs: number; wallMs: number; hash: string; findings: number } {
  const { result, cpuMs, wallMs } = measureCpu(() => analyseDocument(document));
  return { cpuMs, wallMs, hash: hashResult(result), findings: result.findings.length };
}

export async function benchAnalyse(): Promise<Measurement[]> {
  readEveryFinding(analyseDocument(buildBenchDocument(50_000)));
  const document = buildBenchDocument();
  const analysed = measureAnalyse(document);
  // Each line analyses afresh: a result already read would have its findings made.
  const withFindings = measureCpu(() => readEveryFinding(analyseDocument(document)));
  const withEverything = measureCpu(() => {
    const result = analyseDocument(document);
    return readEveryFinding(result) + readEveryIndicator(result);
  });
  return [
    { name: 'analyseDocument on 1,000,000 indicators, CPU', value: Math.round(analysed.cpuMs), unit: 'ms' },
    { name: 'analyseDocument on 1,000,000 indicators, wall', value: Math.round(analysed.wallMs), unit: 'ms' },
    { name: `findings (result sha256 ${analysed.hash.slice(0, 16)})`, value: analysed.findings, unit: 'findings' },
    { name: 'analyseDocument + reading every finding, CPU', value: Math.round(withFindings.cpuMs), unit: 'ms' },
    { name: 'analyseDocument + reading every finding and scored indicator, CPU', value: Math.round(withEverything.cpuMs), unit: 'ms' },
  ];
}
