/**
 * The finance summary's two downloads (GET /api/reports/summary and summary.xlsx) through the
 * kept answers (kept-summaries.ts): one small query for the generation and the units written
 * since the kept answer was read, then
 * - the kept bytes, when the generation is the same;
 * - the kept answer patched (patch-summary-rows.ts), when only documents of some units changed:
 *   those units' rows are read again and put in place, the JSON joined from each row's kept
 *   bytes, the workbook written again from the patched rows;
 * - else the answer built as before (organisations written, every year asked, the change rows
 *   cut since, or too many units changed).
 * Several instances: each asks the database what changed since its own answer (the changes are
 * noted by triggers in the writers' transactions, summary-changes.repository.ts), so a write on
 * one is in the next download of every other.
 */
import type { SummaryChanges } from '../../db/summary-changes.repository.ts';
import type { Actor } from '../actor.ts';
import type { ServiceDeps } from '../deps.ts';
import { writeSummaryWorkbook } from '../exports/export-summary-workbook.ts';
import type { JsonText } from '../json-text.ts';
import { summaryReaderKey } from './kept-summaries.ts';
import { buildSummaryRows, listUnitsSummaryRows, type SummaryRowView } from './list-summary-rows.ts';
import { patchSummaryRows } from './patch-summary-rows.ts';
import { joinRowFragments, toRowFragments, toUnitsJson } from './summary-json.ts';

type SummaryInput = { actor: Actor; year?: number };

/** Above this many units written since, the year is built again (a patch reads each unit's rows). */
export const patchAtMostUnits = 2_000;

/** What a kept answer was read at, to ask next time what changed since. */
interface KeptFrom {
  marker: string;
  organisationsGeneration: string;
  supervisors: ReadonlyMap<string, string | null>;
}

/** A row and its JSON text. */
interface JsonEntry {
  view: SummaryRowView;
  fragment: Buffer;
}

interface KeptJson extends KeptFrom {
  entries: JsonEntry[];
  answer: { rows: JsonText; units: JsonText };
}

interface KeptWorkbook extends KeptFrom {
  views: SummaryRowView[];
  answer: { bytes: Buffer; fileName: string };
}

/** A kept row object and what it refers to: a rough bound for the cache's accounting. */
const bytesPerRowObject = 400;

/**
 * The kept answer for this format, year and reader: as kept, patched, or built (see above).
 * `build` and `patch` are given what the database said (the answer keeps its marker).
 */
async function keep<Kept extends KeptFrom>(
  deps: ServiceDeps,
  format: string,
  input: SummaryInput,
  build: (changes: SummaryChanges) => Promise<Kept>,
  patch: (previous: Kept, changes: SummaryChanges, changedUnits: string[]) => Promise<Kept>,
  sizeOf: (kept: Kept) => number,
): Promise<Kept> {
  const key = `${format}|${input.year ?? 'all'}|${summaryReaderKey(input.actor)}`;
  const previous = await deps.keptSummaries.peek<Kept>(key)?.catch(() => undefined);
  // Read before the rows: a write committed in between makes the answer newer than its marker, never older.
  const changes = await deps.repositories.summaryChanges.readChanges(input.year, previous?.marker);
  const changedUnits = changes.changedOrganisationIds;
  return deps.keptSummaries.get(
    key,
    changes.generation,
    () =>
      previous &&
      changedUnits &&
      changedUnits.length <= patchAtMostUnits &&
      previous.organisationsGeneration === changes.organisationsGeneration
        ? patch(previous, changes, changedUnits)
        : build(changes),
    sizeOf,
  );
}

function keptFrom(changes: SummaryChanges, supervisors: ReadonlyMap<string, string | null>): KeptFrom {
  return { marker: changes.marker, organisationsGeneration: changes.organisationsGeneration, supervisors };
}

/** The changed units' rows now, and the kept rows without the old ones, in order (year given: changes name units only then). */
async function patchViews<Entry>(
  deps: ServiceDeps,
  input: SummaryInput,
  previous: KeptFrom,
  changedUnits: string[],
  entries: Entry[],
  toEntries: (views: SummaryRowView[]) => Entry[],
  viewOf: (entry: Entry) => SummaryRowView,
): Promise<Entry[]> {
  const added = changedUnits.length
    ? await listUnitsSummaryRows(deps, { actor: input.actor, year: input.year! }, changedUnits, previous.supervisors)
    : [];
  return patchSummaryRows(entries, viewOf, new Set(changedUnits), toEntries(added));
}

/** The summary rows and units as JSON text (summary-json.ts), kept. */
export async function readSummaryJson(deps: ServiceDeps, input: SummaryInput): Promise<{ rows: JsonText; units: JsonText }> {
  const toEntries = (views: SummaryRowView[]) => {
    const fragments = toRowFragments(views);
    return views.map((view, index): JsonEntry => ({ view, fragment: fragments[index]! }));
  };
  const fromEntries = (entries: JsonEntry[], from: KeptFrom, units: JsonText): KeptJson => ({
    ...from,
    entries,
    answer: { rows: joinRowFragments(entries.map((entry) => entry.fragment)), units },
  });
  const kept = await keep<KeptJson>(
    deps,
    'json',
    input,
    async (changes) => {
      const summary = await buildSummaryRows(deps, input);
      return fromEntries(toEntries(summary.rows), keptFrom(changes, summary.supervisors), toUnitsJson(summary.units));
    },
    async (previous, changes, changedUnits) => {
      const patched = await patchViews(deps, input, previous, changedUnits, previous.entries, toEntries, (entry) => entry.view);
      return fromEntries(patched, keptFrom(changes, previous.supervisors), previous.answer.units);
    },
    // The answer, and the fragments' buffers beside it (at most as large again).
    (json) => 2 * byteLength(json.answer.rows) + byteLength(json.answer.units) + json.entries.length * bytesPerRowObject,
  );
  return kept.answer;
}

const byteLength = (text: JsonText) => (typeof text.text === 'string' ? Buffer.byteLength(text.text) : text.text.length);

/** The summary workbook (.xlsx bytes and file name), kept; after a patch written again from the patched rows. */
export async function readSummaryWorkbook(deps: ServiceDeps, input: SummaryInput): Promise<{ bytes: Buffer; fileName: string }> {
  // As exportSummaryWorkbook writes it, from rows in the summary's order.
  const write = async (views: SummaryRowView[], from: KeptFrom): Promise<KeptWorkbook> => ({
    ...from,
    views,
    answer: await writeSummaryWorkbook(deps, views, input.year),
  });
  const kept = await keep<KeptWorkbook>(
    deps,
    'xlsx',
    input,
    async (changes) => {
      const summary = await buildSummaryRows(deps, input);
      return write(summary.rows, keptFrom(changes, summary.supervisors));
    },
    async (previous, changes, changedUnits) => {
      const views = await patchViews(deps, input, previous, changedUnits, previous.views, (added) => added, (view) => view);
      return write(views, keptFrom(changes, previous.supervisors));
    },
    (workbook) => workbook.answer.bytes.length + workbook.views.length * bytesPerRowObject,
  );
  return kept.answer;
}
