import { describe, expect, it } from 'vitest';
import { SlowReadCache, slowReadKey } from './slow-read-cache.ts';

const cacheOf = (maxEntries: number, maxBytes: number) => new SlowReadCache<{ text: string }>({ maxEntries, maxBytes, sizeOf: (result) => result.text.length });

describe('SlowReadCache: a slow step of reading a file done once for the same bytes', () => {
  it('makes a result once and answers the next read of the key with a copy of it', async () => {
    const cache = cacheOf(4, 1000);
    let made = 0;
    const make = async () => ({ text: `第${++made}次` });
    const first = await cache.get('a', make);
    const again = await cache.get('a', make);
    expect(made).toBe(1);
    expect(again).toEqual(first);
    again.text = '改过';
    expect(await cache.get('a', make)).toEqual({ text: '第1次' });
    expect(cache.hits).toBe(2);
  });

  it('shares a step still running between the reads asking for it', async () => {
    const cache = cacheOf(4, 1000);
    let made = 0;
    let finish: (value: { text: string }) => void = () => {};
    const make = () => {
      made += 1;
      return new Promise<{ text: string }>((resolve) => (finish = resolve));
    };
    const reads = [cache.get('a', make), cache.get('a', make)];
    finish({ text: '识别结果' });
    expect(await Promise.all(reads)).toEqual([{ text: '识别结果' }, { text: '识别结果' }]);
    expect(made).toBe(1);
  });

  it('keeps no failure: the next read tries again', async () => {
    const cache = cacheOf(4, 1000);
    await expect(cache.get('a', () => Promise.reject(new Error('超时')))).rejects.toThrow('超时');
    expect(cache.has('a')).toBe(false);
    expect(await cache.get('a', async () => ({ text: '第二次' }))).toEqual({ text: '第二次' });
  });

  it.each([
    ['more entries than kept', 2, 1000, ['a', 'b', 'c'], ['b', 'c']],
    ['more bytes than kept', 10, 8, ['a', 'b', 'c'], ['b', 'c']],
    ['one result larger than all kept', 10, 2, ['a'], []],
  ])('%s: the least recently used go first', async (_case, maxEntries, maxBytes, keys, kept) => {
    const cache = cacheOf(maxEntries, maxBytes);
    for (const key of keys) await cache.get(key, async () => ({ text: `${key}结果` }));
    expect(keys.filter((key) => cache.has(key))).toEqual(kept);
  });

  it('a read keeps its entry: the one not read goes first', async () => {
    const cache = cacheOf(2, 1000);
    await cache.get('a', async () => ({ text: 'a' }));
    await cache.get('b', async () => ({ text: 'b' }));
    await cache.get('a', async () => ({ text: '不应再做' }));
    await cache.get('c', async () => ({ text: 'c' }));
    expect(['a', 'b', 'c'].filter((key) => cache.has(key))).toEqual(['a', 'c']);
  });

  it('keeps a result made elsewhere (put), and hands it out as `copy` says', async () => {
    const cache = new SlowReadCache<Buffer>({ maxEntries: 2, maxBytes: 100, sizeOf: (bytes) => bytes.length, copy: (bytes) => bytes });
    const converted = Buffer.from('转换后的文件');
    cache.put('x', converted);
    expect(await cache.get('x', () => Promise.reject(new Error('不应再转换')))).toBe(converted);
  });

  it('keys by the bytes and the other inputs', () => {
    const bytes = Buffer.from('%PDF-1.7 扫描件');
    expect(slowReadKey(bytes, '300dpi')).toBe(slowReadKey(Buffer.from(bytes), '300dpi'));
    expect(slowReadKey(bytes, '300dpi')).not.toBe(slowReadKey(bytes, '200dpi'));
    expect(slowReadKey(bytes, 'a', 'b')).not.toBe(slowReadKey(bytes, 'ab'));
  });
});
