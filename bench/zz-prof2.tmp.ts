import { buildBenchDocument, measureCpu } from './scoring.bench.ts';
import { checkTargetValues, checkDuplicateIndicators } from '../core/checks/index.ts';
const d = buildBenchDocument();
for (let i = 0; i < 3; i++) {
  const a = measureCpu(() => checkTargetValues(d));
  const b = measureCpu(() => checkDuplicateIndicators(d));
  console.log(Math.round(a.cpuMs), Math.round(b.cpuMs));
}
