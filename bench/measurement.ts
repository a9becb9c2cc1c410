/** One number a benchmark measured on this machine. */
export interface Measurement {
  name: string;
  value: number;
  unit: string;
}
