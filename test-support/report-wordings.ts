/**
 * The wording-table harness of the report readers (documents/text/report-wordings*.test.ts): a row's
 * invented sentences go under a title and around section headings, through the real import path
 * (importFile, analyseDocument) and the fidelity measure's facts, so a row fails by naming its fact.
 */
import { describe, expect, it } from 'vitest';
import { analyseDocument } from '../core/analyse.ts';
import { importFile } from '../documents/import-file.ts';
import { documentFacts } from '../documents/layouts/facts.ts';
import { comparisonOf, isSameFact } from '../documents/layouts/fact-values.ts';

export interface WordingRow {
  /** The wording pattern, as docs/layouts.md lists it. */
  wording: string;
  /** The report's lines under its title (a section heading is added around them). */
  body: readonly string[];
  title?: string;
  /** Fact key → value in the fidelity measure's terms; null: the fact must not be read. */
  facts: Readonly<Record<string, string | null>>;
}

export const PROJECT_TITLE = '青禾县农业技术推广站2023年度耕地质量提升项目支出绩效自评报告';
export const DEPARTMENT_TITLE = '青禾县文化馆2023年度部门整体支出绩效自评报告';
export const MONITORING_TITLE = '青禾县水利局2024年1-6月项目支出绩效运行监控报告';

function report(row: WordingRow): string {
  return [
    row.title ?? PROJECT_TITLE,
    '一、基本情况',
    ...row.body,
    '二、存在的问题及原因分析',
    '个别环节进度偏慢。',
    '三、下一步改进措施',
    '加强过程管理。',
  ].join('\n');
}

async function readFacts(text: string): Promise<Map<string, string>> {
  const document = analyseDocument(await importFile({ bytes: Buffer.from(text, 'utf8'), fileName: 'report.txt' }));
  return documentFacts(document);
}

/** Each expected fact as "key: value" next to what was read, so a failing row names its fact. */
function compare(facts: Map<string, string>, expected: WordingRow['facts']): { expected: string[]; read: string[] } {
  const wanted: string[] = [];
  const read: string[] = [];
  for (const [key, value] of Object.entries(expected)) {
    const got = facts.get(key) ?? null;
    wanted.push(`${key}: ${value ?? '(none)'}`);
    const same = value === null ? got === null : got !== null && isSameFact(comparisonOf(key), value, got);
    read.push(same ? `${key}: ${value ?? '(none)'}` : `${key}: ${got ?? '(none)'}`);
  }
  return { expected: wanted, read };
}

/** One `describe` per group of rows, one test per row. */
export function describeWordingRows(title: string, groups: ReadonlyArray<readonly [string, readonly WordingRow[]]>): void {
  describe(title, () => {
    describe.each(groups.map(([name, rows]) => [name, rows] as const))('%s', (_group, rows) => {
      it.each(rows.map((row) => [row.wording, row] as const))('%s', async (_wording, row) => {
        const { expected, read } = compare(await readFacts(report(row)), row.facts);
        expect(read).toEqual(expected);
      });
    });
  });
}
