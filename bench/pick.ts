/** A well-mixed pseudo-random integer in 0..range−1 from (index, salt): deterministic bench documents. */
export function pick(index: number, salt: number, range: number): number {
  let x = Math.imul(index ^ (salt * 0x9e3779b9), 0x85ebca6b);
  x ^= x >>> 13;
  x = Math.imul(x, 0xc2b2ae35);
  x ^= x >>> 16;
  return (x >>> 0) % range;
}
