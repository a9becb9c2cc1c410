import { describe, expect, it } from 'vitest';
import { SaveGate } from './save-gate.ts';

/** A piece of work that runs until released, noting when it starts. */
function heldWork(log: string[], name: string) {
  let release!: () => void;
  const held = new Promise<void>((resolve) => (release = resolve));
  return {
    release,
    work: async () => {
      log.push(`start ${name}`);
      await held;
      log.push(`end ${name}`);
      return name;
    },
  };
}

const settle = () => new Promise((resolve) => setImmediate(resolve));

describe('SaveGate', () => {
  it('runs at most its limit at once and the waiting ones in arrival order', async () => {
    const gate = new SaveGate(2);
    const log: string[] = [];
    const works = ['a', 'b', 'c', 'd'].map((name) => heldWork(log, name));
    const results = works.map(({ work }) => gate.run(work));
    await settle();
    expect(log).toEqual(['start a', 'start b']);
    works[1]!.release();
    await settle();
    expect(log).toEqual(['start a', 'start b', 'end b', 'start c']);
    works[0]!.release();
    works[2]!.release();
    works[3]!.release();
    expect(await Promise.all(results)).toEqual(['a', 'b', 'c', 'd']);
    expect(log.filter((line) => line.startsWith('start'))).toEqual(['start a', 'start b', 'start c', 'start d']);
  });

  it('gives the slot back when the work fails, and passes the failure on', async () => {
    const gate = new SaveGate(1);
    await expect(gate.run(async () => Promise.reject(new Error('refused')))).rejects.toThrow('refused');
    await expect(gate.run(async () => 'next')).resolves.toBe('next');
    // Both slots free again: two at once would wait forever on a gate of one that leaked.
    const log: string[] = [];
    const first = heldWork(log, 'x');
    const running = gate.run(first.work);
    const second = gate.run(async () => 'after');
    await settle();
    expect(log).toEqual(['start x']);
    first.release();
    expect(await Promise.all([running, second])).toEqual(['x', 'after']);
  });
});
