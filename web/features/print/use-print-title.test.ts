import { describe, expect, it } from 'vitest';
import { suggestFileName } from '../../../documents/export.ts';
import {
  buildSampleProjectTable,
  buildSampleReport,
  buildSampleSelfEvaluation,
  buildSampleTargetTable,
} from '../../../documents/print/sample-documents.ts';
import { describePrintTitle } from './use-print-title.ts';

describe('describePrintTitle', () => {
  it.each([
    ['target table', buildSampleTargetTable()],
    ['self-evaluation', buildSampleSelfEvaluation(3)],
    ['report', buildSampleReport()],
    ['project table', buildSampleProjectTable('target-table')],
    ['document with a slash in its unit', { ...buildSampleTargetTable(), unit: '公安局/交警大队' }],
  ])('names the %s as the server names its download', (_, document) => {
    expect(`${describePrintTitle(document)}.pdf`).toBe(suggestFileName(document, 'pdf'));
  });
});
