// @vitest-environment jsdom
/** 指标库: 停用 cannot be undone from the page (a retired entry has no buttons), so it is confirmed first. */
import { simulateWideScreen } from '../../components/match-media.test-support.ts';
import { cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { App, ConfigProvider } from 'antd';
import zhCN from 'antd/locale/zh_CN';
import { afterEach, describe, expect, it, onTestFinished, vi } from 'vitest';
import { entrySchema, entryStatusNames } from '../../../core/indicator-library/entry.ts';

const entry = entrySchema.parse({
  id: 'e1',
  name: '社区矫正对象满意度',
  level1: 'satisfaction',
  level2: '服务对象满意度指标',
  direction: 'higher-better',
  unit: '%',
  status: 'confirmed',
  nameKey: '社区矫正对象满意度',
  mergedInto: null,
  createdAt: '2026-12-01T00:00:00Z',
  updatedAt: '2026-12-01T00:00:00Z',
});
const changeEntry = vi.fn();
vi.mock('./indicator-library-api.ts', () => ({
  listEntries: () => Promise.resolve({ items: [entry], total: 1 }),
  changeEntry: (...args: unknown[]) => changeEntry(...args) as unknown,
  mergeEntry: vi.fn(),
  importEntries: vi.fn(),
  exportUrl: '/api/indicator-library/export.xlsx',
}));
const { default: IndicatorLibraryPage } = await import('./indicator-library-page.tsx');

afterEach(cleanup);

describe('the 指标库 page', () => {
  it('retires an entry only after a confirmation that says it cannot be re-enabled', async () => {
    changeEntry.mockResolvedValue(entry);
    render(
      <App>
        <IndicatorLibraryPage />
      </App>,
    );
    fireEvent.click(await screen.findByRole('button', { name: /^停\s?用$/ }));
    expect(await screen.findByText(/不能重新启用/)).toBeTruthy();
    expect(changeEntry).not.toHaveBeenCalled();
    const buttons = screen.getAllByRole('button', { name: /^停\s?用$/ });
    fireEvent.click(buttons[buttons.length - 1]!);
    await waitFor(() => expect(changeEntry).toHaveBeenCalledWith('e1', 'retire'));
  });

  it('shows each entry as a block on a phone, its details folded under 详情', async () => {
    render(
      <App>
        <IndicatorLibraryPage />
      </App>,
    );
    const list = await screen.findByRole('list', { name: '指标库条目' });
    const [block] = within(list).getAllByRole('listitem');
    expect(block!.querySelector('.row-cards-head')?.textContent).toBe(`社区矫正对象满意度 ${entryStatusNames.confirmed}`);
    expect(block!.textContent).toContain('一级 / 二级：满意度指标 / 服务对象满意度指标');
    expect(block!.textContent).toContain('方向：正向');
    expect(block!.querySelector('details summary')?.textContent).toBe('指标解释、计算公式、评分标准');
    expect(within(block!).getByText(/^指标解释：/)).toBeTruthy();
    expect(screen.queryByRole('table')).toBeNull();
  });

  it('heads the expand column, so no table heading is empty, and its button names what it does', async () => {
    const restore = simulateWideScreen();
    onTestFinished(restore);
    render(
      <ConfigProvider locale={zhCN}>
        <App>
          <IndicatorLibraryPage />
        </App>
      </ConfigProvider>,
    );
    expect(await screen.findByText('社区矫正对象满意度')).toBeTruthy();
    const headings = screen.getAllByRole('columnheader');
    expect(headings.filter((heading) => !heading.textContent?.trim())).toEqual([]);
    expect(screen.getByRole('columnheader', { name: '详情' })).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: '展开行' }));
    expect(await screen.findByText(/^指标解释：/)).toBeTruthy();
  });
});
