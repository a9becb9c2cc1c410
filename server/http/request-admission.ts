/**
 * Starts requests first come, first served, with a bounded slice of request work per event-loop
 * turn, so a busy server keeps taking up new connections.
 *
 * Why: since libuv 1.45 (Node.js 20) a listening socket accepts one connection per event-loop
 * turn (libuv pull request 3696), and a turn runs every request that became ready during it. A
 * saturated server (50 autosaves ≈ 70 ms of work per turn) therefore took up a new connection
 * only every 70 ms: in the API bench of 2026-12-03 the 50th connection was accepted 2.3 s into
 * the run and the 200th 8 s in, and their first requests were the whole save p99. Here each
 * request becomes one token on the immediate queue; the first token of a turn opens a budget,
 * and a token that finds the budget spent goes back to the next turn. Turns stay about one
 * request long, a waiting connection is accepted each turn, and requests start in arrival order.
 * An idle server starts a request in the same turn it arrives (one setImmediate later).
 */
import { createServer, type IncomingMessage, type Server, type ServerOptions, type ServerResponse } from 'node:http';
import type { FastifyServerFactory } from 'fastify';

/** Request work started per event-loop turn before later requests wait for the next turn. */
const defaultTurnBudgetMs = 1;

export interface RequestAdmission {
  /** Runs `start` once every request admitted before it has started and a turn has budget left. */
  admit(start: () => void): void;
  /** Requests admitted and not yet started. */
  readonly waiting: number;
}

export function createRequestAdmission(options: {
  turnBudgetMs?: number;
  now?: () => number;
  /** Runs a callback in the check phase of this turn, or of the next when called from it (setImmediate). */
  defer?: (callback: () => void) => void;
} = {}): RequestAdmission {
  const budgetMs = options.turnBudgetMs ?? defaultTurnBudgetMs;
  const now = options.now ?? (() => performance.now());
  const defer = options.defer ?? ((callback: () => void) => void setImmediate(callback));
  const waiting: (() => void)[] = [];
  let budgetEndsAt: number | null = null;

  // Tokens are interchangeable: whichever runs starts the oldest waiting request, so order holds
  // even when a token is put back. Between two tokens the earlier request's promise callbacks
  // have run, so `now()` at a token counts them against the turn.
  function runToken(): void {
    const at = now();
    if (budgetEndsAt === null) {
      budgetEndsAt = at + budgetMs;
      // Queued from the check phase, it runs first in the next turn's, before the tokens put back.
      defer(() => {
        budgetEndsAt = null;
      });
    } else if (at >= budgetEndsAt) {
      defer(runToken);
      return;
    }
    waiting.shift()?.();
  }

  return {
    admit(start) {
      waiting.push(start);
      defer(runToken);
    },
    get waiting() {
      return waiting.length;
    },
  };
}

/** What Fastify hands a server factory, defaults filled in (fastify.js). */
interface FastifySettings {
  http?: ServerOptions | null;
  keepAliveTimeout?: number;
  requestTimeout?: number;
  connectionTimeout?: number;
  maxRequestsPerSocket?: number | null;
}

/**
 * Fastify's HTTP/1 server (the same settings Fastify gives its own: timeouts, requests per
 * socket), with every request going through one admission.
 */
export function createAdmittedServerFactory(admission: RequestAdmission = createRequestAdmission()): FastifyServerFactory {
  return (handler, options): Server => {
    const settings = options as FastifySettings;
    const server = createServer(settings.http ?? {}, (request: IncomingMessage, response: ServerResponse) =>
      admission.admit(() => handler(request, response)),
    );
    if (typeof settings.keepAliveTimeout === 'number') server.keepAliveTimeout = settings.keepAliveTimeout;
    if (typeof settings.requestTimeout === 'number') server.requestTimeout = settings.requestTimeout;
    if (typeof settings.connectionTimeout === 'number') server.setTimeout(settings.connectionTimeout);
    if (typeof settings.maxRequestsPerSocket === 'number' && settings.maxRequestsPerSocket > 0)
      server.maxRequestsPerSocket = settings.maxRequestsPerSocket;
    return server;
  };
}
