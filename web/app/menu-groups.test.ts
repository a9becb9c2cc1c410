import { describe, expect, it } from 'vitest';
import { listMenuEntries } from './app-layout.tsx';
import { groupSettingsEntries, pickSelectedEntry, settingsGroupKey, type MenuEntry } from './menu-groups.ts';

const labels = (entries: readonly MenuEntry[]): string[] =>
  entries.map((entry) => (entry.children ? `${entry.label}[${labels(entry.children).join(',')}]` : entry.label));

describe('listMenuEntries', () => {
  it('groups finance’s 评分规则 and 年度与截止日期 under 设置, last', () => {
    expect(labels(listMenuEntries('finance-reviewer'))).toEqual([
      '首页', '审核队列', '绩效总览', '文档查询', '指标库', '绩效监控', '整改', '评价结果', '信息公开', '设置[年度与截止日期,评分规则]',
    ]);
  });

  it('gives the administrator 评分规则 beside users, units and years, all under 设置', () => {
    expect(labels(listMenuEntries('admin'))).toEqual([
      '首页', '绩效总览', '文档查询', '绩效监控', '信息公开', '设置[用户管理,单位管理,年度与截止日期,评分规则]',
    ]);
  });

  it('gives a 主管部门 its year view (年度报送) beside the review queue', () => {
    expect(labels(listMenuEntries('supervisor-reviewer'))).toEqual(['首页', '审核队列', '年度报送', '文档查询', '绩效监控', '整改', '信息公开']);
  });

  it.each(['unit-filler', 'unit-leader', 'supervisor-reviewer', 'public'] as const)('gives %s no 设置 group', (role) => {
    expect(listMenuEntries(role).some((entry) => entry.key === settingsGroupKey)).toBe(false);
  });

  it('keeps at most ten entries in a row for every role, so the header row holds them', () => {
    for (const role of ['admin', 'finance-reviewer', 'supervisor-reviewer', 'unit-filler', 'unit-leader', 'public'] as const) {
      expect(listMenuEntries(role).length, role).toBeLessThanOrEqual(10);
    }
  });
});

describe('groupSettingsEntries', () => {
  it('leaves a menu without settings pages as it is', () => {
    const entries = [{ key: '/', label: '首页' }, { key: '/public', label: '信息公开' }];
    expect(groupSettingsEntries(entries)).toEqual(entries);
  });
});

describe('pickSelectedEntry', () => {
  const admin = listMenuEntries('admin');

  it.each([
    ['/', ['/'], []],
    ['/documents', ['/documents'], []],
    ['/documents/abc-123/print', ['/documents'], []],
    ['/admin/rule-packs', ['/admin/rule-packs'], [settingsGroupKey]],
    ['/admin/users', ['/admin/users'], [settingsGroupKey]],
    ['/account', [], []],
    ['/documentsx', [], []],
  ])('at %s highlights %j and unfolds %j', (path, selectedKeys, openKeys) => {
    expect(pickSelectedEntry(admin, path)).toEqual({ selectedKeys, openKeys });
  });

  it('prefers the longest matching address', () => {
    const entries = [{ key: '/public', label: '信息公开' }, { key: '/public/results', label: '评价结果通报' }];
    expect(pickSelectedEntry(entries, '/public/results/2025').selectedKeys).toEqual(['/public/results']);
    expect(pickSelectedEntry(entries, '/public/abc').selectedKeys).toEqual(['/public']);
  });
});
