/** Reading throughput: the four sample documents read (and analysed) over and over on one core. */
import { readText } from '../documents/text/read-text.ts';
import { analyseDocument } from '../core/analyse.ts';
import { readSeed } from '../test-support/seeds.ts';
import type { Measurement } from './measurement.ts';

const seeds = (['000', '001', '002', '003'] as const).map((prefix) => readSeed(prefix));

function timeDocuments({ seconds, analyse }: { seconds: number; analyse: boolean }): number {
  let documents = 0;
  const started = performance.now();
  const deadline = started + seconds * 1000;
  while (performance.now() < deadline) {
    for (const text of seeds) {
      const document = readText(text);
      if (analyse && document) analyseDocument(document);
      documents += 1;
    }
  }
  return documents / ((performance.now() - started) / 1000);
}

/** Documents per second for reading alone and for reading + scoring + checks. */
export function benchReading(seconds = 3): Measurement[] {
  timeDocuments({ seconds: 0.5, analyse: true }); // warm up the JIT
  return [
    { name: 'read text dumps (4 seeds, round robin)', value: Math.round(timeDocuments({ seconds, analyse: false })), unit: 'documents/s' },
    { name: 'read + score + check (4 seeds)', value: Math.round(timeDocuments({ seconds, analyse: true })), unit: 'documents/s' },
  ];
}
