/**
 * The CPU time `work` took in this process, in milliseconds (user + system). The linear-time
 * guards of the readers measure this, not the wall clock: on a loaded machine (a CI dry run beside
 * four helpers, load 15 on 2 cores) the wall clock counts the time the process waited for a core,
 * and a ratio of two wall times failed once. Vitest runs each test file in its own process
 * (pool "forks"), so the count is this file's work and its garbage collection.
 */
export function cpuMilliseconds(work: () => void): number {
  return timeCpu(work).cpu;
}

/** What `work` returned and the CPU milliseconds it took (see cpuMilliseconds). */
export function timeCpu<T>(work: () => T): { result: T; cpu: number } {
  const before = process.cpuUsage();
  const result = work();
  const used = process.cpuUsage(before);
  return { result, cpu: (used.user + used.system) / 1000 };
}
