/**
 * The save line of the API bench (api.bench.ts): concurrent autosaves of one indicator each, with
 * a tally of saves that changed nothing or were refused (a save line should have neither).
 */
import type autocannon from 'autocannon';
import type { Run } from './autocannon-run.ts';

interface SaveContext {
  id?: string;
  /** The version the request in flight was sent with. */
  sentVersion?: number;
}

/** Saves answered 200 that changed nothing (the version did not move: a save line should have none), and other answers by status (a 409 should not happen: no two requests in flight hold one document). */
export interface SaveTally {
  unchanged: number;
  refused: Map<number, number>;
  /** Documents whose saves were in flight when the line ended (autocannon drops their answers): read their versions again (readSettledVersions) before the next line. */
  inFlightAtEnd: string[];
}

/** How long the server is given to finish the saves in flight when a line ended, between two reads of their versions. */
const settleMs = 250;

/**
 * The current version of each document, read until two reads `settleMs` apart agree: autocannon
 * destroys its connections when a line ends, without the answers of the saves in flight, and the
 * server still completes those whose body it had read. Their documents' versions move on unseen,
 * so the next line's first save of each would be sent with a stale version and answered 409 (the
 * 2–47 409s per 200-connection line seen until 2026-12-04: the lines before had left them).
 */
export async function readSettledVersions(url: string, headers: Record<string, string>, ids: string[]): Promise<Map<string, number>> {
  const read = async () => {
    const versions = new Map<string, number>();
    for (const id of ids) {
      const response = await fetch(`${url}/api/documents/${id}`, { headers });
      versions.set(id, ((await response.json()) as { version: number }).version);
    }
    return versions;
  };
  let previous = await read();
  for (;;) {
    await new Promise((resolve) => setTimeout(resolve, settleMs));
    const current = await read();
    if (ids.every((id) => current.get(id) === previous.get(id))) return current;
    previous = current;
  }
}

/**
 * Each request takes a document no other request in flight holds and saves an edited indicator
 * (PATCH …/indicators, the web app's autosave) with the version last saved; the document is free
 * again once answered. (autocannon resets a connection's context after each request, so "each
 * connection owns one document" gave shared documents and 409s.) Versions carry over from one run
 * to the next; a 409 hands back the current version.
 */
export async function measureSaves(options: {
  url: string;
  connections: number;
  headers: Record<string, string>;
  ids: string[];
  bodies: Map<string, Record<string, unknown>>;
  versions: Map<string, number>;
  measure: (options: autocannon.Options) => Promise<Run>;
}): Promise<{ run: Run; tally: SaveTally }> {
  const tally: SaveTally = { unchanged: 0, refused: new Map(), inFlightAtEnd: [] };
  const free = [...options.ids];
  const { versions } = options;
  const run = await options.measure({
    url: options.url,
    connections: options.connections,
    headers: { ...options.headers, 'content-type': 'application/json' },
    requests: [
      {
        method: 'PATCH',
        setupRequest: (request, context) => {
          const state = context as SaveContext;
          state.id = free.shift() ?? '';
          // Text from the version sent: always other than what that version stored.
          state.sentVersion = versions.get(state.id);
          const body = options.bodies.get(state.id)?.body as {
            goals: { indicators: { target: { text: string } | null }[] }[];
          };
          const indicator = body.goals[0]?.indicators[0];
          const edited = indicator?.target
            ? {
                ...indicator,
                target: { ...indicator.target, text: `≥${50 + ((state.sentVersion ?? 0) % 40)}%` },
              }
            : indicator;
          const payload = {
            expectedVersion: state.sentVersion,
            path: 'goals.0.indicators.0',
            indicator: edited,
          };
          return { ...request, path: `/api/documents/${state.id}/indicators`, body: JSON.stringify(payload) };
        },
        onResponse: (status, responseBody, context) => {
          const state = context as SaveContext;
          if (!state.id) return;
          free.push(state.id);
          if (status !== 200) tally.refused.set(status, (tally.refused.get(status) ?? 0) + 1);
          if (status === 200) {
            const { version } = JSON.parse(responseBody) as { version: number };
            if (version === state.sentVersion) tally.unchanged += 1;
            versions.set(state.id, version);
          }
          if (status === 409)
            versions.set(
              state.id,
              (JSON.parse(responseBody) as { current: { version: number } }).current.version,
            );
        },
      },
    ],
  });
  // Documents still taken were in flight when the line ended.
  tally.inFlightAtEnd = options.ids.filter((id) => !free.includes(id));
  return { run, tally };
}
