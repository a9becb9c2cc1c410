// @vitest-environment jsdom
/** 单位管理 on a phone: a block per unit in tree order, indented, folded as the desktop tree folds. */
import { simulateWideScreen } from '../../components/match-media.test-support.ts';
import { cleanup, fireEvent, render, screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { Organisation } from '../../../contract/organisations.ts';

const organisation = (id: string, kind: Organisation['kind'], name: string, path: string[]): Organisation => ({
  id,
  kind,
  name,
  parentId: path.at(-2) ?? null,
  createdAt: '2026-01-01T00:00:00.000Z',
  path,
});
const items = [
  organisation('b', 'finance-bureau', '临河县财政局', ['b']),
  organisation('s', 'supervisor', '临河县水利局', ['b', 's']),
  organisation('u', 'unit', '临河县河道管理站', ['b', 's', 'u']),
];

vi.mock('../../lib/api-client.ts', () => ({
  callApi: () => Promise.resolve({ items }),
  describeError: (error: unknown) => String(error),
}));
const { default: AdminOrganisationsPage } = await import('./admin-organisations-page.tsx');

afterEach(cleanup);

const names = () =>
  within(screen.getByRole('list', { name: '单位列表' }))
    .getAllByRole('listitem')
    .map((block) => block.querySelector('.row-cards-head strong')?.textContent);

describe('the 单位管理 page on a phone', () => {
  it('lists the units as blocks in tree order with their kind and actions, no table', async () => {
    render(<AdminOrganisationsPage />);
    await screen.findByRole('list', { name: '单位列表' });
    expect(names()).toEqual(['临河县财政局', '临河县水利局', '临河县河道管理站']);
    const [, supervisor] = within(screen.getByRole('list', { name: '单位列表' })).getAllByRole('listitem');
    expect(within(supervisor!).getByText('主管部门')).toBeTruthy();
    expect(within(supervisor!).getByRole('button', { name: '在临河县水利局下新增单位' })).toBeTruthy();
    expect(within(supervisor!).getByRole('button', { name: '移动临河县水利局' })).toBeTruthy();
    expect(screen.queryByRole('table')).toBeNull();
  });

  it('folds the units below a unit and opens them again', async () => {
    render(<AdminOrganisationsPage />);
    fireEvent.click(await screen.findByRole('button', { name: '收起临河县水利局的下级单位' }));
    expect(names()).toEqual(['临河县财政局', '临河县水利局']);
    fireEvent.click(screen.getByRole('button', { name: '展开临河县水利局的下级单位' }));
    expect(names()).toEqual(['临河县财政局', '临河县水利局', '临河县河道管理站']);
  });
});

describe('the 单位管理 page on a wide screen', () => {
  it('keeps the tree table', async () => {
    const restore = simulateWideScreen();
    try {
      render(<AdminOrganisationsPage />);
      expect(await screen.findByRole('cell', { name: '临河县河道管理站' })).toBeTruthy();
      expect(screen.queryByRole('list', { name: '单位列表' })).toBeNull();
    } finally {
      restore();
    }
  });
});
