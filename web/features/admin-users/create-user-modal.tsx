/** 新建用户: username, name, role, unit and a first password the administrator passes on in person. */
import { Form, Input, Modal, Select } from 'antd';
import { useEffect, useState } from 'react';
import { roleNames } from '../../../core/review/roles.ts';
import { organisationListSchema, type Organisation } from '../../../contract/organisations.ts';
import { accountRoleSchema, type CreateUserBody } from '../../../contract/users.ts';
import { callApi } from '../../lib/api-client.ts';
import { describePath } from '../admin-organisations/organisation-tree.ts';

/**
 * A choice that must be made, checked without antd's `required`: that puts aria-required on the
 * Select's wrapper div too, which axe refuses (aria-allowed-attr).
 */
const requireChoice = (_rule: unknown, value: unknown) => (value ? Promise.resolve() : Promise.reject(new Error('请选择所属单位')));

export function CreateUserModal(props: {
  isOpen: boolean;
  onCreate(body: CreateUserBody): Promise<boolean>;
  onCancel(): void;
}) {
  const [form] = Form.useForm<CreateUserBody>();
  const [organisations, setOrganisations] = useState<Organisation[]>([]);
  useEffect(() => {
    if (!props.isOpen) return;
    callApi({ method: 'GET', url: '/api/organisations', response: organisationListSchema })
      .then((response) => setOrganisations(response.items))
      .catch(() => setOrganisations([]));
  }, [props.isOpen]);
  const submit = async () => {
    const values = await form.validateFields();
    if (await props.onCreate(values)) form.resetFields();
  };
  return (
    <Modal
      title="新建用户"
      open={props.isOpen}
      okText="新建"
      cancelText="取消"
      onOk={() => void submit()}
      onCancel={props.onCancel}
      destroyOnHidden
    >
      <Form form={form} layout="vertical" preserve={false} initialValues={{ role: 'unit-filler' }}>
        <Form.Item
          label="用户名"
          name="username"
          rules={[
            { required: true, message: '请填写用户名' },
            { pattern: /^[A-Za-z0-9][A-Za-z0-9._-]{1,31}$/, message: '用户名须为 2–32 位字母、数字或 . _ -' },
          ]}
        >
          <Input autoComplete="off" />
        </Form.Item>
        <Form.Item
          label="姓名"
          name="displayName"
          rules={[{ required: true, whitespace: true, message: '请填写姓名' }]}
        >
          <Input />
        </Form.Item>
        <Form.Item label="角色" name="role">
          <Select
            aria-label="角色"
            options={accountRoleSchema.options.map((role) => ({ value: role, label: roleNames[role] }))}
          />
        </Form.Item>
        <Form.Item
          label="所属单位"
          name="organisationId"
          rules={[{ validator: requireChoice }]}
        >
          <Select
            aria-label="所属单位"
            showSearch
            optionFilterProp="label"
            options={organisations.map((organisation) => ({
              value: organisation.id,
              label: describePath(organisations, organisation),
            }))}
          />
        </Form.Item>
        <Form.Item
          label="初始密码"
          name="password"
          extra="至少 10 个字符，不能是用户名或常见密码。请当面或电话告知本人。"
          rules={[
            { required: true, message: '请填写初始密码' },
            { min: 10, message: '密码至少 10 个字符' },
          ]}
        >
          <Input.Password autoComplete="new-password" />
        </Form.Item>
      </Form>
    </Modal>
  );
}
