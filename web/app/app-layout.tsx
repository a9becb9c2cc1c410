/**
 * The frame of every signed-in page: title, menu per role, the user and 退出. On a phone (narrower
 * than antd's md breakpoint, 768 px) the menu and the user move into a drawer behind a menu button.
 */
import { MenuOutlined } from '@ant-design/icons';
import { Button, Drawer, Grid, Layout, Menu, Space, Tag, Typography, type MenuProps } from 'antd';
import { useState, type ReactNode } from 'react';
// roles.ts directly: the review index pulls in zod, which the first screen does not need.
import { roleNames, type Role } from '../../core/review/roles.ts';
import { useRouter } from '../lib/router.tsx';
import { useSession, useUser } from './session-context.tsx';
import { DemoBanner } from '../features/account/demo-banner.tsx';
import { NotificationBell } from '../features/notifications/notification-bell.tsx';
import { groupSettingsEntries, pickSelectedEntry, type MenuEntry } from './menu-groups.ts';

/** Which pages each role sees in the menu; settings pages grouped under 设置 (menu-groups.ts). */
export function listMenuEntries(role: Role): MenuEntry[] {
  return groupSettingsEntries(addResultsEntry(role, addMonitoringEntries(role, listBaseMenuEntries(role))));
}

function toMenuItem(entry: MenuEntry): NonNullable<MenuProps['items']>[number] {
  return entry.children ? { key: entry.key, label: entry.label, children: entry.children.map(toMenuItem) } : { key: entry.key, label: entry.label };
}

/** 评价结果 (评价结果通报 and 结果应用, issue 11) for the finance bureau, before 信息公开. */
function addResultsEntry(role: Role, entries: MenuEntry[]): MenuEntry[] {
  if (role !== 'finance-reviewer') return entries;
  const at = entries.findIndex((entry) => entry.key === '/public');
  const added = { key: '/results', label: '评价结果' };
  return at < 0 ? [...entries, added] : [...entries.slice(0, at), added, ...entries.slice(at)];
}

/** 绩效监控 and 整改 (issue 11), before 信息公开, for everyone who takes part in the cycle. */
function addMonitoringEntries(role: Role, entries: MenuEntry[]): MenuEntry[] {
  if (role === 'public') return entries;
  const added = [
    { key: '/monitoring', label: '绩效监控' },
    ...(role === 'admin' ? [] : [{ key: '/rectification', label: '整改' }]),
  ];
  const at = entries.findIndex((entry) => entry.key === '/public');
  return at < 0 ? [...entries, ...added] : [...entries.slice(0, at), ...added, ...entries.slice(at)];
}

function listBaseMenuEntries(role: Role): MenuEntry[] {
  const home = { key: '/', label: '首页' };
  const publicPage = { key: '/public', label: '信息公开' };
  const overview = { key: '/overview', label: '绩效总览' };
  switch (role) {
    case 'unit-filler':
    case 'unit-leader':
      return [home, { key: '/documents', label: '我的文档' }, publicPage];
    case 'finance-reviewer':
      return [
        home,
        { key: '/reviews', label: '审核队列' },
        overview,
        { key: '/documents', label: '文档查询' },
        { key: '/indicator-library', label: '指标库' },
        publicPage,
        { key: '/admin/rule-packs', label: '评分规则' },
        { key: '/admin/fiscal-years', label: '年度与截止日期' },
      ];
    case 'supervisor-reviewer':
      return [
        home,
        { key: '/reviews', label: '审核队列' },
        { key: '/year-status', label: '年度报送' },
        { key: '/documents', label: '文档查询' },
        publicPage,
      ];
    case 'admin':
      return [
        home,
        overview,
        { key: '/documents', label: '文档查询' },
        { key: '/admin/users', label: '用户管理' },
        { key: '/admin/organisations', label: '单位管理' },
        { key: '/admin/fiscal-years', label: '年度与截止日期' },
        publicPage,
        { key: '/admin/rule-packs', label: '评分规则' },
      ];
    case 'public':
      return [home, { key: '/documents', label: '文档查询' }, publicPage];
  }
}

export function AppLayout({ children }: { children: ReactNode }) {
  const user = useUser();
  const { logOut } = useSession();
  const { path, navigate } = useRouter();
  const screens = Grid.useBreakpoint();
  // Before the first measurement useBreakpoint is empty: assume a wide screen.
  const isNarrow = screens.md === false;
  const [isDrawerOpen, setIsDrawerOpen] = useState(false);
  const entries = listMenuEntries(user.role);
  const { selectedKeys, openKeys } = pickSelectedEntry(entries, path);
  const menuProps = {
    'aria-label': '主菜单',
    selectedKeys,
    items: entries.map(toMenuItem),
    onClick: ({ key }: { key: string }) => {
      setIsDrawerOpen(false);
      navigate(key);
    },
  };
  const logOutButton = (
    <>
      <Button size="small" onClick={() => navigate('/account')}>
        我的账号
      </Button>
      <Button size="small" onClick={() => void logOut().then(() => navigate('/'))}>
        退出
      </Button>
    </>
  );
  return (
    <Layout style={{ minHeight: '100vh' }}>
      <Layout.Header
        style={{
          display: 'flex',
          alignItems: 'center',
          gap: isNarrow ? 12 : 24,
          background: '#16325c',
          paddingInline: isNarrow ? 12 : 24,
        }}
      >
        {isNarrow && (
          <Button
            type="text"
            aria-label="打开菜单"
            icon={<MenuOutlined style={{ color: '#fff', fontSize: 18 }} />}
            onClick={() => setIsDrawerOpen(true)}
          />
        )}
        <Typography.Text strong style={{ color: '#fff', fontSize: isNarrow ? 16 : 18, whiteSpace: 'nowrap' }}>
          预算绩效管理
        </Typography.Text>
        {/* Issue 10: the bell stays in the header at every width (on a phone at the far right). */}
        {isNarrow ? (
          <span style={{ marginLeft: 'auto' }}>
            <NotificationBell />
          </span>
        ) : (
          <Space style={{ color: '#fff', marginLeft: 'auto' }}>
            <NotificationBell />
            <span>{user.displayName}</span>
            <Tag color="blue">{roleNames[user.role]}</Tag>
            <span>{user.organisationName}</span>
            {logOutButton}
          </Space>
        )}
      </Layout.Header>
      {/* The menu has a row of its own, so every role's entries fit from 1024 px on (e2e/menu.spec.ts). */}
      {!isNarrow && (
        <nav aria-label="页面导航" className="no-print" style={{ background: '#16325c', borderTop: '1px solid #2b4a7a', paddingInline: 8 }}>
          {/* The 设置 popup opens inside the nav, so it stays in a landmark (axe region). */}
          <Menu
            theme="dark"
            mode="horizontal"
            style={{ background: 'transparent', borderBottom: 'none' }}
            getPopupContainer={(node) => node.closest('nav') ?? document.body}
            {...menuProps}
          />
        </nav>
      )}
      {isNarrow && (
        <Drawer
          title="预算绩效管理"
          placement="left"
          width={260}
          open={isDrawerOpen}
          onClose={() => setIsDrawerOpen(false)}
        >
          <Space direction="vertical" style={{ marginBottom: 12 }}>
            <span>
              {user.displayName} <Tag color="blue">{roleNames[user.role]}</Tag>
            </span>
            <Typography.Text type="secondary">{user.organisationName}</Typography.Text>
            {logOutButton}
          </Space>
          <Menu mode="inline" style={{ borderInlineEnd: 'none' }} defaultOpenKeys={openKeys} {...menuProps} />
        </Drawer>
      )}
      {user.isDemo && <DemoBanner />}
      <Layout.Content
        style={{ padding: isNarrow ? 12 : 24, maxWidth: 1400, width: '100%', margin: '0 auto' }}
      >
        {children}
      </Layout.Content>
      <Layout.Footer style={{ textAlign: 'center', color: '#595959' }}>
        预算绩效管理 · 金额单位：万元
      </Layout.Footer>
    </Layout>
  );
}
