/**
 * Where a request's time goes, measured inside the API bench's server thread (BENCH_API_PROFILE=1):
 * event-loop delay (perf_hooks.monitorEventLoopDelay), garbage collection (PerformanceObserver
 * 'gc'), each SQL statement from Kysely's start to its result (pool or mutex wait included),
 * analysis per save (heavyWork.analyse), the handler's own time (Fastify's elapsedTime at
 * onResponse) and serialisation (preSerialization → onSend). One window per measured line.
 */
import {
  monitorEventLoopDelay,
  performance,
  PerformanceObserver,
  type IntervalHistogram,
} from 'node:perf_hooks';
import type {
  KyselyPlugin,
  OperationNode,
  PluginTransformQueryArgs,
  PluginTransformResultArgs,
  QueryResult,
  RootOperationNode,
  UnknownRow,
} from 'kysely';
import type {
  onResponseAsyncHookHandler,
  onSendAsyncHookHandler,
  preSerializationAsyncHookHandler,
  RouteOptions,
} from 'fastify';
import type { IncomingMessage, Server, ServerResponse } from 'node:http';
import type { Socket } from 'node:net';
import type { HeavyWork } from '../server/workers/heavy-work.ts';

export const isProfiling = process.env.BENCH_API_PROFILE === '1';

/** Durations of one kind of work in one window (ms). */
class Durations {
  private values: number[] = [];
  add(milliseconds: number): void {
    this.values.push(milliseconds);
  }
  summary(): { count: number; totalMs: number; meanMs: number; p99Ms: number; maxMs: number } {
    const sorted = [...this.values].sort((a, b) => a - b);
    const total = sorted.reduce((sum, value) => sum + value, 0);
    const at = (fraction: number) =>
      sorted[Math.min(sorted.length - 1, Math.floor(sorted.length * fraction))] ?? 0;
    return {
      count: sorted.length,
      totalMs: total,
      meanMs: sorted.length ? total / sorted.length : 0,
      p99Ms: at(0.99),
      maxMs: sorted.at(-1) ?? 0,
    };
  }
}

export type ProfileSummary = Record<string, ReturnType<Durations['summary']>> & {
  'event-loop delay'?: ReturnType<Durations['summary']>;
};

/** The table a statement reads or writes, e.g. "select sessions", "update documents". */
function labelOf(node: RootOperationNode): string {
  const verb = node.kind.replace(/QueryNode$/, '').toLowerCase();
  const tableOf = (candidate: OperationNode | undefined): string | undefined => {
    if (!candidate) return undefined;
    if (candidate.kind === 'TableNode')
      return (candidate as unknown as { table: { identifier: { name: string } } }).table.identifier.name;
    if (candidate.kind === 'AliasNode')
      return tableOf((candidate as unknown as { node: OperationNode }).node);
    return undefined;
  };
  const from = (node as unknown as { from?: { froms: OperationNode[] } }).from?.froms[0];
  const into = (node as unknown as { into?: OperationNode }).into;
  const table = (node as unknown as { table?: OperationNode }).table;
  return `sql ${verb} ${tableOf(from) ?? tableOf(into) ?? tableOf(table) ?? '?'}`;
}

/** Collects one window of measurements at a time. */
export class ApiProfile {
  private durations = new Map<string, Durations>();
  private loopDelay: IntervalHistogram = monitorEventLoopDelay({ resolution: 5 });
  private started = new Map<unknown, { label: string; at: number }>();
  private gcObserver = new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) this.record('gc pause', entry.duration);
  });

  record(label: string, milliseconds: number): void {
    let durations = this.durations.get(label);
    if (!durations) this.durations.set(label, (durations = new Durations()));
    durations.add(milliseconds);
  }

  private startedAt = 0;

  /**
   * When each connection of a line was accepted (ms after the line began) and how long its first
   * request then waited to be parsed: under saturation new connections are taken up late, one
   * event-loop turn at a time, and their first requests make the client's p99.
   */
  watchConnections(server: Server): void {
    const acceptedAt = new WeakMap<Socket, number>();
    // Nearly load-independent: how much request work the server did while connections still waited
    // to be accepted (requests answered before each accept; and ms after the line's first accept).
    let answered = 0;
    let firstAcceptAt: number | null = null;
    let windowStartedAt = 0;
    server.on('connection', (socket: Socket) => {
      if (!this.startedAt) return;
      if (windowStartedAt !== this.startedAt) {
        windowStartedAt = this.startedAt;
        firstAcceptAt = null;
        answered = 0;
      }
      firstAcceptAt ??= performance.now();
      acceptedAt.set(socket, performance.now());
      this.record('connection accepted, ms into the line', performance.now() - this.startedAt);
      this.record("connection accepted, ms after the line's first accept", performance.now() - firstAcceptAt);
      this.record('connection accepted, requests answered before it in the line', answered);
    });
    server.on('request', (request: IncomingMessage, response: ServerResponse) => {
      response.once('finish', () => (answered += 1));
      const at = acceptedAt.get(request.socket);
      if (at === undefined) return;
      acceptedAt.delete(request.socket);
      this.record("connection's first request parsed, ms after accept", performance.now() - at);
    });
  }

  start(): void {
    this.startedAt = performance.now();
    this.durations.clear();
    this.loopDelay.reset();
    this.loopDelay.enable();
    this.gcObserver.observe({ entryTypes: ['gc'] });
  }

  stop(): ProfileSummary {
    this.startedAt = 0;
    this.loopDelay.disable();
    this.gcObserver.disconnect();
    const summary: ProfileSummary = Object.fromEntries(
      [...this.durations].map(([label, durations]) => [label, durations.summary()]),
    );
    const ms = (nanoseconds: number) => nanoseconds / 1e6;
    summary['event-loop delay'] = {
      count: this.loopDelay.count,
      totalMs: 0,
      meanMs: ms(this.loopDelay.mean),
      p99Ms: ms(this.loopDelay.percentile(99)),
      maxMs: ms(this.loopDelay.max),
    };
    return summary;
  }

  /** Times every statement from Kysely handing it to the driver to its result. */
  kyselyPlugin(): KyselyPlugin {
    return {
      transformQuery: (args: PluginTransformQueryArgs) => {
        this.started.set(args.queryId, { label: labelOf(args.node), at: performance.now() });
        return args.node;
      },
      transformResult: async (args: PluginTransformResultArgs): Promise<QueryResult<UnknownRow>> => {
        const started = this.started.get(args.queryId);
        if (started) {
          this.started.delete(args.queryId);
          this.record(started.label, performance.now() - started.at);
        }
        return args.result;
      },
    };
  }

  /** The same heavy work, with each analysis timed (scoring, checks and chain checks of a whole document). */
  timeHeavyWork(heavyWork: HeavyWork): HeavyWork {
    return {
      ...heavyWork,
      analyse: async (...args) => {
        const at = performance.now();
        try {
          return await heavyWork.analyse(...args);
        } finally {
          this.record('analyse (heavyWork)', performance.now() - at);
        }
      },
    };
  }

  /**
   * Handler time per method and serialisation time, as hooks added to every route while it is
   * registered (createTestApp's onRoute: the app is ready, so no hook can be added later).
   */
  timeRoute(route: RouteOptions): void {
    const serialising = new WeakMap<object, number>();
    const append = <T>(existing: T | T[] | undefined, hook: T): T[] => [
      ...(existing === undefined ? [] : Array.isArray(existing) ? existing : [existing]),
      hook,
    ];
    const preSerialization: preSerializationAsyncHookHandler = async (request, _reply, payload) => {
      serialising.set(request, performance.now());
      return payload;
    };
    const onSend: onSendAsyncHookHandler = async (request, _reply, payload) => {
      const at = serialising.get(request);
      if (at !== undefined) this.record('serialise response', performance.now() - at);
      return payload;
    };
    const onResponse: onResponseAsyncHookHandler = async (request, reply) => {
      this.record(`server time ${request.method}`, reply.elapsedTime);
    };
    route.preSerialization = append(
      route.preSerialization,
      preSerialization,
    ) as RouteOptions['preSerialization'];
    route.onSend = append(route.onSend, onSend) as RouteOptions['onSend'];
    route.onResponse = append(route.onResponse, onResponse) as RouteOptions['onResponse'];
  }
}

/** Lines for the bench's output: one per label, mean / p99 / max and the count. */
export function formatProfile(label: string, summary: ProfileSummary): string[] {
  const fixed = (value: number) => value.toFixed(value < 10 ? 2 : 1);
  return Object.entries(summary)
    .sort(([a], [b]) => a.localeCompare(b))
    .map(
      ([what, { count, totalMs, meanMs, p99Ms, maxMs }]) =>
        `  [profile] ${label} — ${what}: n ${count}, mean ${fixed(meanMs)} ms, p99 ${fixed(p99Ms)} ms, max ${fixed(maxMs)} ms${totalMs ? `, total ${Math.round(totalMs)} ms` : ''}`,
    );
}
