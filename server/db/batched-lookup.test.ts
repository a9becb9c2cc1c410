import { describe, expect, it } from 'vitest';
import { createBatchedLookup } from './batched-lookup.ts';

/** A lookup over `table` that records each batch it is asked and answers when `release` is called. */
function recordingLookup(table: Map<string, number>) {
  const batches: string[][] = [];
  const releases: (() => void)[] = [];
  const lookupMany = (keys: string[]) => {
    batches.push(keys);
    // Read when released, not when asked: a batch answers with what the table holds then.
    return new Promise<Map<string, number>>((resolve) => {
      releases.push(() => resolve(new Map(keys.filter((key) => table.has(key)).map((key) => [key, table.get(key)!]))));
    });
  };
  return { batches, releases, lookupMany };
}

/** Lets setImmediate callbacks (the batch being sent) run. */
const nextTurn = () => new Promise<void>((resolve) => setImmediate(resolve));

describe('createBatchedLookup', () => {
  it('asks the keys of one turn in one batch, each distinct key once, and answers each caller', async () => {
    const table = new Map([['a', 1], ['b', 2]]);
    const { batches, releases, lookupMany } = recordingLookup(table);
    const lookup = createBatchedLookup(lookupMany);
    const answers = Promise.all([lookup.get('a'), lookup.get('b'), lookup.get('a'), lookup.get('missing')]);
    await nextTurn();
    expect(batches).toEqual([['a', 'b', 'missing']]);
    releases[0]!();
    expect(await answers).toEqual([1, 2, 1, undefined]);
  });

  it('never lets a key join a batch already sent: it waits for the next one and sees what was written meanwhile', async () => {
    const table = new Map([['a', 1]]);
    const { batches, releases, lookupMany } = recordingLookup(table);
    const lookup = createBatchedLookup(lookupMany);
    const first = lookup.get('a');
    await nextTurn();
    expect(batches).toHaveLength(1);
    table.set('a', 2); // a write that commits while the first batch is on its way
    const second = lookup.get('a');
    await nextTurn();
    expect(batches).toEqual([['a'], ['a']]);
    releases[0]!();
    releases[1]!();
    expect([await first, await second]).toEqual([2, 2]);
  });

  it('fails every caller of a failed batch, and the next batch is asked anew', async () => {
    let isFailing = true;
    const lookup = createBatchedLookup(async (keys: string[]) => {
      if (isFailing) throw new Error('connection lost');
      return new Map(keys.map((key) => [key, key.length]));
    });
    const failed = [lookup.get('a'), lookup.get('bb')].map((answer) => answer.then(() => 'answered', (error: Error) => error.message));
    expect(await Promise.all(failed)).toEqual(['connection lost', 'connection lost']);
    isFailing = false;
    expect(await lookup.get('ccc')).toBe(3);
  });

  it('fails the callers when the lookup throws before making its promise', async () => {
    const lookup = createBatchedLookup<string, number>(() => {
      throw new Error('not connected');
    });
    await expect(lookup.get('a')).rejects.toThrow('not connected');
  });

  it('sends a batch as soon as it holds maxKeys keys and begins another', async () => {
    const { batches, releases, lookupMany } = recordingLookup(new Map([['a', 1], ['b', 2], ['c', 3]]));
    const lookup = createBatchedLookup(lookupMany, { maxKeys: 2 });
    const answers = Promise.all(['a', 'b', 'c'].map((key) => lookup.get(key)));
    expect(batches).toEqual([['a', 'b']]);
    await nextTurn();
    expect(batches).toEqual([['a', 'b'], ['c']]);
    for (const release of releases) release();
    expect(await answers).toEqual([1, 2, 3]);
  });
});
