/** One autocannon line and what it cost this process, shared by the API benches. */
import autocannon from 'autocannon';

export interface Run {
  requestsPerSecond: number;
  p50: number;
  p99: number;
  errors: number;
  non2xx: number;
  /**
   * CPU time of this process (the server's worker thread, autocannon in the main thread, GC
   * threads) per answered request, in µs. On a shared, loaded machine req/s and p99 follow the
   * scheduler; CPU spent per request does not, so before/after compare by it (the bare routes
   * give the load generator's and Fastify's share).
   */
  cpuMicrosecondsPerRequest: number;
  /** Requests answered in the line. */
  requests: number;
}

/** Runs autocannon for `seconds` and reads its rate, percentiles and this process's CPU per request. */
export async function measureWithAutocannon(options: autocannon.Options, seconds: number): Promise<Run> {
  const cpuBefore = process.cpuUsage();
  const result = await autocannon({ duration: seconds, ...options });
  const cpu = process.cpuUsage(cpuBefore);
  return {
    requestsPerSecond: Math.round(result.requests.average),
    p50: result.latency.p50,
    p99: result.latency.p99,
    errors: result.errors,
    non2xx: result.non2xx,
    cpuMicrosecondsPerRequest: Math.round((cpu.user + cpu.system) / Math.max(1, result.requests.total)),
    requests: result.requests.total,
  };
}
