// @vitest-environment jsdom
/**
 * Saving every table of a file: one request with the file once and each chosen table (the screen's corrections for
 * the table on the screen only, the unit the person confirmed), and each table's outcome shown from the answer.
 */
import '../../components/match-media.test-support.ts';
import { cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { App } from 'antd';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { ImportPreview, ImportTableOutcome } from '../../../contract/import-review.ts';
import { RouterProvider } from '../../lib/router.tsx';
import { buildSaveTablesBody, SaveAllTables, tableRequest, tablesToChoose } from './save-all-tables.tsx';

afterEach(() => {
  cleanup();
  vi.unstubAllGlobals();
});

const file = { fileName: '三个项目.txt', contentBase64: 'AAAA' };

describe('buildSaveTablesBody', () => {
  it('sends the file once with every chosen table in order, the screen’s corrections for the table on the screen only', () => {
    const corrections = { table: 1, year: 2024, project: '社区巡防', columnRoles: [{ column: 3, role: 'target' as const }] };
    const body = buildSaveTablesBody({ file, chosen: [2, 0, 1], shownTable: 1, corrections, organisationId: undefined, confirmedUnit: null });
    expect(body).toEqual({
      ...file,
      tables: [{ table: 0 }, { table: 1, corrections: { year: 2024, project: '社区巡防', columnRoles: corrections.columnRoles } }, { table: 2 }],
    });
  });

  it('names the unit finance imports for and the unit the person confirmed the file names', () => {
    const body = buildSaveTablesBody({ file, chosen: [0], shownTable: 0, corrections: {}, organisationId: 'justice', confirmedUnit: '示范县交通运输局' });
    expect(body).toMatchObject({ organisationId: 'justice', confirmedFileUnit: '示范县交通运输局', tables: [{ table: 0 }] });
  });

  it('gives the first table shown before any choice the screen’s corrections, which carry no table yet', () => {
    expect(tableRequest(0, { shownTable: 0, corrections: { year: 2025 } })).toEqual({ table: 0, corrections: { year: 2025 } });
    expect(tableRequest(0, { shownTable: 0, corrections: { table: 0 } })).toEqual({ table: 0 });
  });
});

describe('tablesToChoose', () => {
  const saved = (table: number): ImportTableOutcome => ({
    table,
    status: 'saved',
    document: { id: `d${table}`, year: 2025, kind: 'self-evaluation', project: null, organisationId: 'o', organisationName: '示范县公安局' },
    findings: [],
  });
  it('chooses every table at first, and after a run those not saved', () => {
    expect(tablesToChoose(3, [])).toEqual([0, 1, 2]);
    expect(tablesToChoose(3, [saved(0), { table: 1, status: 'refused', code: 'year-required', message: '没有年度', fileUnit: null }, saved(2)])).toEqual([1]);
    expect(tablesToChoose(2, [saved(0), saved(1)])).toEqual([0, 1]);
  });
});

describe('SaveAllTables', () => {
  const preview = {
    tables: [
      { line: 1, kind: 'self-evaluation' },
      { line: 7, kind: 'self-evaluation' },
      { line: 13, kind: 'self-evaluation' },
    ],
    table: 0,
    unitCheck: { fileUnit: '示范县公安局', ownerOrganisationId: 'o', ownerName: '示范县公安局', isMismatch: false },
  } as unknown as ImportPreview;

  it('saves the chosen tables in one request and lists each table’s outcome', async () => {
    const outcomes: ImportTableOutcome[] = [
      { table: 0, status: 'refused', code: 'document-exists', message: '本单位2025年已有项目“社区巡防”的绩效自评表。', fileUnit: null },
      {
        table: 2,
        status: 'saved',
        document: { id: 'd2', year: 2025, kind: 'self-evaluation', project: '道路养护', organisationId: 'o', organisationName: '示范县公安局' },
        findings: [],
      },
    ];
    const fetchMock = vi.fn(async (_url: string, _init?: RequestInit) =>
      new Response(JSON.stringify({ outcomes }), { status: 200, headers: { 'content-type': 'application/json' } }),
    );
    vi.stubGlobal('fetch', fetchMock);
    render(
      <App>
        <RouterProvider>
          <SaveAllTables file={file} preview={preview} corrections={{ year: 2025 }} organisationId={undefined} isFinance={false} onReviewTable={() => {}} />
        </RouterProvider>
      </App>,
    );
    fireEvent.click(screen.getByRole('button', { name: '全部 3 张导入为草稿' }));
    const dialog = await screen.findByRole('dialog');
    // The person leaves out the second table.
    fireEvent.click(within(dialog).getByRole('checkbox', { name: '第 2 张（第 7 行起）' }));
    fireEvent.click(within(dialog).getByRole('button', { name: '导入 2 张' }));

    await screen.findByText('已导入 1 张，未导入 1 张。');
    expect(fetchMock).toHaveBeenCalledTimes(1);
    const [url, init] = fetchMock.mock.calls[0]!;
    expect(url).toBe('/api/import-review/save-tables');
    expect(JSON.parse(String(init?.body))).toEqual({ ...file, tables: [{ table: 0, corrections: { year: 2025 } }, { table: 2 }] });
    expect(screen.getByText('第 1 张：未导入：本单位2025年已有项目“社区巡防”的绩效自评表。')).toBeTruthy();
    expect(screen.getByText('第 3 张：已生成草稿：2025年 绩效自评表“道路养护”')).toBeTruthy();
    expect(screen.getByRole('button', { name: '核对此表' })).toBeTruthy();
    expect(screen.getByRole('button', { name: '打开草稿' })).toBeTruthy();
  });

  it('says no table was saved when the whole request is refused', async () => {
    vi.stubGlobal('fetch', vi.fn(async () => new Response(JSON.stringify({ code: 'payload-too-large', message: '上传内容过大。' }), { status: 413 })));
    render(
      <App>
        <RouterProvider>
          <SaveAllTables file={file} preview={preview} corrections={{}} organisationId={undefined} isFinance={false} onReviewTable={() => {}} />
        </RouterProvider>
      </App>,
    );
    fireEvent.click(screen.getByRole('button', { name: '全部 3 张导入为草稿' }));
    fireEvent.click(within(await screen.findByRole('dialog')).getByRole('button', { name: '导入 3 张' }));
    await waitFor(() => expect(screen.getByRole('status').textContent).toBe('未导入：上传内容过大。'));
  });
});
