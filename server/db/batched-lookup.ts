/**
 * Lookups by key asked during one turn of the event loop, sent as one statement (issue 14 item 3).
 * On PostgreSQL every statement is a round trip: its write to the socket, the read of the answer
 * and the driver's work cost the server thread about as much as the rest of a document read, and
 * PostgreSQL's own process shares the same cores. Under load many reads arrive in one turn (the
 * HTTP parser hands over every socket that has data); asking for all their rows at once pays that
 * cost once. The same key asked twice in one turn is asked once.
 *
 * Never stale: a batch is sent after every request in it arrived (setImmediate, once the turn's
 * I/O is handled), and a key asked after its batch was sent waits for the next batch, never for
 * one already in flight. So a read sees every write that committed before the request came, as it
 * did with a statement of its own.
 */

export interface BatchedLookup<Key, Value> {
  /** The value for `key` (undefined when there is none), from the batch of this turn. */
  get(key: Key): Promise<Value | undefined>;
}

/**
 * `lookupMany` answers for a batch of distinct keys (a key absent from its map has no value). At
 * most `maxKeys` keys go in one statement: a fuller batch is sent at once and a new one begun.
 */
export function createBatchedLookup<Key, Value>(
  lookupMany: (keys: Key[]) => Promise<Map<Key, Value>>,
  options: { maxKeys?: number } = {},
): BatchedLookup<Key, Value> {
  const maxKeys = options.maxKeys ?? 100;
  type Waiter = { resolve: (value: Value | undefined) => void; reject: (error: unknown) => void };
  let pending = new Map<Key, Waiter[]>();
  let isScheduled = false;

  function send(): void {
    const batch = pending;
    pending = new Map();
    if (batch.size === 0) return;
    // A lookup that throws before its promise is made fails its batch the same way.
    new Promise<Map<Key, Value>>((resolve) => resolve(lookupMany([...batch.keys()]))).then(
      (values) => {
        for (const [key, waiters] of batch) for (const waiter of waiters) waiter.resolve(values.get(key));
      },
      (error: unknown) => {
        for (const waiters of batch.values()) for (const waiter of waiters) waiter.reject(error);
      },
    );
  }

  return {
    get(key) {
      return new Promise<Value | undefined>((resolve, reject) => {
        const waiters = pending.get(key);
        if (waiters) waiters.push({ resolve, reject });
        else pending.set(key, [{ resolve, reject }]);
        if (pending.size >= maxKeys) send();
        else if (!isScheduled) {
          isScheduled = true;
          setImmediate(() => {
            isScheduled = false;
            send();
          });
        }
      });
    },
  };
}
