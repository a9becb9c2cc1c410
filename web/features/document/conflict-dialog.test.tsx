// @vitest-environment jsdom
/** The 409 dialog lists the differences as blocks on a phone (three columns squeezed the values) and as a table on a wide screen. */
import { simulateWideScreen } from '../../components/match-media.test-support.ts';
import { cleanup, render, screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { createEmptyDocument, type PerformanceDocument } from '../../../core/model.ts';
import { buildDocumentView } from '../../../test-support/api-fixtures.ts';
import { ConflictDialog } from './conflict-dialog.tsx';
import type { DraftConflict } from './use-document-draft.ts';

afterEach(cleanup);

const mine: PerformanceDocument = {
  ...createEmptyDocument('target-table'),
  goals: [
    {
      name: '目标一',
      indicators: [{ level1: '产出指标', level2: '数量指标', name: '护林巡查次数', target: null }],
    },
  ],
};

const conflict: DraftConflict = {
  server: buildDocumentView({ version: 4 }),
  changes: [{ path: 'goals.0.indicators.0.target', before: { text: '≥300次' }, after: { text: '≥360次' } }],
};

function renderDialog() {
  render(
    <ConflictDialog
      conflict={conflict}
      mine={mine}
      onMerge={() => undefined}
      onKeepMine={() => undefined}
      onTakeServer={() => undefined}
    />,
  );
}

describe('ConflictDialog', () => {
  it('shows each difference as a block on a phone: where, then the server’s value and mine', () => {
    renderDialog();
    const block = within(screen.getByRole('list', { name: '两个版本的不同之处' })).getByRole('listitem');
    expect(block.querySelector('.row-cards-head')!.textContent).toContain('护林巡查次数');
    expect([...block.querySelectorAll('.row-cards-field')].map((field) => field.textContent)).toEqual([
      '服务器上：≥300次',
      '我的：≥360次',
    ]);
    expect(screen.getByText(/已更新到第 4 版。下面列出两个版本的不同之处/)).toBeTruthy();
    expect(screen.queryByRole('table')).toBeNull();
  });

  it('keeps the table on a wide screen', () => {
    const restore = simulateWideScreen();
    try {
      renderDialog();
      const table = screen.getByRole('table');
      expect(within(table).getByText('≥300次')).toBeTruthy();
      expect(within(table).getByText('≥360次')).toBeTruthy();
      expect(screen.queryByRole('list', { name: '两个版本的不同之处' })).toBeNull();
    } finally {
      restore();
    }
  });
});
