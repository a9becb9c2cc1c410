/**
 * The proof of issue 5: a document exported to .xlsx or .docx and imported again gives the same
 * model for every field the official layout holds (unit, year, budget, goals, indicators' levels,
 * names, target and actual texts, weights, scores, deviations; a report's sections and money
 * lists). Decimals compare by value: the layout writes 万元 with two decimals (0 → 0.00).
 */
import { describe, expect, it } from 'vitest';
import { toDecimal } from '../../core/decimal.ts';
import type { PerformanceDocument } from '../../core/model.ts';
import { readSeed } from '../../test-support/seeds.ts';
import { exportDocument } from '../export.ts';
import { importFile } from '../import-file.ts';
import {
  buildSampleApprovalTable,
  buildSampleProjectTable,
  buildSampleReport,
  buildSampleSelfEvaluation,
  buildSampleTargetTable,
} from '../print/sample-documents.ts';
import { readText } from '../text/read-text.ts';

function decimal(value: string | null | undefined): string | null {
  return toDecimal(value)?.toFixed() ?? null;
}

function decimals<T extends Record<string, string | null | undefined>>(
  record: T | undefined,
): Record<string, string | null> {
  return Object.fromEntries(
    Object.entries(record ?? {})
      .map(([key, value]) => [key, decimal(value)])
      .filter(([, value]) => value !== null),
  );
}

function prose(text: string | null | undefined): string {
  return (text ?? '').replace(/\s+/g, '');
}

/** The fields an official table holds, decimals by value. */
function projectTable(document: PerformanceDocument) {
  const { bySource, byNature, ...amounts } = document.budget;
  return {
    kind: document.kind,
    scope: document.scope,
    unit: document.unit,
    project: document.project ?? null,
    supervisor: document.supervisor ?? null,
    year: document.year,
    // Prose compares without whitespace: a cell's line breaks are the layout's, not the unit's words.
    functions: prose(document.functions),
    overallGoal: prose(document.overallGoal),
    overallResult: prose(document.overallResult),
    budget: { ...decimals(amounts), bySource: decimals(bySource), byNature: decimals(byNature) },
    totals: { weight: decimal(document.totals.weight), score: decimal(document.totals.score) },
    goals: document.goals.map((goal) => ({
      name: goal.name,
      indicators: goal.indicators.map((indicator) => ({
        level1: indicator.level1,
        level2: indicator.level2,
        name: indicator.name,
        target: indicator.target?.text ?? null,
        actual: indicator.actual?.text ?? null,
        weight: decimal(indicator.weight),
        score: decimal(indicator.score),
        deviation: indicator.deviation ?? null,
      })),
    })),
  };
}

/** A report's sections by title (the numbering is the writer's) and its money lists. */
function projectReport(document: PerformanceDocument) {
  const strip = (title: string) =>
    title.replace(/^\s*(?:[一二三四五六七八九十]+[、.．]|\d+[、.．)）])\s*/, '');
  return {
    unit: document.unit,
    year: document.year,
    sections: Object.fromEntries(
      (document.report?.sections ?? []).map((section) => [
        strip(section.title),
        section.text.replace(/\s+/g, ''),
      ]),
    ),
    moneyLists: (document.report?.moneyLists ?? []).map((list) => ({
      label: list.label,
      amount: decimal(list.amount),
      items: list.items.map((item) => ({ label: item.label, amount: decimal(item.amount) })),
    })),
  };
}

async function roundTrip(
  document: PerformanceDocument,
  format: 'xlsx' | 'docx',
): Promise<PerformanceDocument> {
  return importFile({ bytes: await exportDocument(document, format), fileName: `往返.${format}` });
}

function readSeedDocument(prefix: '000' | '001' | '002' | '003'): PerformanceDocument {
  const document = readText(readSeed(prefix));
  if (!document) throw new Error(`seed ${prefix} is not read as a document`);
  return document;
}

const tables: Array<[string, () => PerformanceDocument]> = [
  ['a hand-built target table', buildSampleTargetTable],
  ['a hand-built approval table', buildSampleApprovalTable],
  ['a hand-built self-evaluation', buildSampleSelfEvaluation],
  ['a hand-built project target table', () => buildSampleProjectTable('target-table')],
  ['a hand-built project self-evaluation', () => buildSampleProjectTable('self-evaluation')],
  ['sample 000 (target table)', () => readSeedDocument('000')],
  ['sample 001 (self-evaluation)', () => readSeedDocument('001')],
  ['sample 002 (approval table)', () => readSeedDocument('002')],
];

describe('round trip through .xlsx and .docx', () => {
  for (const format of ['xlsx', 'docx'] as const) {
    it.each(tables)(`gives back the layout's fields of %s through .${format}`, async (_, build) => {
      const document = build();
      expect(document.goals.length).toBeGreaterThan(0);
      expect(projectTable(await roundTrip(document, format))).toEqual(projectTable(document));
    });
  }

  it('gives back sample 003 (evaluation report) through .docx: every section and money list', async () => {
    const document = readSeedDocument('003');
    expect(document.report?.sections.length).toBeGreaterThan(0);
    expect(projectReport(await roundTrip(document, 'docx'))).toEqual(projectReport(document));
  });

  it("gives back a hand-built report's own sections and money lists through .docx", async () => {
    const document = buildSampleReport();
    const back = projectReport(await roundTrip(document, 'docx'));
    const original = projectReport(document);
    for (const [title, text] of Object.entries(original.sections)) expect(back.sections[title]).toBe(text);
    expect(back.moneyLists).toEqual(expect.arrayContaining(original.moneyLists));
  });
});
