/** 登录: username and password; errors (wrong password, too many attempts) shown beside the form. */
import { Alert, Button, Card, Form, Input, Typography } from 'antd';
import { useState } from 'react';
import { useSession } from '../../app/session-context.tsx';
import { describeError } from '../../lib/api-client.ts';

export function LoginPage() {
  const { logIn } = useSession();
  const [error, setError] = useState<string | null>(null);
  const [isSubmitting, setIsSubmitting] = useState(false);

  const onFinish = async (values: { username: string; password: string }) => {
    setIsSubmitting(true);
    setError(null);
    try {
      await logIn(values);
    } catch (caught) {
      setError(describeError(caught));
    } finally {
      setIsSubmitting(false);
    }
  };

  return (
    <div
      style={{
        minHeight: '100vh',
        display: 'flex',
        alignItems: 'center',
        justifyContent: 'center',
        background: '#eef2f7',
      }}
    >
      <Card style={{ width: 380 }}>
        <Typography.Title level={1} style={{ textAlign: 'center' }}>
          预算绩效管理
        </Typography.Title>
        <Typography.Paragraph type="secondary" style={{ textAlign: 'center' }}>
          绩效目标 · 自评 · 审核 · 公开
        </Typography.Paragraph>
        {error && <Alert type="error" showIcon message={error} style={{ marginBottom: 16 }} />}
        <Form
          layout="vertical"
          onFinish={(values: { username: string; password: string }) => void onFinish(values)}
          requiredMark={false}
        >
          <Form.Item label="用户名" name="username" rules={[{ required: true, message: '请输入用户名' }]}>
            <Input autoComplete="username" autoFocus />
          </Form.Item>
          <Form.Item label="密码" name="password" rules={[{ required: true, message: '请输入密码' }]}>
            <Input.Password autoComplete="current-password" />
          </Form.Item>
          <Button type="primary" htmlType="submit" block loading={isSubmitting}>
            登录
          </Button>
        </Form>
        <Typography.Paragraph type="secondary" style={{ marginTop: 16, fontSize: 12 }}>
          <a href="/public">查看已公开的绩效信息</a>
        </Typography.Paragraph>
      </Card>
    </div>
  );
}
