import { describe, expect, test } from 'vitest';
import { createSaveQueue, type SaveQueueOptions } from './save-queue.ts';

interface Save {
  id: string;
  label: string;
}

/** A queue over a pretend store: batches and single writes recorded; turns run by hand. */
function createHarness(overrides: Partial<SaveQueueOptions<Save, string>> & { failOn?: string } = {}) {
  const turns: (() => void)[] = [];
  const written: string[][] = [];
  let clock = 0;
  let release: (() => void) | undefined;
  let isSlow = false;
  const writeOne = async (save: Save) => {
    written.push([save.label]);
    if (save.label === overrides.failOn) throw new Error(`failed ${save.label}`);
    return `saved ${save.label}`;
  };
  const queue = createSaveQueue<Save, string>({
    writeBatch: async (saves) => {
      if (isSlow) await new Promise<void>((resolve) => (release = resolve));
      if (saves.some((save) => save.label === overrides.failOn)) throw new Error('batch failed');
      written.push(saves.map((save) => save.label));
      return saves.map((save) => `saved ${save.label}`);
    },
    writeOne,
    keyOf: (save) => save.id,
    now: () => clock,
    defer: (callback) => void turns.push(callback),
    ...overrides,
  });
  return {
    queue,
    written,
    /** Runs the callbacks deferred so far (one check phase), then lets promise callbacks settle. */
    async runTurn() {
      for (const callback of turns.splice(0)) callback();
      await new Promise((resolve) => setTimeout(resolve, 0));
    },
    advance(milliseconds: number) {
      clock += milliseconds;
    },
    slowDown() {
      isSlow = true;
    },
    async finishSlowWrite() {
      isSlow = false;
      release?.();
      await new Promise((resolve) => setTimeout(resolve, 0));
    },
    get hasTurnsQueued() {
      return turns.length > 0;
    },
  };
}

describe('the save queue (group commit)', () => {
  test('writes the saves of one turn in one batch and answers each with its own result', async () => {
    const harness = createHarness();
    const results = Promise.all(['a', 'b', 'c'].map((id) => harness.queue.enqueue({ id, label: id })));
    expect(harness.written).toEqual([]);
    await harness.runTurn();
    expect(harness.written).toEqual([['a', 'b', 'c']]);
    expect(await results).toEqual(['saved a', 'saved b', 'saved c']);
  });

  test('writes a lone save alone, in the check phase after it', async () => {
    const harness = createHarness();
    const result = harness.queue.enqueue({ id: 'a', label: 'a' });
    await harness.runTurn();
    expect(await result).toBe('saved a');
    expect(harness.written).toEqual([['a']]);
  });

  test('puts a second save of the same document into the next batch, after the first is written', async () => {
    const harness = createHarness();
    const results = Promise.all([
      harness.queue.enqueue({ id: 'a', label: 'a1' }),
      harness.queue.enqueue({ id: 'b', label: 'b1' }),
      harness.queue.enqueue({ id: 'a', label: 'a2' }),
      harness.queue.enqueue({ id: 'c', label: 'c1' }),
    ]);
    await harness.runTurn();
    expect(harness.written).toEqual([['a1', 'b1', 'c1'], ['a2']]);
    expect(await results).toEqual(['saved a1', 'saved b1', 'saved a2', 'saved c1']);
  });

  test('writes the saves that arrive while a write is in progress together, once it is done', async () => {
    const harness = createHarness();
    harness.slowDown();
    const first = harness.queue.enqueue({ id: 'a', label: 'a' });
    const second = harness.queue.enqueue({ id: 'b', label: 'b' });
    await harness.runTurn();
    const later = ['c', 'd', 'e'].map((id) => harness.queue.enqueue({ id, label: id }));
    await harness.runTurn();
    expect(harness.written).toEqual([]);
    await harness.finishSlowWrite();
    expect(harness.written).toEqual([['a', 'b'], ['c', 'd', 'e']]);
    expect(await Promise.all([first, second, ...later])).toEqual(['saved a', 'saved b', 'saved c', 'saved d', 'saved e']);
  });

  test('when a batch fails, writes each save alone, so only the failing one fails', async () => {
    const harness = createHarness({ failOn: 'b' });
    const results = Promise.allSettled(['a', 'b', 'c'].map((id) => harness.queue.enqueue({ id, label: id })));
    await harness.runTurn();
    expect(harness.written).toEqual([['a'], ['b'], ['c']]);
    const [a, b, c] = await results;
    expect(a).toEqual({ status: 'fulfilled', value: 'saved a' });
    expect(b).toMatchObject({ status: 'rejected', reason: new Error('failed b') });
    expect(c).toEqual({ status: 'fulfilled', value: 'saved c' });
  });

  test('holds a batch while requests wait to start, until it has holdBatchSize saves', async () => {
    let isBusy = true;
    const harness = createHarness({ shouldHold: () => isBusy, holdBatchSize: 3, maxHoldMs: 100 });
    const results = [harness.queue.enqueue({ id: 'a', label: 'a' })];
    await harness.runTurn();
    results.push(harness.queue.enqueue({ id: 'b', label: 'b' }));
    await harness.runTurn();
    expect(harness.written).toEqual([]);
    results.push(harness.queue.enqueue({ id: 'c', label: 'c' }));
    await harness.runTurn();
    expect(harness.written).toEqual([['a', 'b', 'c']]);
    isBusy = false;
    results.push(harness.queue.enqueue({ id: 'd', label: 'd' }));
    await harness.runTurn();
    expect(harness.written).toEqual([['a', 'b', 'c'], ['d']]);
    expect(await Promise.all(results)).toEqual(['saved a', 'saved b', 'saved c', 'saved d']);
  });

  test('holds a batch no longer than maxHoldMs after its first save', async () => {
    const harness = createHarness({ shouldHold: () => true, holdBatchSize: 8, maxHoldMs: 5 });
    const result = harness.queue.enqueue({ id: 'a', label: 'a' });
    await harness.runTurn();
    harness.advance(4);
    await harness.runTurn();
    expect(harness.written).toEqual([]);
    harness.advance(1);
    await harness.runTurn();
    expect(harness.written).toEqual([['a']]);
    expect(await result).toBe('saved a');
    expect(harness.hasTurnsQueued).toBe(false);
  });

  test('writes at most maxBatchSize saves in one batch, the rest in the next', async () => {
    const harness = createHarness({ maxBatchSize: 2 });
    const results = Promise.all(['a', 'b', 'c', 'd', 'e'].map((id) => harness.queue.enqueue({ id, label: id })));
    await harness.runTurn();
    expect(harness.written).toEqual([['a', 'b'], ['c', 'd'], ['e']]);
    expect(await results).toHaveLength(5);
  });
});
