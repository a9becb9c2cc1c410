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
 *
 * Accept pacing: even turns one request long took up 200 connections only over 200 working turns
 * (0.3–5 s from the first accept to the last in the API bench's save lines, 2026-12-04), and each late
 * connection's first save carried that wait: a line's p99 was near its p50 plus the last accept
 * (save-17 in BENCHMARKS.md). So
 * a turn in which a connection was accepted starts no request: the next turn comes at once (an
 * immediate is pending, so the poll does not block) and accepts the next waiting connection. A burst
 * of connections is taken up in as many near-empty turns; at most `maxAcceptTurns` in a row, then a
 * turn of request work, so a flood of new connections cannot stop the requests already admitted.
 */
import { createServer, type IncomingMessage, type Server, type ServerOptions, type ServerResponse } from 'node:http';
import type { FastifyServerFactory } from 'fastify';

/** Request work started per event-loop turn before later requests wait for the next turn. */
const defaultTurnBudgetMs = 1;

/**
 * Turns in a row that only accept connections (their requests wait) before one starts requests again.
 * An accept-only turn does no request work (the accept and the poll's reads only): under a flood of
 * new connections the requests already admitted get one working turn in every 17 (with 64, one in
 * 65). 200 connections at once are still taken up with 0–5 saves answered before the last (save-17).
 */
const defaultMaxAcceptTurns = 16;

export interface RequestAdmission {
  /** Runs `start` once every request admitted before it has started and a turn has budget left. */
  admit(start: () => void): void;
  /** A connection was accepted (in the poll phase): the requests of this turn's check phase wait for the next turn. */
  noteConnection(): void;
  /** Requests admitted and not yet started. */
  readonly waiting: number;
}

export function createRequestAdmission(options: {
  turnBudgetMs?: number;
  maxAcceptTurns?: number;
  now?: () => number;
  /** Runs a callback in the check phase of this turn, or of the next when called from it (setImmediate). */
  defer?: (callback: () => void) => void;
} = {}): RequestAdmission {
  const budgetMs = options.turnBudgetMs ?? defaultTurnBudgetMs;
  const now = options.now ?? (() => performance.now());
  const defer = options.defer ?? ((callback: () => void) => void setImmediate(callback));
  const maxAcceptTurns = options.maxAcceptTurns ?? defaultMaxAcceptTurns;
  const waiting: (() => void)[] = [];
  /** The current turn's budget, and whether it only accepts connections; null between turns. */
  let turn: { endsAt: number; isAcceptOnly: boolean } | null = null;
  let connections = 0;
  let connectionsSeen = 0;
  let acceptOnlyTurns = 0;

  // Tokens are interchangeable: whichever runs starts the oldest waiting request, so order holds
  // even when a token is put back. Between two tokens the earlier request's promise callbacks
  // have run, so `now()` at a token counts them against the turn.
  function runToken(): void {
    const at = now();
    if (turn === null) {
      // A connection counted since the last turn's tokens was accepted in this turn's poll phase.
      const wasAccepted = connections !== connectionsSeen;
      connectionsSeen = connections;
      const isAcceptOnly = wasAccepted && acceptOnlyTurns < maxAcceptTurns;
      acceptOnlyTurns = isAcceptOnly ? acceptOnlyTurns + 1 : 0;
      turn = { endsAt: at + budgetMs, isAcceptOnly };
      // Queued from the check phase, it runs first in the next turn's, before the tokens put back.
      defer(() => {
        turn = null;
      });
    } else if (at >= turn.endsAt) {
      defer(runToken);
      return;
    }
    if (turn.isAcceptOnly) {
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
    noteConnection() {
      connections += 1;
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
    server.on('connection', () => admission.noteConnection());
    if (typeof settings.keepAliveTimeout === 'number') server.keepAliveTimeout = settings.keepAliveTimeout;
    if (typeof settings.requestTimeout === 'number') server.requestTimeout = settings.requestTimeout;
    if (typeof settings.connectionTimeout === 'number') server.setTimeout(settings.connectionTimeout);
    if (typeof settings.maxRequestsPerSocket === 'number' && settings.maxRequestsPerSocket > 0)
      server.maxRequestsPerSocket = settings.maxRequestsPerSocket;
    return server;
  };
}
