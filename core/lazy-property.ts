/**
 * Properties whose value is made on first read. analyseDocument's result keeps its findings and
 * each goal's scored indicators this way (a million of each would otherwise be made whether read
 * or not, bench/analyse.bench.ts). The property is an own, enumerable accessor in the key's
 * usual place, so JSON.stringify, a spread, Object.keys, deep equality and a structured clone
 * (postMessage) read it like the plain value; once read it becomes that plain value.
 */

/** Makes `target[key]` a plain value; a frozen object keeps its getter (which keeps answering the same value). */
function setPlain(target: object, key: PropertyKey, value: unknown): void {
  Reflect.defineProperty(target, key, { value, writable: true, enumerable: true, configurable: true });
}

/**
 * Makes `target[key]` the value `build` gives, built once when first read; assigning replaces it.
 * Gives the property's getter, which copiesKeepingLazyProperties share (lazyGetterOf).
 */
export function defineLazyProperty<T extends object, K extends keyof T>(target: T, key: K, build: () => T[K]): () => T[K] {
  let isBuilt = false;
  let value: T[K] | undefined;
  const get = function (this: object): T[K] {
    if (!isBuilt) {
      value = build();
      isBuilt = true;
    }
    setPlain(this, key, value);
    return value as T[K];
  };
  Object.defineProperty(target, key, {
    configurable: true,
    enumerable: true,
    get,
    set(this: object, next: unknown): void {
      setPlain(this, key, next);
    },
  });
  return get;
}

/** The getter of `target[key]` while it is a lazy property not yet read; else undefined. */
export function lazyGetterOf(target: object, key: PropertyKey): (() => unknown) | undefined {
  return Object.getOwnPropertyDescriptor(target, key)?.get;
}

/**
 * A shallow copy of `source` with `changes` set, like `{ ...source, ...changes }`, except that
 * lazy properties stay lazy (a spread would make them).
 */
export function copyKeepingLazyProperties<T extends object>(source: T, changes: Partial<T>): T {
  const copy = Object.defineProperties({}, Object.getOwnPropertyDescriptors(source)) as T;
  for (const key of Object.keys(changes) as Array<keyof T>) setPlain(copy, key, changes[key]);
  return copy;
}
