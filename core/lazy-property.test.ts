import { describe, expect, it } from 'vitest';
import { copyKeepingLazyProperties, defineLazyProperty, lazyGetterOf } from './lazy-property.ts';

interface Sample {
  first: number;
  items: number[];
  last: string;
}

function lazySample(): { sample: Sample; builds: () => number } {
  let builds = 0;
  const sample: Sample = { first: 1, items: [], last: 'z' };
  defineLazyProperty(sample, 'items', () => {
    builds++;
    return [1, 2, 3];
  });
  return { sample, builds: () => builds };
}

describe('defineLazyProperty', () => {
  it('builds nothing until read, then builds once and becomes a plain value', () => {
    const { sample, builds } = lazySample();
    expect(builds()).toBe(0);
    expect(lazyGetterOf(sample, 'items')).toBeDefined();
    expect(sample.items).toEqual([1, 2, 3]);
    expect(sample.items).toBe(sample.items);
    expect(builds()).toBe(1);
    expect(lazyGetterOf(sample, 'items')).toBeUndefined();
    expect(Object.getOwnPropertyDescriptor(sample, 'items')).toMatchObject({ writable: true, enumerable: true });
  });

  it('reads as the plain object in JSON, keys, a spread, deep equality and a structured clone, keys in place', () => {
    const plain = { first: 1, items: [1, 2, 3], last: 'z' };
    expect(JSON.stringify(lazySample().sample)).toBe(JSON.stringify(plain));
    expect(Object.keys(lazySample().sample)).toEqual(['first', 'items', 'last']);
    expect({ ...lazySample().sample }).toEqual(plain);
    expect(lazySample().sample).toEqual(plain);
    expect(lazySample().sample).not.toEqual({ ...plain, items: [1, 2] });
    expect(structuredClone(lazySample().sample)).toEqual(plain);
  });

  it('still answers once its object is frozen', () => {
    const { sample, builds } = lazySample();
    Object.freeze(sample);
    expect(sample.items).toEqual([1, 2, 3]);
    expect(sample.items).toBe(sample.items);
    expect(builds()).toBe(1);
  });

  it('takes an assigned value instead of building', () => {
    const { sample, builds } = lazySample();
    sample.items = [9];
    expect(sample.items).toEqual([9]);
    expect(builds()).toBe(0);
  });
});

describe('copyKeepingLazyProperties', () => {
  it('copies with changes like a spread, leaving lazy properties unbuilt until the copy is read', () => {
    const { sample, builds } = lazySample();
    const copy = copyKeepingLazyProperties(sample, { last: 'y' } as Partial<Sample>);
    expect(builds()).toBe(0);
    expect(lazyGetterOf(copy, 'items')).toBe(lazyGetterOf(sample, 'items'));
    expect(JSON.stringify(copy)).toBe('{"first":1,"items":[1,2,3],"last":"y"}');
    expect(sample.last).toBe('z');
    const added = copyKeepingLazyProperties(sample, { extra: true } as Partial<Sample>);
    expect(Object.keys(added)).toEqual(['first', 'items', 'last', 'extra']);
    expect(builds()).toBe(1);
  });
});
