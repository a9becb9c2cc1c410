/**
 * analyseDocument (score + every check) on the 1,000,000-indicator scoring bench document
 * (issue 14 item 7, aim < 1 s CPU). Prints a sha256 of the result, so a change to the checks can
 * show that it returns the same document, finding for finding.
 */
import { createHash } from 'node:crypto';
import { analyseDocument } from '../core/analyse.ts';
import type { Measurement } from './measurement.ts';
import { buildBenchDocument, measureCpu } from './scoring.bench.ts';

export async function benchAnalyse(): Promise<Measurement[]> {
  analyseDocument(buildBenchDocument(50_000));
  const document = buildBenchDocument();
  const { result, cpuMs, wallMs } = measureCpu(() => analyseDocument(document));
  // The whole result is past V8's longest string: hash it part by part.
  const hasher = createHash('sha256').update(JSON.stringify({ ...result, goals: [], findings: [] }));
  for (const goal of result.goals) hasher.update(JSON.stringify(goal));
  for (const finding of result.findings) hasher.update(JSON.stringify(finding));
  const hash = hasher.digest('hex');
  return [
    { name: 'analyseDocument on 1,000,000 indicators, CPU', value: Math.round(cpuMs), unit: 'ms' },
    { name: 'analyseDocument on 1,000,000 indicators, wall', value: Math.round(wallMs), unit: 'ms' },
    { name: `findings (result sha256 ${hash.slice(0, 16)})`, value: result.findings.length, unit: 'findings' },
  ];
}
