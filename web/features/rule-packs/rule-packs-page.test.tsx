// @vitest-environment jsdom
/** 评分规则包: every pack read by its title and edition, never its code; on a phone the years and regions are blocks. */
import { simulateWideScreen } from '../../components/match-media.test-support.ts';
import { cleanup, render, screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { RulePackList } from '../../../contract/rule-packs.ts';
import { getRulePack, rulePacks } from '../../../core/rule-packs/index.ts';

const national = getRulePack('national');
const sichuan = getRulePack('sichuan-60-30');
const list: RulePackList = {
  items: rulePacks.map(({ name, version, title, source, region, changes }) => ({ name, version, title, source, region, changes })),
  years: [
    { year: 2025, isOpen: false, rulePack: 'national' },
    { year: 2026, isOpen: true, rulePack: 'sichuan-60-30' },
  ],
  defaultPack: 'national',
  regions: [{ organisationId: 'o-7', organisationName: '河西区财政局', year: 2026, pack: 'national' }],
  bureaus: [{ id: 'o-7', name: '河西区财政局' }],
};

vi.mock('./rule-packs-api.ts', () => ({
  getRulePacks: () => Promise.resolve(list),
  changeYearRulePack: vi.fn(),
  setRegionRulePack: vi.fn(),
}));
const { default: RulePacksPage } = await import('./rule-packs-page.tsx');

afterEach(cleanup);

/** Every code a person could read on the page: none may show. */
const expectNoPackCodes = (container: HTMLElement) => {
  for (const pack of rulePacks) expect(container.textContent).not.toContain(`${pack.name}@`);
  expect(container.textContent).not.toMatch(/\bnational\b|sichuan-60-30/);
};

describe('the rule-pack page', () => {
  it('shows each year and each region choice as a block on a phone, the packs by title and edition', async () => {
    const { container } = render(<RulePacksPage />);
    const years = await screen.findByRole('list', { name: '各年度的规则包' });
    const blocks = within(years).getAllByRole('listitem');
    expect(blocks.map((block) => block.querySelector('.row-cards-head strong')?.textContent)).toEqual(['2025 年度', '2026 年度']);
    expect(within(blocks[1]!).getByText('开放')).toBeTruthy();
    expect(within(blocks[1]!).getByText(`${sichuan.title}（第 ${sichuan.version} 版）`)).toBeTruthy();
    // The region card renders after the years' list (its own state): wait for it as for the years.
    const regions = await screen.findByRole('list', { name: '地区规则包' });
    expect(within(regions).getByRole('listitem').textContent).toContain(`规则包：${national.title}（第 ${national.version} 版）`);
    expect(screen.queryByRole('table')).toBeNull();
    expect(screen.getAllByText(`第 ${national.version} 版`).length).toBe(rulePacks.length);
    expectNoPackCodes(container);
  });

  it('keeps the tables on a wide screen, still without a code', async () => {
    const restore = simulateWideScreen();
    try {
      const { container } = render(<RulePacksPage />);
      expect(await screen.findByRole('cell', { name: '河西区财政局' })).toBeTruthy();
      expect(screen.queryByRole('list', { name: '各年度的规则包' })).toBeNull();
      expectNoPackCodes(container);
    } finally {
      restore();
    }
  });
});
