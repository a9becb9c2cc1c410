import { describe, expect, it } from 'vitest';
import { ConcurrencyLimitError, createConcurrencyLimit } from './concurrency-limit.ts';

function createDeferred() {
  let resolve!: () => void;
  const promise = new Promise<void>((done) => (resolve = done));
  return { promise, resolve };
}

describe('createConcurrencyLimit', () => {
  it('runs at most maxRunning at once, queues maxWaiting in order and refuses the rest', async () => {
    const limit = createConcurrencyLimit({ maxRunning: 2, maxWaiting: 1 });
    const gates = [createDeferred(), createDeferred(), createDeferred()];
    const started: number[] = [];
    const tasks = gates.map((gate, index) =>
      limit.run(async () => {
        started.push(index);
        await gate.promise;
        return index;
      }),
    );
    await Promise.resolve();
    expect(started).toEqual([0, 1]);
    expect(limit.describe()).toEqual({ running: 2, waiting: 1 });
    await expect(limit.run(async () => 'refused')).rejects.toBeInstanceOf(ConcurrencyLimitError);

    gates[0]!.resolve();
    expect(await tasks[0]).toBe(0);
    await new Promise((resolve) => setTimeout(resolve, 0));
    expect(started).toEqual([0, 1, 2]);
    expect(limit.describe()).toEqual({ running: 2, waiting: 0 });

    gates[1]!.resolve();
    gates[2]!.resolve();
    expect(await Promise.all(tasks)).toEqual([0, 1, 2]);
    expect(limit.describe()).toEqual({ running: 0, waiting: 0 });
  });

  it('frees the slot when the work fails', async () => {
    const limit = createConcurrencyLimit({ maxRunning: 1, maxWaiting: 0 });
    await expect(limit.run(async () => Promise.reject(new Error('boom')))).rejects.toThrow('boom');
    expect(await limit.run(async () => 'next')).toBe('next');
    expect(limit.describe()).toEqual({ running: 0, waiting: 0 });
  });
});
