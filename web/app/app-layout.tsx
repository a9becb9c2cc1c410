/** The frame of every signed-in page: title, menu per role, the user and 退出. */
import { Button, Layout, Menu, Space, Tag, Typography } from 'antd';
import type { ReactNode } from 'react';
// roles.ts directly: the review index pulls in zod, which the first screen does not need.
import { roleNames, type Role } from '../../core/review/roles.ts';
import { useRouter } from '../lib/router.tsx';
import { useSession, useUser } from './session-context.tsx';
import { DemoBanner } from '../features/account/demo-banner.tsx';

interface MenuEntry {
  key: string;
  label: string;
}

/** Which pages each role sees in the menu. */
export function listMenuEntries(role: Role): MenuEntry[] {
  const home = { key: '/', label: '首页' };
  const publicPage = { key: '/public', label: '信息公开' };
  const overview = { key: '/overview', label: '绩效总览' };
  switch (role) {
    case 'unit-filler':
    case 'unit-leader':
      return [home, { key: '/documents', label: '我的文档' }, publicPage];
    case 'finance-reviewer':
      return [home, { key: '/reviews', label: '审核队列' }, overview, { key: '/documents', label: '文档查询' }, publicPage];
    case 'supervisor-reviewer':
      return [
        home,
        { key: '/reviews', label: '审核队列' },
        { key: '/documents', label: '文档查询' },
        publicPage,
      ];
    case 'admin':
      return [home, overview, { key: '/documents', label: '文档查询' }, { key: '/admin/users', label: '用户管理' }, publicPage];
    case 'public':
      return [home, { key: '/documents', label: '文档查询' }, publicPage];
  }
}

export function AppLayout({ children }: { children: ReactNode }) {
  const user = useUser();
  const { logOut } = useSession();
  const { path, navigate } = useRouter();
  const entries = listMenuEntries(user.role);
  const selected = entries
    .filter((entry) => entry.key !== '/' && path.startsWith(entry.key))
    .map((entry) => entry.key);
  return (
    <Layout style={{ minHeight: '100vh' }}>
      <Layout.Header
        style={{ display: 'flex', alignItems: 'center', gap: 24, background: '#16325c', paddingInline: 24 }}
      >
        <Typography.Text strong style={{ color: '#fff', fontSize: 18, whiteSpace: 'nowrap' }}>
          预算绩效管理
        </Typography.Text>
        <Menu
          theme="dark"
          mode="horizontal"
          aria-label="主菜单"
          style={{ flex: 1, minWidth: 0, background: 'transparent' }}
          selectedKeys={selected.length > 0 ? selected : path === '/' ? ['/'] : []}
          items={entries.map((entry) => ({ key: entry.key, label: entry.label }))}
          onClick={({ key }) => navigate(key)}
        />
        <Space style={{ color: '#fff' }}>
          <span>{user.displayName}</span>
          <Tag color="blue">{roleNames[user.role]}</Tag>
          <span>{user.organisationName}</span>
          <Button size="small" onClick={() => navigate('/account')}>
            我的账号
          </Button>
          <Button size="small" onClick={() => void logOut().then(() => navigate('/'))}>
            退出
          </Button>
        </Space>
      </Layout.Header>
      {user.isDemo && <DemoBanner />}
      <Layout.Content style={{ padding: 24, maxWidth: 1400, width: '100%', margin: '0 auto' }}>
        {children}
      </Layout.Content>
      <Layout.Footer style={{ textAlign: 'center', color: '#888' }}>
        预算绩效管理 · 金额单位：万元
      </Layout.Footer>
    </Layout>
  );
}
