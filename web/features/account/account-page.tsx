/** 我的账号 (/account): change the own password and see or end the own sessions. */
import { Card, Space, Typography } from 'antd';
import { ChangePasswordForm } from './change-password-form.tsx';
import { SessionList } from './session-list.tsx';

export default function AccountPage() {
  return (
    <Space direction="vertical" size="large" style={{ width: '100%' }}>
      <Typography.Title level={1}>我的账号</Typography.Title>
      <Card title="修改密码">
        <ChangePasswordForm />
      </Card>
      <Card title="登录设备">
        <SessionList />
      </Card>
    </Space>
  );
}
