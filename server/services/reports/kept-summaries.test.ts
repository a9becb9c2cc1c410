import { describe, expect, it } from 'vitest';
import { createKeptSummaries, summaryReaderKey } from './kept-summaries.ts';

/** A build that counts its calls and answers `${label}#${call}`. */
function counting(label: string) {
  let calls = 0;
  return {
    build: () => {
      calls += 1;
      return Promise.resolve(`${label}#${calls}`);
    },
    calls: () => calls,
  };
}
const size = (value: string) => value.length;

describe('kept summaries', () => {
  it('answers from what it keeps while the generation stays, and builds again when it moves', async () => {
    const kept = createKeptSummaries();
    const rows = counting('rows');
    expect(await kept.get('k', '5', rows.build, size)).toBe('rows#1');
    expect(await kept.get('k', '5', rows.build, size)).toBe('rows#1');
    expect(await kept.get('k', '6', rows.build, size)).toBe('rows#2');
    expect(await kept.get('k', '6', rows.build, size)).toBe('rows#2');
    expect(rows.calls()).toBe(2);
    expect(kept.keptBytes()).toBe('rows#2'.length);
  });

  it('keeps each key apart', async () => {
    const kept = createKeptSummaries();
    expect(await kept.get('a', '1', () => Promise.resolve('A'), size)).toBe('A');
    expect(await kept.get('b', '1', () => Promise.resolve('B'), size)).toBe('B');
    expect(await kept.get('a', '1', () => Promise.resolve('not built'), size)).toBe('A');
  });

  it('lets requests that arrive while an answer is built wait for the same build', async () => {
    const kept = createKeptSummaries();
    let release!: (value: string) => void;
    let calls = 0;
    const build = () => {
      calls += 1;
      return new Promise<string>((resolve) => (release = resolve));
    };
    const first = kept.get('k', '1', build, size);
    const second = kept.get('k', '1', build, size);
    release('built');
    expect(await Promise.all([first, second])).toEqual(['built', 'built']);
    expect(calls).toBe(1);
  });

  it('leaves a newer answer in place for a request that read an older generation', async () => {
    const kept = createKeptSummaries();
    await kept.get('k', '7', () => Promise.resolve('new'), size);
    expect(await kept.get('k', '6', () => Promise.resolve('old'), size)).toBe('old');
    expect(await kept.get('k', '7', () => Promise.resolve('not built'), size)).toBe('new');
  });

  it('keeps no failed build', async () => {
    const kept = createKeptSummaries();
    await expect(kept.get('k', '1', () => Promise.reject(new Error('database gone')), size)).rejects.toThrow(
      'database gone',
    );
    expect(await kept.get('k', '1', () => Promise.resolve('second try'), size)).toBe('second try');
  });

  it('forgets the least recently used answers beyond its bound, and keeps none larger than it', async () => {
    const kept = createKeptSummaries(10);
    await kept.get('a', '1', () => Promise.resolve('aaaa'), size);
    await kept.get('b', '1', () => Promise.resolve('bbbb'), size);
    await kept.get('a', '1', () => Promise.resolve('not built'), size);
    await kept.get('c', '1', () => Promise.resolve('cccc'), size);
    // b was used least recently.
    expect(await kept.get('b', '1', () => Promise.resolve('b again'), size)).toBe('b again');
    expect(kept.keptBytes()).toBeLessThanOrEqual(10);
    await kept.get('huge', '1', () => Promise.resolve('x'.repeat(11)), size);
    expect(await kept.get('huge', '1', () => Promise.resolve('rebuilt'), size)).toBe('rebuilt');
  });

  it('tells readers apart by role and organisation path only', () => {
    const province = { role: 'finance-reviewer' as const, organisationPath: ['o1'] };
    const county = { role: 'finance-reviewer' as const, organisationPath: ['o1', 'o2', 'o3'] };
    expect(summaryReaderKey(province)).not.toBe(summaryReaderKey(county));
    expect(summaryReaderKey({ role: 'admin', organisationPath: ['o1'] })).not.toBe(
      summaryReaderKey(province),
    );
    expect(summaryReaderKey({ role: 'admin', organisationPath: ['o9'] })).toBe(
      summaryReaderKey({ role: 'admin', organisationPath: ['o1'] }),
    );
  });
});
