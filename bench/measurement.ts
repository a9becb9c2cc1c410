/** One number a benchmark measured on this machine. */
export interface Measurement {
  name: string;
  value: number;
  unit: string;
}

/** The middle value (the upper one of an even count); NaN when nothing was measured. */
export function median(values: readonly number[]): number {
  return [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)] ?? Number.NaN;
}
