/**
 * 登录: username and password; errors (wrong password, too many attempts) shown beside the form.
 * Names the product and the deployment's finance bureau (GET /api/public/deployment: the
 * FINANCE_BUREAU_NAME setting, else the organisation tree's top 财政部门).
 */
import { Alert, Button, Card, Form, Input, Typography } from 'antd';
import { useEffect, useState } from 'react';
import { deploymentSchema, type Deployment } from '../../../contract/deployment.ts';
import { useSession } from '../../app/session-context.tsx';
import { callApi, describeError } from '../../lib/api-client.ts';

/** The name shown until (or unless) the deployment answers. */
const fallbackProductName = '预算绩效管理系统';

export function LoginPage() {
  const { logIn } = useSession();
  const [error, setError] = useState<string | null>(null);
  const [isSubmitting, setIsSubmitting] = useState(false);
  const [deployment, setDeployment] = useState<Deployment | null>(null);
  useEffect(() => {
    // The page works without it: a failed request leaves the generic name.
    callApi({ method: 'GET', url: '/api/public/deployment', response: deploymentSchema })
      .then(setDeployment)
      .catch(() => undefined);
  }, []);

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
    <main
      style={{
        minHeight: '100vh',
        display: 'flex',
        alignItems: 'center',
        justifyContent: 'center',
        background: '#eef2f7',
      }}
    >
      <Card style={{ width: 380, maxWidth: 'calc(100vw - 24px)' }}>
        {deployment?.financeBureauName && (
          <Typography.Paragraph strong style={{ textAlign: 'center', marginBottom: 4, fontSize: 16 }}>
            {deployment.financeBureauName}
          </Typography.Paragraph>
        )}
        <Typography.Title level={1} style={{ textAlign: 'center', fontSize: 20, marginTop: 0 }}>
          {deployment?.productName ?? fallbackProductName}
        </Typography.Title>
        <Typography.Paragraph type="secondary" style={{ textAlign: 'center' }}>
          绩效目标 · 监控 · 自评 · 审核 · 公开
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
    </main>
  );
}
