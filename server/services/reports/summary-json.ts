/**
 * The summary answer (GET /api/reports/summary) as JSON bytes, written field by field
 * (services/json-bytes.ts): the same text JSON.stringify gives (summary-json.test.ts), without a
 * string of millions of characters to build and encode again for a province.
 */
import type { SummaryRow, SummaryUnit } from '../../../contract/reports.ts';
import { JsonBytesWriter } from '../json-bytes.ts';
import { JsonText } from '../json-text.ts';

type FieldWriters<Value> = { [Key in keyof Required<Value>]: (out: JsonBytesWriter, value: Value[Key]) => void };

const text = (out: JsonBytesWriter, value: string | null) => out.string(value);
const number = (out: JsonBytesWriter, value: number) => out.number(value);

/** Every field of a row, in the order listSummaryRows builds it (TypeScript requires them all). */
const rowFields: FieldWriters<SummaryRow> = {
  documentId: text,
  organisationId: text,
  unit: text,
  supervisor: text,
  year: number,
  kind: text,
  kindName: text,
  project: text,
  revision: number,
  state: text,
  stateName: text,
  executionRate: text,
  score: text,
  grade: text,
  findings: (out, findings) => {
    out.raw('{"error":');
    out.number(findings.error);
    out.raw(',"warning":');
    out.number(findings.warning);
    out.raw(',"info":');
    out.number(findings.info);
    out.raw('}');
  },
  updatedAt: text,
};

const unitFields: FieldWriters<SummaryUnit> = { id: text, name: text, supervisor: text };

/** Writes objects of one shape: each key's `,"key":` prepared once. */
function createObjectWriter<Value extends object>(fields: FieldWriters<Value>) {
  const entries = (Object.keys(fields) as Array<keyof Value>).map((key, index) => ({
    key,
    prefix: `${index === 0 ? '{' : ','}${JSON.stringify(key)}:`,
    write: fields[key] as (out: JsonBytesWriter, value: unknown) => void,
  }));
  return (out: JsonBytesWriter, value: Value) => {
    for (const entry of entries) {
      out.raw(entry.prefix);
      entry.write(out, value[entry.key]);
    }
    out.raw('}');
  };
}

const writeRow = createObjectWriter(rowFields);
const writeUnit = createObjectWriter(unitFields);

/** The summary with its rows and units as JSON text, for the response serializer to splice in. */
export function toSummaryJson(summary: { rows: SummaryRow[]; units: SummaryUnit[] }): { rows: JsonText; units: JsonText } {
  // About 450 bytes a row and 90 a unit.
  const rows = new JsonBytesWriter(summary.rows.length * 500 + 16);
  rows.array(summary.rows, (row) => writeRow(rows, row));
  const units = new JsonBytesWriter(summary.units.length * 100 + 16);
  units.array(summary.units, (unit) => writeUnit(units, unit));
  return { rows: new JsonText(rows.toBuffer()), units: new JsonText(units.toBuffer()) };
}

/**
 * Each row's JSON text (views of one buffer, each distinct text encoded once), so an answer can
 * be patched: joined by joinRowFragments they are toSummaryJson's rows, byte for byte.
 */
export function toRowFragments(rows: readonly SummaryRow[]): Buffer[] {
  const out = new JsonBytesWriter(rows.length * 500 + 16);
  const ends = new Array<number>(rows.length);
  for (let index = 0; index < rows.length; index += 1) {
    writeRow(out, rows[index]!);
    ends[index] = out.size;
  }
  const bytes = out.toBuffer();
  return ends.map((end, index) => bytes.subarray(index === 0 ? 0 : ends[index - 1]!, end));
}

/** The units as toSummaryJson writes them. */
export function toUnitsJson(units: readonly SummaryUnit[]): JsonText {
  const out = new JsonBytesWriter(units.length * 100 + 16);
  out.array(units, (unit) => writeUnit(out, unit));
  return new JsonText(out.toBuffer());
}

/** The rows' JSON array from their fragments (JsonBytesWriter.array's commas and brackets). */
export function joinRowFragments(fragments: readonly Buffer[]): JsonText {
  let length = 2 + Math.max(0, fragments.length - 1);
  for (const fragment of fragments) length += fragment.length;
  const bytes = Buffer.allocUnsafe(length);
  let at = 0;
  bytes[at++] = 0x5b; // [
  for (let index = 0; index < fragments.length; index += 1) {
    if (index > 0) bytes[at++] = 0x2c; // ,
    const fragment = fragments[index]!;
    bytes.set(fragment, at);
    at += fragment.length;
  }
  bytes[at] = 0x5d; // ]
  return new JsonText(bytes);
}
