/**
 * How much CPU the host gives this machine right now: one thread per core each runs the same fixed
 * loop at once, and the slowest one's wall time is returned (ms). On a quiet host every thread runs
 * on a core of its own and the loops take their least time; on this shared VM, with nothing else of
 * ours running, one loop alone took 73 ms and two at once 75–460 ms from one second to the next
 * (2026-12-06 12:40, BENCHMARKS.md): the second core comes and goes. A throughput-bound line (the saves at 200 connections) moves
 * with it, so the API bench prints it before and after each line: two runs of the same code compare
 * only when their hosts gave alike.
 */
import os from 'node:os';
import { Worker } from 'node:worker_threads';

/** The loop each thread runs: integer arithmetic only, no allocation (≈ 75 ms on a free core of this machine). */
const loopSource = `
const { parentPort } = require('node:worker_threads');
parentPort.once('message', (iterations) => {
  const started = process.hrtime.bigint();
  let sum = 0;
  for (let index = 0; index < iterations; index += 1) sum = (sum + index * 7) % 1000003;
  parentPort.postMessage({ ms: Number(process.hrtime.bigint() - started) / 1e6, sum });
});`;

/** Wall ms of the slowest of `threads` loops run at once (default: one per core). */
export async function measureHostCapacity(threads = os.availableParallelism(), iterations = 20_000_000): Promise<number> {
  const workers = Array.from({ length: threads }, () => new Worker(loopSource, { eval: true }));
  try {
    // Every worker started before any loop runs, so the loops overlap.
    await Promise.all(workers.map((worker) => new Promise((resolve) => worker.once('online', resolve))));
    const times = await Promise.all(
      workers.map(
        (worker) =>
          new Promise<number>((resolve, reject) => {
            worker.once('message', (result: { ms: number }) => resolve(result.ms));
            worker.once('error', reject);
            worker.postMessage(iterations);
          }),
      ),
    );
    return Math.round(Math.max(...times));
  } finally {
    await Promise.all(workers.map((worker) => worker.terminate()));
  }
}
