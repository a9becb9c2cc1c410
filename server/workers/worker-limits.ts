/** The worker pool's size and per-job limits, read from configuration (server/config.ts). */
import os from 'node:os';

export interface WorkerLimits {
  /** Worker threads; 0 runs the work in the request thread (debugging only: no limits then). */
  threads: number;
  /** Longest one job may take, waiting in the queue included, before it is stopped. */
  timeLimitSeconds: number;
  /** Old-generation heap of one worker thread. */
  memoryLimitMb: number;
}

/** One thread fewer than the cores, so the request thread keeps a core of its own. */
export function defaultWorkerThreads(): number {
  return Math.max(1, os.availableParallelism() - 1);
}
