/**
 * `npm run bench [-- name…]`: runs the benchmarks and prints what they measured on this machine.
 * Names: values, reading, scoring, analyse, documents, api, pdf, ofd, ocr (needs tesseract), cli, server-start, hostile, monitoring-lights; `province` (minutes:
 * seeds 10,000 units), `indicator-suggestions` (seeds 1,000,000 past indicators), `rescore` (rescores 10,000 drafts) and
 * `monitoring-overview` (seeds 10,000 units with a monitoring round) run only when named or with BENCH_PROVINCE=1;
 * `repeated-words` (1,500 hostile inputs through readText) and `ocr` (minutes of tesseract) too.
 * BENCHMARKS.md records the results with the date.
 */
import os from 'node:os';
import type { Measurement } from './measurement.ts';

type Bench = () => Promise<Measurement[]>;

const benches: Record<string, Bench> = {
  values: async () => (await import('./values.bench.ts')).benchValues(),
  reading: async () => (await import('./reading.bench.ts')).benchReading(),
  scoring: async () => {
    const { indicators, ms, perSecond } = await (await import('./scoring.bench.ts')).benchScoring();
    return [
      { name: `score ${indicators.toLocaleString('en')} indicators (scoreDocument)`, value: Math.round(ms), unit: 'ms' },
      { name: 'scoring throughput', value: Math.round(perSecond), unit: 'indicators/s' },
    ];
  },
  documents: async () => (await import('./documents.bench.ts')).benchDocuments(),
  api: async () => (await import('./api.bench.ts')).benchApi(),
  hostile: async () => (await import('./hostile.bench.ts')).benchHostile(),
  'monitoring-lights': async () => (await import('./monitoring-lights.bench.ts')).benchMonitoringLights(),
  analyse: async () => (await import('./analyse.bench.ts')).benchAnalyse(),
  pdf: async () => (await import('./pdf.bench.ts')).benchPdf(),
  ofd: async () => (await import('./ofd.bench.ts')).benchOfd(),
  ocr: async () => (await import('./ocr.bench.ts')).benchOcr(),
  cli: async () => (await import('./cli.bench.ts')).benchCli(),
  'server-start': async () => (await import('./server-start.bench.ts')).benchServerStart(),
  province: async () => (await import('./province.bench.ts')).benchProvince(),
  'indicator-suggestions': async () => (await import('./indicator-suggestions.bench.ts')).benchIndicatorSuggestions(),
  rescore: async () => (await import('./rescore.bench.ts')).benchRescore(),
  'monitoring-overview': async () => (await import('./monitoring-overview.bench.ts')).benchMonitoringOverview(),
  'repeated-words': async () => (await import('./repeated-words.bench.ts')).benchRepeatedWords(),
};

/** Long benchmarks left out of a bare `npm run bench`. */
const optIn = new Set(
  process.env.BENCH_PROVINCE === '1' ? [] : ['ocr', 'province', 'indicator-suggestions', 'rescore', 'monitoring-overview', 'repeated-words'],
);

const requested = process.argv.slice(2).filter((name) => !name.startsWith('-'));
const names = requested.length > 0 ? requested : Object.keys(benches).filter((name) => !optIn.has(name));
console.log(`# Jixiao benchmarks ${new Date().toISOString()} — node ${process.version}, ${os.cpus().length} × ${os.cpus()[0]?.model ?? 'cpu'}, load ${os.loadavg().map((l) => l.toFixed(1)).join(' ')}`);
for (const name of names) {
  const bench = benches[name];
  if (!bench) {
    console.log(`unknown benchmark "${name}" (known: ${Object.keys(benches).join(', ')})`);
    process.exitCode = 2;
    continue;
  }
  console.log(`\n## ${name}`);
  try {
    for (const { name: what, value, unit } of await bench()) console.log(`${what}: ${value.toLocaleString('en')} ${unit}`);
  } catch (error) {
    console.log(`failed: ${error instanceof Error ? error.message : String(error)}`);
    process.exitCode = 1;
  }
}
