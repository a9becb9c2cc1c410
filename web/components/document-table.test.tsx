// @vitest-environment jsdom
/** The document list: blocks on a phone (the table scrolled sideways), the table on a wide screen. */
import { simulateWideScreen } from './match-media.test-support.ts';
import { cleanup, render, screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { buildDocumentSummary } from '../../test-support/api-fixtures.ts';
import { RouterProvider } from '../lib/router.tsx';
import { DocumentTable } from './document-table.tsx';

afterEach(cleanup);

const documents = [
  buildDocumentSummary({
    id: 'd1',
    organisationName: '示例县水利局',
    kind: 'self-evaluation',
    year: 2025,
    score: '91.50',
    grade: '优',
    submittedAt: '2026-03-02T01:00:00.000Z',
  }),
  buildDocumentSummary({
    id: 'd2',
    organisationName: '示例县水利局',
    submittedAt: '2026-01-10T01:00:00.000Z',
  }),
];

describe('DocumentTable', () => {
  it('shows a block per document on a phone: the linked title with its state, then the score and dates', () => {
    render(
      <RouterProvider>
        <DocumentTable documents={documents} />
      </RouterProvider>,
    );
    const blocks = within(screen.getByRole('list', { name: '文档列表' })).getAllByRole('listitem');
    expect(blocks.map((block) => block.querySelector('.row-cards-head')!.textContent)).toEqual([
      '2025年 示例县水利局 绩效自评表草稿',
      '2026年 示例县水利局 绩效目标表草稿',
    ]);
    expect(within(blocks[0]!).getByRole('link').getAttribute('href')).toBe('/documents/d1');
    expect(blocks[0]!.textContent).toContain('自评得分：91.50（优）');
    // A document without a score has no empty 自评得分 line.
    expect(blocks[1]!.textContent).not.toContain('自评得分');
    expect(blocks[1]!.textContent).toContain('最后更新：');
    expect(screen.queryByRole('table')).toBeNull();
  });

  it('puts the oldest submission first on a phone, as the review queue’s table sorts', () => {
    render(
      <RouterProvider>
        <DocumentTable documents={documents} showSubmittedAt />
      </RouterProvider>,
    );
    const links = within(screen.getByRole('list', { name: '文档列表' })).getAllByRole('link');
    expect(links.map((link) => link.getAttribute('href'))).toEqual(['/documents/d2', '/documents/d1']);
  });

  it('keeps the table on a wide screen', () => {
    const restore = simulateWideScreen();
    try {
      render(
        <RouterProvider>
          <DocumentTable documents={documents} />
        </RouterProvider>,
      );
      expect(within(screen.getByRole('table')).getAllByRole('link')).toHaveLength(2);
      expect(screen.queryByRole('list', { name: '文档列表' })).toBeNull();
    } finally {
      restore();
    }
  });
});
