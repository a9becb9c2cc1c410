/** 用户管理 (/admin/users, administrator): create a user, reset a password, disable or enable, end a user's sessions. */
import { App, Button, Form, Input, Modal, Popconfirm, Select, Space, Table, Tag, Typography } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import { useState } from 'react';
import { roleNames } from '../../../core/review/roles.ts';
import { accountRoleSchema, revokedSessionsSchema, userListSchema, userSchema, type AccountRole, type CreateUserBody, type UserItem } from '../../../contract/users.ts';
import { RowCards, useIsPhone } from '../../components/row-cards.tsx';
import { callApi } from '../../lib/api-client.ts';
import { useManagedList } from '../../lib/use-managed-list.ts';
import { CreateUserModal } from './create-user-modal.tsx';

export default function AdminUsersPage() {
  const { items: users, isLoading, act } = useManagedList({ url: '/api/users', response: userListSchema });
  const [resetting, setResetting] = useState<UserItem | null>(null);
  const [form] = Form.useForm<{ newPassword: string }>();
  const [isCreating, setIsCreating] = useState(false);
  const { modal } = App.useApp();
  // On a phone a block per user (姓名 over 用户名, 角色, 状态, 操作): five columns did not fit 390 px.
  const isPhone = useIsPhone();

  /** A role change asks first: it changes what the user may do from their next click. */
  const confirmRole = (user: UserItem, role: AccountRole) =>
    modal.confirm({
      title: `把 ${user.username} 的角色改为“${roleNames[role]}”？`,
      content: '该用户下一次操作起即按新角色的权限。',
      okText: '更改',
      cancelText: '取消',
      onOk: () => act(() => callApi({ method: 'PUT', url: `/api/users/${user.id}/role`, body: { role }, response: userSchema }), `已把 ${user.username} 的角色改为“${roleNames[role]}”。`),
    });

  const create = async (body: CreateUserBody) => {
    const isDone = await act(() => callApi({ method: 'POST', url: '/api/users', body, response: userSchema }), `已新建用户 ${body.username}。`);
    if (isDone) setIsCreating(false);
    return isDone;
  };

  const submitReset = async () => {
    const { newPassword } = await form.validateFields();
    if (!resetting) return;
    await act(() => callApi({ method: 'POST', url: `/api/users/${resetting.id}/password`, body: { newPassword }, response: userSchema }), `已重置 ${resetting.username} 的密码，其登录已全部退出。`);
    setResetting(null);
    form.resetFields();
  };

  const columns: ColumnsType<UserItem> = [
    { title: '用户名', dataIndex: 'username' },
    { title: '姓名', dataIndex: 'displayName', onCell: () => ({ style: { whiteSpace: 'nowrap' } }) },
    {
      title: '角色',
      dataIndex: 'role',
      render: (role: UserItem['role'], user) => (
        <Select
          aria-label={`${user.username}的角色`}
          size="small"
          style={{ minWidth: 150 }}
          value={role}
          options={accountRoleSchema.options.map((option) => ({ value: option, label: roleNames[option] }))}
          onChange={(next: AccountRole) => confirmRole(user, next)}
        />
      ),
    },
    {
      title: '状态',
      key: 'status',
      render: (_value, user) => (
        <Space size={4}>
          {user.isDisabled ? <Tag color="red">已停用</Tag> : <Tag color="green">正常</Tag>}
          {user.isDemo && <Tag color="orange">演示账号</Tag>}
        </Space>
      ),
    },
    {
      title: '操作',
      key: 'actions',
      render: (_value, user) => (
        <Space size={4} wrap>
          <Button size="small" onClick={() => setResetting(user)}>
            重置密码
          </Button>
          <Button
            size="small"
            danger={!user.isDisabled}
            onClick={() =>
              void act(
                () => callApi({ method: 'PUT', url: `/api/users/${user.id}/status`, body: { isDisabled: !user.isDisabled }, response: userSchema }),
                user.isDisabled ? `已启用 ${user.username}` : `已停用 ${user.username}，其登录已全部退出。`,
              )
            }
          >
            {user.isDisabled ? '启用' : '停用'}
          </Button>
          <Popconfirm title={`让 ${user.username} 在所有设备上退出登录？`} okText="退出" cancelText="取消" onConfirm={() => void act(() => callApi({ method: 'DELETE', url: `/api/users/${user.id}/sessions`, response: revokedSessionsSchema }), `${user.username} 已在所有设备上退出。`)}>
            <Button size="small">退出所有会话</Button>
          </Popconfirm>
        </Space>
      ),
    },
  ];

  return (
    <Space direction="vertical" size="large" style={{ width: '100%' }}>
      <Typography.Title level={1}>用户管理</Typography.Title>
      <Space>
        <Button type="primary" onClick={() => setIsCreating(true)}>
          新建用户
        </Button>
      </Space>
      {isPhone ? (
        <RowCards<UserItem>
          label="用户列表"
          items={users}
          rowKey={(user) => user.id}
          columns={columns}
          titleKey="displayName"
          emptyText="暂无用户"
          isLoading={isLoading}
        />
      ) : (
        <Table<UserItem>
          rowKey="id"
          size="small"
          loading={isLoading}
          dataSource={users}
          pagination={false}
          // Wider than the screen (a narrow window) the table scrolls inside its box: squeezed, 姓名 stood one character a line.
          scroll={{ x: 'max-content' }}
          columns={columns}
        />
      )}
      <Modal title={`重置 ${resetting?.username ?? ''} 的密码`} open={resetting !== null} okText="重置" cancelText="取消" onOk={() => void submitReset()} onCancel={() => setResetting(null)} destroyOnHidden>
        <Form form={form} layout="vertical">
          <Form.Item label="新密码" name="newPassword" extra="至少 10 个字符，不能是用户名或常见密码。请把新密码当面或电话告知本人。" rules={[{ required: true, message: '请输入新密码' }, { min: 10, message: '密码至少 10 个字符' }]}>
            <Input.Password autoComplete="new-password" />
          </Form.Item>
        </Form>
      </Modal>
      <CreateUserModal isOpen={isCreating} onCreate={create} onCancel={() => setIsCreating(false)} />
    </Space>
  );
}
