import { buildBenchDocument, measureCpu } from './scoring.bench.ts';
import { analyseDocument } from '../core/analyse.ts';
analyseDocument(buildBenchDocument(50_000));
const d = buildBenchDocument();
const r = measureCpu(() => analyseDocument(d));
console.log(Math.round(r.cpuMs), Math.round(r.wallMs), r.result.findings.length);
