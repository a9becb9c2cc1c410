/** The frame of the public pages: no login, a title bar and a way in for staff. */
import { Grid, Layout, Typography } from 'antd';
import type { ReactNode } from 'react';
import { Link } from '../../lib/router.tsx';

export function PublicFrame({ children }: { children: ReactNode }) {
  // A phone (narrower than 768 px) gets smaller margins and title.
  const isNarrow = Grid.useBreakpoint().md === false;
  return (
    <Layout style={{ minHeight: '100vh', background: '#f5f7fa' }}>
      <Layout.Header
        className="no-print"
        style={{
          display: 'flex',
          alignItems: 'center',
          justifyContent: 'space-between',
          gap: 12,
          background: '#16325c',
          paddingInline: isNarrow ? 12 : 24,
        }}
      >
        <Link to="/public">
          <Typography.Text strong style={{ color: '#fff', fontSize: isNarrow ? 16 : 18, whiteSpace: 'nowrap' }}>
            预算绩效信息公开
          </Typography.Text>
        </Link>
        <Link to="/">
          <span style={{ color: '#cfe0ff', whiteSpace: 'nowrap' }}>工作人员登录</span>
        </Link>
      </Layout.Header>
      <Layout.Content style={{ padding: isNarrow ? 12 : 24, maxWidth: 1280, width: '100%', margin: '0 auto' }}>
        {children}
      </Layout.Content>
      <Layout.Footer className="no-print" style={{ textAlign: 'center', color: '#595959' }}>
        依据预算绩效管理信息公开要求公开 · 金额单位：万元
      </Layout.Footer>
    </Layout>
  );
}
