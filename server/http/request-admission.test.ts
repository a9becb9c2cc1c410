import { request as httpRequest } from 'node:http';
import type { AddressInfo } from 'node:net';
import Fastify from 'fastify';
import { describe, expect, it } from 'vitest';
import { createAdmittedServerFactory, createRequestAdmission } from './request-admission.ts';

/**
 * A stand-in for the event loop's check phase: callbacks deferred during a turn run in the next
 * one, in the order they were deferred (what setImmediate does from inside an immediate).
 */
function createTurns() {
  let next: (() => void)[] = [];
  let clock = 0;
  return {
    defer: (callback: () => void) => void next.push(callback),
    now: () => clock,
    spend(milliseconds: number) {
      clock += milliseconds;
    },
    /** Runs one turn; returns false when nothing was waiting. */
    runTurn(): boolean {
      const current = next;
      next = [];
      for (const callback of current) callback();
      return current.length > 0;
    },
  };
}

describe('request admission', () => {
  it('starts every request in arrival order, at most a turn budget of work per turn', () => {
    const turns = createTurns();
    const admission = createRequestAdmission({ turnBudgetMs: 1, now: turns.now, defer: turns.defer });
    const startedInTurn: [string, number][] = [];
    let turn = 0;
    for (const name of ['a', 'b', 'c', 'd', 'e']) {
      admission.admit(() => {
        startedInTurn.push([name, turn]);
        turns.spend(0.6);
      });
    }
    expect(admission.waiting).toBe(5);
    while (turns.runTurn()) turn += 1;
    // 0.6 ms each against a 1 ms budget: two start in a turn (the second overruns it), then the
    // rest wait for the next turn.
    expect(startedInTurn).toEqual([
      ['a', 0],
      ['b', 0],
      ['c', 1],
      ['d', 1],
      ['e', 2],
    ]);
    expect(admission.waiting).toBe(0);
  });

  it('lets a request that arrives during a turn run after those already waiting', () => {
    const turns = createTurns();
    const admission = createRequestAdmission({ turnBudgetMs: 1, now: turns.now, defer: turns.defer });
    const started: string[] = [];
    const admit = (name: string) =>
      admission.admit(() => {
        started.push(name);
        turns.spend(2);
        if (name === 'first') admit('late');
      });
    admit('first');
    admit('second');
    admit('third');
    while (turns.runTurn());
    expect(started).toEqual(['first', 'second', 'third', 'late']);
  });

  it('starts cheap requests together in one turn', () => {
    const turns = createTurns();
    const admission = createRequestAdmission({ turnBudgetMs: 1, now: turns.now, defer: turns.defer });
    let started = 0;
    for (let index = 0; index < 20; index += 1) admission.admit(() => (started += 1, turns.spend(0.01)));
    turns.runTurn();
    expect(started).toBe(20);
  });

  it('starts no request in a turn that accepted a connection, so the next waiting one is accepted next turn', () => {
    const turns = createTurns();
    const admission = createRequestAdmission({ turnBudgetMs: 1, now: turns.now, defer: turns.defer });
    const startedInTurn: [string, number][] = [];
    for (const name of ['a', 'b']) admission.admit(() => startedInTurn.push([name, turn]));
    let turn = 0;
    // Three connections accepted in the poll phases of turns 0, 1 and 2 (one per turn, as libuv does).
    const acceptedInTurn = new Set([0, 1, 2]);
    do {
      if (acceptedInTurn.has(turn)) admission.noteConnection();
    } while (turns.runTurn() && (turn += 1));
    expect(startedInTurn).toEqual([
      ['a', 3],
      ['b', 3],
    ]);
  });

  it('starts requests again after maxAcceptTurns turns in a row that accepted connections', () => {
    const turns = createTurns();
    const admission = createRequestAdmission({ turnBudgetMs: 1, maxAcceptTurns: 2, now: turns.now, defer: turns.defer });
    const startedInTurn: number[] = [];
    let turn = 0;
    for (let index = 0; index < 3; index += 1)
      admission.admit(() => {
        startedInTurn.push(turn);
        turns.spend(2);
      });
    // A connection accepted in every turn: two accept-only turns, then one with requests, and so on.
    do admission.noteConnection();
    while (turns.runTurn() && (turn += 1));
    expect(startedInTurn).toEqual([2, 5, 8]);
  });

  it('serves a Fastify app over a real socket through the admission, keeping Fastify’s timeouts', async () => {
    const admission = createRequestAdmission();
    let connectionsNoted = 0;
    const counting = {
      admit: admission.admit.bind(admission),
      noteConnection: () => (connectionsNoted += 1, admission.noteConnection()),
      get waiting() {
        return admission.waiting;
      },
    };
    const app = Fastify({ serverFactory: createAdmittedServerFactory(counting), keepAliveTimeout: 4321 });
    app.post('/echo', async (request) => ({ echoed: request.body }));
    try {
      await app.listen({ port: 0, host: '127.0.0.1' });
      expect(app.server.keepAliveTimeout).toBe(4321);
      const { port } = app.server.address() as AddressInfo;
      const answers = await Promise.all(
        [1, 2, 3].map(
          (value) =>
            new Promise<string>((resolve, reject) => {
              const sent = httpRequest(
                { port, host: '127.0.0.1', method: 'POST', path: '/echo', headers: { 'content-type': 'application/json' } },
                (response) => {
                  let text = '';
                  response.setEncoding('utf8');
                  response.on('data', (chunk: string) => (text += chunk));
                  response.on('end', () => resolve(text));
                },
              );
              sent.on('error', reject);
              sent.end(JSON.stringify({ value }));
            }),
        ),
      );
      expect(answers.map((answer) => JSON.parse(answer))).toEqual([1, 2, 3].map((value) => ({ echoed: { value } })));
      // Each request on its own connection (no agent keeps them), each accept told to the admission.
      expect(connectionsNoted).toBe(3);
    } finally {
      await app.close();
    }
  });
});
