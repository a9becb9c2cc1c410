/**
 * 单位管理 (/admin/organisations, administrator): the organisation tree; add a unit under a parent,
 * rename, move to another parent (confirmed). Every change is audited on the server (admin_changes).
 */
import { Button, Space, Table, Tag, Typography } from 'antd';
import { useMemo, useState } from 'react';
import { organisationKindNames } from '../../../core/organisation-kinds.ts';
import {
  organisationListSchema,
  organisationSchema,
  type Organisation,
} from '../../../contract/organisations.ts';
import { callApi } from '../../lib/api-client.ts';
import { useManagedList } from '../../lib/use-managed-list.ts';
import { MoveOrganisationModal } from './move-organisation-modal.tsx';
import {
  OrganisationFormModal,
  type OrganisationFormTask,
  type OrganisationFormValues,
} from './organisation-form-modal.tsx';
import { buildOrganisationTree, listChildKinds, type OrganisationNode } from './organisation-tree.ts';

const kindColors = { 'finance-bureau': 'blue', supervisor: 'purple', unit: 'default' } as const;

export default function AdminOrganisationsPage() {
  const { items: organisations, isLoading, act } = useManagedList({ url: '/api/organisations', response: organisationListSchema });
  const [formTask, setFormTask] = useState<OrganisationFormTask | null>(null);
  const [moving, setMoving] = useState<Organisation | null>(null);
  /** Ids folded by the user; everything else stays open, new units included. */
  const [collapsed, setCollapsed] = useState<ReadonlySet<string>>(new Set());
  const tree = useMemo(() => buildOrganisationTree(organisations), [organisations]);

  const submitForm = async (values: OrganisationFormValues) => {
    if (!formTask) return;
    const name = values.name.trim();
    const isDone =
      formTask.mode === 'add'
        ? await act(
            () =>
              callApi({
                method: 'POST',
                url: '/api/organisations',
                body: { parentId: formTask.parent.id, kind: values.kind ?? 'unit', name },
                response: organisationSchema,
              }),
            `已在“${formTask.parent.name}”下新增“${name}”。`,
          )
        : await act(
            () =>
              callApi({
                method: 'PUT',
                url: `/api/organisations/${formTask.organisation.id}/name`,
                body: { name },
                response: organisationSchema,
              }),
            `已改名为“${name}”。`,
          );
    if (isDone) setFormTask(null);
  };

  const move = async (input: { organisation: Organisation; parent: Organisation }) => {
    const isDone = await act(
      () =>
        callApi({
          method: 'PUT',
          url: `/api/organisations/${input.organisation.id}/parent`,
          body: { parentId: input.parent.id },
          response: organisationSchema,
        }),
      `已把“${input.organisation.name}”移到“${input.parent.name}”之下。`,
    );
    if (isDone) setMoving(null);
  };

  return (
    <Space direction="vertical" size="large" style={{ width: '100%' }}>
      <Typography.Title level={1}>单位管理</Typography.Title>
      <Typography.Paragraph>
        财政部门 → 主管部门 →
        预算单位。改名或移动后，该单位的账号、文档随之归入新的位置；每次修改都记录操作人和时间。
      </Typography.Paragraph>
      <div style={{ overflowX: 'auto' }}>
        <Table<OrganisationNode>
          rowKey="id"
          size="small"
          scroll={{ x: 600 }}
          loading={isLoading}
          dataSource={tree}
          pagination={false}
          expandable={{
            expandedRowKeys: organisations
              .filter((organisation) => !collapsed.has(organisation.id))
              .map((organisation) => organisation.id),
            onExpand: (isExpanded, organisation) =>
              setCollapsed((previous) => {
                const next = new Set(previous);
                if (isExpanded) next.delete(organisation.id);
                else next.add(organisation.id);
                return next;
              }),
          }}
          columns={[
            { title: '单位名称', dataIndex: 'name' },
            {
              title: '类别',
              dataIndex: 'kind',
              render: (kind: Organisation['kind']) => (
                <Tag color={kindColors[kind]}>{organisationKindNames[kind]}</Tag>
              ),
            },
            {
              title: '操作',
              key: 'actions',
              render: (_value, organisation) => (
                <Space size={4} wrap>
                  {listChildKinds(organisation.kind).length > 0 && (
                    <Button
                      size="small"
                      aria-label={`在${organisation.name}下新增单位`}
                      onClick={() => setFormTask({ mode: 'add', parent: organisation })}
                    >
                      新增下级
                    </Button>
                  )}
                  <Button
                    size="small"
                    aria-label={`${organisation.name}改名`}
                    onClick={() => setFormTask({ mode: 'rename', organisation })}
                  >
                    改名
                  </Button>
                  <Button
                    size="small"
                    aria-label={`移动${organisation.name}`}
                    onClick={() => setMoving(organisation)}
                  >
                    移动
                  </Button>
                </Space>
              ),
            },
          ]}
        />
      </div>
      <OrganisationFormModal task={formTask} onSubmit={submitForm} onCancel={() => setFormTask(null)} />
      <MoveOrganisationModal
        organisation={moving}
        organisations={organisations}
        onMove={move}
        onCancel={() => setMoving(null)}
      />
    </Space>
  );
}
