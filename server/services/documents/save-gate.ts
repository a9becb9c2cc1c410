/**
 * At most a few saves of one server instance between their first read and their write; the rest
 * wait their turn in arrival order, before they read or build anything (issue 14 item 3).
 *
 * Why: on PostgreSQL each save awaits the pool twice (its read, then its versioned update), and
 * with 200 autosaves in flight all 200 were half done at once — each holding its edited body,
 * analysis and 40 KB text across the awaits, so they outlived the young generation and were
 * collected in long old-generation pauses, and every save queued twice behind all the others
 * for one of the pool's 10 connections. Through the gate a save waits once, holding only its
 * parsed request, and then runs with the pool free enough. On SQLite a save runs almost without
 * awaiting, so the gate changes little there.
 */

/** Saves in progress at once per instance: below the PostgreSQL pool's 10, leaving room for reads. */
export const savesAtOnce = 8;

export class SaveGate {
  #running = 0;
  readonly #waiting: Array<() => void> = [];

  constructor(private readonly limit = savesAtOnce) {}

  /** Runs `work` once fewer than `limit` others run (first come, first served). */
  async run<T>(work: () => Promise<T>): Promise<T> {
    if (this.#running >= this.limit) await new Promise<void>((resolve) => this.#waiting.push(resolve));
    else this.#running++;
    try {
      return await work();
    } finally {
      // The slot passes straight to the next in line (the count stays), or is given back.
      const next = this.#waiting.shift();
      if (next) next();
      else this.#running--;
    }
  }
}

const gates = new WeakMap<object, SaveGate>();

/** The gate of one app, keyed by its repositories object (as the stored-body cache is). */
export function saveGateOf(owner: object): SaveGate {
  let gate = gates.get(owner);
  if (!gate) gates.set(owner, (gate = new SaveGate()));
  return gate;
}
