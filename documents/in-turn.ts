/**
 * Work that runs one job at a time per process (a LibreOffice conversion, a scan's OCR: seconds of
 * CPU each, in a child process): a few jobs wait their turn, more are refused with the caller's
 * error (converter-busy), so a burst of uploads cannot queue minutes of work.
 */
import type { ImportError } from './import-error.ts';

/** A queue running its jobs in turn; `refuse` makes the error thrown when `maxInFlight` run or wait. */
export function createTurns(options: { maxInFlight: number; refuse: () => ImportError }): <T>(work: () => Promise<T>) => Promise<T> {
  let running: Promise<unknown> = Promise.resolve();
  let inFlight = 0;
  return <T>(work: () => Promise<T>): Promise<T> => {
    if (inFlight >= options.maxInFlight) throw options.refuse();
    inFlight++;
    const turn = running.then(
      () => work(),
      () => work(),
    );
    running = turn.catch(() => undefined).finally(() => {
      inFlight--;
    });
    return turn;
  };
}
