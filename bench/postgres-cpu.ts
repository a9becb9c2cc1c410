/**
 * CPU time of one PostgreSQL cluster's processes (its backends, checkpointer, autovacuum …), read
 * from /proc on this machine: what the server's statements cost the database, which on a shared
 * 2-core machine competes with the server thread. Only the cluster's postmaster and the processes whose
 * parent it is are counted (with those that exited), so another cluster on the same machine is left out.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { sql, type Kysely } from 'kysely';

const ticksPerSecond = 100;

/**
 * Fields of /proc/<pid>/stat after the command name: state is [0], ppid [1], utime [11], stime [12],
 * and the CPU of its children that exited and were waited for, cutime [13] and cstime [14].
 */
function readStat(pid: string): { parent: number; ticks: number; exitedChildrenTicks: number } | null {
  try {
    const text = readFileSync(`/proc/${pid}/stat`, 'utf8');
    const fields = text.slice(text.lastIndexOf(')') + 2).split(' ');
    return {
      parent: Number(fields[1]),
      ticks: Number(fields[11]) + Number(fields[12]),
      exitedChildrenTicks: Number(fields[13]) + Number(fields[14]),
    };
  } catch {
    return null;
  }
}

/** Returns a reader of the cluster's CPU in µs, or null where /proc or the backend's pid cannot be read (not Linux, another host). */
export async function createPostgresCpuReader(db: Kysely<never>): Promise<(() => number) | null> {
  try {
    const { rows } = await sql<{ pid: number }>`select pg_backend_pid() as pid`.execute(db);
    const backend = rows[0] ? readStat(String(rows[0].pid)) : null;
    if (!backend) return null;
    const postmaster = backend.parent;
    // The postmaster's own CPU and that of its children that exited (an autovacuum worker, a backend
    // whose connection closed): without them the sum would drop when a child exits.
    return () => {
      const own = readStat(String(postmaster));
      let ticks = own ? own.ticks + own.exitedChildrenTicks : 0;
      for (const pid of readdirSync('/proc')) {
        if (!/^\d+$/.test(pid)) continue;
        const stat = readStat(pid);
        if (stat && stat.parent === postmaster) ticks += stat.ticks;
      }
      return (ticks * 1_000_000) / ticksPerSecond;
    };
  } catch {
    return null;
  }
}
