/**
 * A small in-process limit on concurrent work: at most `maxRunning` at once, `maxWaiting` more
 * queued in arrival order, anything beyond refused. PDF export starts a headless Chromium per
 * document (~100 MB, seconds of CPU), and the public endpoint needs no login, so unbounded
 * requests could exhaust a small office server.
 */
export class ConcurrencyLimitError extends Error {
  constructor() {
    super('too many concurrent tasks');
    this.name = 'ConcurrencyLimitError';
  }
}

export interface ConcurrencyLimit {
  run<T>(work: () => Promise<T>): Promise<T>;
  /** Tasks running and waiting now (for tests and logs). */
  describe(): { running: number; waiting: number };
}

export function createConcurrencyLimit(options: {
  maxRunning: number;
  maxWaiting: number;
}): ConcurrencyLimit {
  let running = 0;
  const waiting: Array<() => void> = [];
  return {
    async run<T>(work: () => Promise<T>): Promise<T> {
      if (running >= options.maxRunning) {
        if (waiting.length >= options.maxWaiting) throw new ConcurrencyLimitError();
        // The finishing task hands its slot over, so `running` is not incremented here.
        await new Promise<void>((resolve) => waiting.push(resolve));
      } else {
        running += 1;
      }
      try {
        return await work();
      } finally {
        const next = waiting.shift();
        if (next) next();
        else running -= 1;
      }
    },
    describe: () => ({ running, waiting: waiting.length }),
  };
}
