// @vitest-environment jsdom
import '../../components/match-media.test-support.ts';
import { cleanup, render, screen } from '@testing-library/react';
import { App } from 'antd';
import { afterEach, describe, expect, it } from 'vitest';
import type { DocumentKind } from '../../../core/model.ts';
import { RouterProvider } from '../../lib/router.tsx';
import { DocumentOutputs } from './document-outputs.tsx';

afterEach(cleanup);

function renderOutputs(kind: DocumentKind, hasProjectTables = false) {
  render(
    <App>
      <RouterProvider>
        <DocumentOutputs documentId="doc 1" kind={kind} hasProjectTables={hasProjectTables} />
      </RouterProvider>
    </App>,
  );
}

describe('DocumentOutputs', () => {
  it.each<[DocumentKind, string[]]>([
    ['target-table', ['导出 Excel', '导出 Word', '导出 PDF']],
    ['approval-table', ['导出 Excel', '导出 Word', '导出 PDF']],
    ['self-evaluation', ['导出 Excel', '导出 Word', '导出 PDF']],
    ['evaluation-report', ['导出 Word', '导出 PDF']],
  ])('offers printing and the %s downloads %j', (kind, labels) => {
    renderOutputs(kind);
    expect(screen.getByRole('link', { name: /打印/ }).getAttribute('href')).toBe('/documents/doc%201/print');
    const buttons = screen.getAllByRole('button').map((button) => button.textContent?.trim());
    expect(buttons).not.toContain('打印');
    expect(buttons).toEqual(labels);
  });
});

describe('DocumentOutputs of a report whose projects have their own 自评表', () => {
  it('offers Excel too (one sheet per project)', () => {
    renderOutputs('evaluation-report', true);
    expect(screen.getAllByRole('button').map((button) => button.textContent?.trim())).toEqual(['导出 Excel', '导出 Word', '导出 PDF']);
  });
});

describe('DocumentOutputs 打印', () => {
  it('opens the print view in the app on a plain click', () => {
    window.history.replaceState(null, '', '/documents/doc%201');
    renderOutputs('self-evaluation');
    screen.getByRole('link', { name: /打印/ }).click();
    expect(window.location.pathname).toBe('/documents/doc%201/print');
  });
});
