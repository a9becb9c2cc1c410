/** 修改密码: the current password and a new one twice; the server applies the password policy. */
import { Button, Form, Input, message } from 'antd';
import { useState } from 'react';
import { describeError, requestJson } from '../../lib/api-client.ts';

interface Values {
  currentPassword: string;
  newPassword: string;
  repeatPassword: string;
}

export function ChangePasswordForm() {
  const [form] = Form.useForm<Values>();
  const [isSaving, setIsSaving] = useState(false);
  const onFinish = async (values: Values) => {
    setIsSaving(true);
    try {
      await requestJson('POST', '/api/session/password', { currentPassword: values.currentPassword, newPassword: values.newPassword });
      form.resetFields();
      void message.success('密码已修改；其他设备上的登录已全部退出。');
    } catch (error) {
      void message.error(describeError(error));
    } finally {
      setIsSaving(false);
    }
  };
  return (
    <Form form={form} layout="vertical" style={{ maxWidth: 420 }} onFinish={(values: Values) => void onFinish(values)}>
      <Form.Item label="当前密码" name="currentPassword" rules={[{ required: true, message: '请输入当前密码' }]}>
        <Input.Password autoComplete="current-password" />
      </Form.Item>
      <Form.Item
        label="新密码"
        name="newPassword"
        extra="至少 10 个字符，不能是用户名或常见密码（如 123456789a、woaini1314）。"
        rules={[{ required: true, message: '请输入新密码' }, { min: 10, message: '密码至少 10 个字符' }]}
      >
        <Input.Password autoComplete="new-password" />
      </Form.Item>
      <Form.Item
        label="再次输入新密码"
        name="repeatPassword"
        dependencies={['newPassword']}
        rules={[
          { required: true, message: '请再次输入新密码' },
          ({ getFieldValue }) => ({
            validator: (_rule, value) => (value === getFieldValue('newPassword') ? Promise.resolve() : Promise.reject(new Error('两次输入的新密码不一致'))),
          }),
        ]}
      >
        <Input.Password autoComplete="new-password" />
      </Form.Item>
      <Button type="primary" htmlType="submit" loading={isSaving}>
        修改密码
      </Button>
    </Form>
  );
}
