import { describe, expect, it } from 'vitest';
import { createEmptyDocument } from '../../core/model.ts';
import { bodyDerivedColumns, toBodySaveValues } from './body-save-statements.ts';
import { documentFigures } from './document-figures.ts';
import { toMonitoringSummaryColumns } from './monitoring-summary-columns.ts';

describe('the prepared body save', () => {
  it('writes every column the body writes elsewhere, for a monitoring table and other kinds', () => {
    for (const kind of ['monitoring', 'self-evaluation', 'target-table'] as const) {
      const body = createEmptyDocument(kind);
      const written = Object.keys({ ...documentFigures(body), ...toMonitoringSummaryColumns(body) }).sort();
      expect([...bodyDerivedColumns].sort()).toEqual(written);
    }
  });

  it('takes the body text as given and the columns from the body', () => {
    const body = { ...createEmptyDocument('self-evaluation'), totals: { score: '88' } };
    const values = toBodySaveValues({ id: 'd', expectedVersion: 3, body, bodyText: '{"kept":1}', score: '90', grade: '优', updatedAt: 't', updatedBy: null });
    expect(values).toMatchObject({ id: 'd', expectedVersion: 3, body: '{"kept":1}', score: '90', grade: '优', stated_score: '88', updated_at: 't', updated_by: null });
  });
});
