// @vitest-environment jsdom
/** Saving every table of a file: each table on its own, refusals listed, a confirmed unit only, a stop between two. */
import { describe, expect, it } from 'vitest';
import type { ImportSaveResult } from '../../../contract/import-review.ts';
import { ApiError } from '../../lib/api-client.ts';
import { correctionsFor, saveEveryTable, type TableOutcome } from './save-all-tables.tsx';

const result = (table: number): ImportSaveResult => ({
  document: { id: `d${table}`, year: 2025, kind: 'self-evaluation', project: `项目${table}`, organisationId: 'o', organisationName: '示范县公安局' },
  findings: [],
  layout: null,
});

const refusal = (code: string, message: string, details?: Record<string, unknown>) =>
  // As server/http/errors.ts sends a refusal: its details beside code and message.
  new ApiError({ status: 409, code, message, body: { ...details, code, message } });

/** Runs saveEveryTable over `count` tables whose saves answer by `answer`; what was sent and what came out. */
async function run(input: {
  count: number;
  answer: (table: number, unitMismatch?: 'save-as-owner') => ImportSaveResult | Error;
  confirmedUnit?: string | null;
  stopAfter?: number;
}) {
  const sent: string[] = [];
  const outcomes: TableOutcome[] = [];
  await saveEveryTable({
    count: input.count,
    save: async (table, unitMismatch) => {
      sent.push(`${table}${unitMismatch ? ' as owner' : ''}`);
      const answer = input.answer(table, unitMismatch);
      if (answer instanceof Error) throw answer;
      return answer;
    },
    confirmedUnit: input.confirmedUnit ?? null,
    shouldStop: () => input.stopAfter !== undefined && outcomes.length >= input.stopAfter,
    onOutcome: (outcome) => outcomes.push(outcome),
  });
  const described = outcomes.map((outcome) => (outcome.status === 'saved' ? `${outcome.table} saved ${outcome.result.document.id}` : `${outcome.table} failed ${outcome.message}`));
  const codes = outcomes.map((outcome) => (outcome.status === 'failed' ? outcome.code : null));
  return { sent, described, codes };
}

describe('saveEveryTable', () => {
  it('saves each table in order, each with its own request', async () => {
    const { sent, described } = await run({ count: 3, answer: result });
    expect(sent).toEqual(['0', '1', '2']);
    expect(described).toEqual(['0 saved d0', '1 saved d1', '2 saved d2']);
  });

  it('lists a refused table with the server message and goes on with the next', async () => {
    const { described, codes } = await run({
      count: 3,
      answer: (table) => (table === 1 ? refusal('document-exists', '该单位2025年已有“项目1”的自评表草稿。') : result(table)),
    });
    expect(described).toEqual(['0 saved d0', '1 failed 该单位2025年已有“项目1”的自评表草稿。', '2 saved d2']);
    expect(codes).toEqual([null, 'document-exists', null]);
  });

  it('saves a table naming the confirmed unit as the owner, and refuses one naming another unit', async () => {
    const answer = (unit: string) => (table: number, unitMismatch?: 'save-as-owner') =>
      unitMismatch ? result(table) : refusal('unit-mismatch', `文件所列单位为“${unit}”。`, { fileUnit: unit, ownerName: '示范县公安局' });
    const confirmed = await run({ count: 2, answer: answer('公安局'), confirmedUnit: '公安局' });
    expect(confirmed.sent).toEqual(['0', '0 as owner', '1', '1 as owner']);
    expect(confirmed.described).toEqual(['0 saved d0', '1 saved d1']);

    const other = await run({ count: 1, answer: answer('示范县交通运输局'), confirmedUnit: '公安局' });
    expect(other.sent).toEqual(['0']);
    expect(other.described).toEqual(['0 failed 文件所列单位为“示范县交通运输局”。']);

    const none = await run({ count: 1, answer: answer('示范县交通运输局') });
    expect(none.sent).toEqual(['0']);
  });

  it('stops between two tables when asked, leaving the rest unsaved', async () => {
    const { sent, described } = await run({ count: 5, answer: result, stopAfter: 2 });
    expect(sent).toEqual(['0', '1']);
    expect(described).toEqual(['0 saved d0', '1 saved d1']);
  });
});

describe('correctionsFor', () => {
  it('gives the table on the screen the screen\'s corrections, and every other table none', () => {
    const corrections = { table: 1, year: 2024, project: '社区巡防', columnRoles: [{ column: 3, role: 'target' as const }] };
    expect(correctionsFor(1, { shownTable: 1, corrections })).toEqual(corrections);
    expect(correctionsFor(0, { shownTable: 1, corrections })).toEqual({ table: 0 });
    expect(correctionsFor(2, { shownTable: 1, corrections })).toEqual({ table: 2 });
    // The first table shown before any choice: corrections carry no table of their own yet.
    expect(correctionsFor(0, { shownTable: 0, corrections: { year: 2025 } })).toEqual({ year: 2025, table: 0 });
  });
});
