import { describe, expect, it } from 'vitest';
import { BodyBytesCache } from './body-bytes-cache.ts';

const bytes = (text: string) => Buffer.from(text);

describe('BodyBytesCache', () => {
  it('answers only for the version and organisation name it was given', () => {
    const cache = new BodyBytesCache();
    cache.set('d1', { version: 3, organisationName: '甲局', bytes: bytes('{"a":1}') });
    expect(cache.get('d1', 3, '甲局')?.toString()).toBe('{"a":1}');
    expect(cache.get('d1', 4, '甲局')).toBeUndefined();
    expect(cache.get('d1', 3, '乙局')).toBeUndefined();
    expect(cache.get('d2', 3, '甲局')).toBeUndefined();
  });

  it('keeps one version per document and never goes back to an older one', () => {
    const cache = new BodyBytesCache();
    cache.set('d1', { version: 3, organisationName: '甲局', bytes: bytes('v3') });
    cache.set('d1', { version: 4, organisationName: '甲局', bytes: bytes('v4') });
    cache.set('d1', { version: 2, organisationName: '甲局', bytes: bytes('v2') });
    expect(cache.size).toBe(1);
    expect(cache.get('d1', 4, '甲局')?.toString()).toBe('v4');
    expect(cache.get('d1', 3, '甲局')).toBeUndefined();
  });

  it('drops the least recently read documents past its byte budget', () => {
    const cache = new BodyBytesCache(10);
    cache.set('a', { version: 1, organisationName: 'x', bytes: bytes('aaaa') });
    cache.set('b', { version: 1, organisationName: 'x', bytes: bytes('bbbb') });
    expect(cache.get('a', 1, 'x')).toBeDefined();
    cache.set('c', { version: 1, organisationName: 'x', bytes: bytes('cccc') });
    expect(cache.get('b', 1, 'x')).toBeUndefined();
    expect(cache.get('a', 1, 'x')).toBeDefined();
    expect(cache.get('c', 1, 'x')).toBeDefined();
    cache.set('huge', { version: 1, organisationName: 'x', bytes: bytes('x'.repeat(11)) });
    expect(cache.get('huge', 1, 'x')).toBeUndefined();
  });
});
