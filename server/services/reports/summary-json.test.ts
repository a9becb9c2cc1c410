import { describe, expect, it } from 'vitest';
import type { SummaryRow, SummaryUnit } from '../../../contract/reports.ts';
import { stringifyResponse } from '../../http/response-serializer.ts';
import { toSummaryJson } from './summary-json.ts';

function row(overrides: Partial<SummaryRow>): SummaryRow {
  return {
    documentId: 'd-1',
    organisationId: 'o000009',
    unit: '某某县某中心',
    supervisor: '某某县某局',
    year: 2025,
    kind: 'self-evaluation',
    kindName: '绩效自评表',
    project: null,
    revision: 1,
    state: 'approved',
    stateName: '已批复',
    executionRate: '98.5',
    score: '91.20',
    grade: '优',
    findings: { error: 0, warning: 2, info: 1 },
    updatedAt: '2025-06-30T08:00:00.000Z',
    ...overrides,
  };
}

// Texts JSON must escape (quotes, backslashes, control characters, a lone surrogate), plain ASCII,
// repeated names, nulls and numbers of every kind the rows carry.
const rows: SummaryRow[] = [
  row({}),
  row({ documentId: 'd-2', unit: '引号"与\\反斜杠', supervisor: null, project: '项目\n换行\t制表\u0001', executionRate: null, score: null, grade: null }),
  row({ documentId: 'd-3', unit: 'Plain ASCII unit', supervisor: 'tab\there', kindName: 'back\\slash only', year: 1990, revision: 12, findings: { error: 123, warning: 0, info: 4567 } }),
  row({ documentId: 'd-4', unit: '某某县某中心', project: '\ud800孤立代理项', stateName: '单位填报', state: 'draft' }),
  row({ documentId: "d-5'<>&", unit: 'emoji 😀 名', updatedAt: '2026-01-01T00:00:00.000Z', executionRate: '-0', score: '0' }),
];
const units: SummaryUnit[] = [
  { id: 'o000009', name: '某某县某中心', supervisor: '某某县某局' },
  { id: 'o000010', name: '"quoted"', supervisor: null },
];

describe('toSummaryJson', () => {
  it('sends the bytes JSON.stringify would, so the answer is unchanged', () => {
    const sent = stringifyResponse(toSummaryJson({ rows, units }));
    expect(Buffer.isBuffer(sent)).toBe(true);
    expect((sent as Buffer).toString('utf8')).toBe(JSON.stringify({ rows, units }));
  });

  it('writes empty lists and many rows (the buffer grows) the same way', () => {
    expect(stringifyResponse(toSummaryJson({ rows: [], units: [] })).toString()).toBe(JSON.stringify({ rows: [], units: [] }));
    const many = Array.from({ length: 3000 }, (_unused, index) => row({ documentId: `d-${index}`, unit: `单位${index % 70}`, revision: index }));
    expect(stringifyResponse(toSummaryJson({ rows: many, units })).toString()).toBe(JSON.stringify({ rows: many, units }));
  });
});
