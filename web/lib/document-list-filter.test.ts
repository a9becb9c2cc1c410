import { describe, expect, it } from 'vitest';
import { buildDocumentSummary } from '../../test-support/api-fixtures.ts';
import { compareSubmittedAt, filterDocuments, listFilterOptions } from './document-list-filter.ts';

const school = buildDocumentSummary({ id: 'school', organisationId: 'org-school', organisationName: '示范县第一中学', kind: 'target-table', kindName: '绩效目标表', project: '校园安全改造', year: 2026, state: 'submitted', stateName: '已提交', submittedAt: '2026-03-01T00:00:00.000Z' });
const police = buildDocumentSummary({ id: 'police', organisationId: 'org-police', organisationName: '示范县公安局', kind: 'self-evaluation', kindName: '绩效自评表', project: null, year: 2025, state: 'supervisor-reviewed', stateName: '主管部门已审核', submittedAt: '2026-03-05T00:00:00.000Z' });
const never = buildDocumentSummary({ id: 'never', organisationId: 'org-police', organisationName: '示范县公安局', kind: 'target-table', kindName: '绩效目标表', project: null, year: 2026, state: 'draft', stateName: '草稿', submittedAt: null });
const all = [school, police, never];

describe('filterDocuments', () => {
  it.each([
    [{ kind: 'self-evaluation' as const }, ['police']],
    [{ state: 'submitted' as const }, ['school']],
    [{ organisationId: 'org-police' }, ['police', 'never']],
    [{ year: 2026 }, ['school', 'never']],
    [{ search: '安全' }, ['school']],
    [{ search: '公安' }, ['police', 'never']],
    [{ search: '自评' }, ['police']],
    [{ search: '  ' }, ['school', 'police', 'never']],
    [{ organisationId: 'org-police', year: 2026 }, ['never']],
  ])('keeps only the rows matching %j', (filter, ids) => {
    expect(filterDocuments(all, filter).map((document) => document.id)).toEqual(ids);
  });
});

describe('listFilterOptions', () => {
  it('offers each unit, kind, state and year once, years newest first', () => {
    const options = listFilterOptions(all);
    expect(options.units.map((unit) => unit.value).sort()).toEqual(['org-police', 'org-school']);
    expect(options.years.map((year) => year.value)).toEqual([2026, 2025]);
    expect(options.kinds).toHaveLength(2);
    expect(options.states).toHaveLength(3);
  });
});

describe('compareSubmittedAt', () => {
  it('puts the newest submission first and never-submitted rows last', () => {
    expect([never, school, police].sort(compareSubmittedAt).map((document) => document.id)).toEqual(['police', 'school', 'never']);
  });
});
