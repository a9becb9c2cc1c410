/**
 * 单位管理 (/admin/organisations, administrator): the organisation tree; add a unit under a parent,
 * rename, move to another parent (confirmed). Every change is audited on the server (admin_changes).
 */
import { DownOutlined, RightOutlined } from '@ant-design/icons';
import { Button, Space, Table, Tag, Typography } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import { useMemo, useState } from 'react';
import { organisationKindNames } from '../../../core/organisation-kinds.ts';
import {
  organisationListSchema,
  organisationSchema,
  type Organisation,
} from '../../../contract/organisations.ts';
import { RowCards, useIsPhone } from '../../components/row-cards.tsx';
import { callApi } from '../../lib/api-client.ts';
import { useManagedList } from '../../lib/use-managed-list.ts';
import { MoveOrganisationModal } from './move-organisation-modal.tsx';
import {
  OrganisationFormModal,
  type OrganisationFormTask,
  type OrganisationFormValues,
} from './organisation-form-modal.tsx';
import {
  buildOrganisationTree,
  listChildKinds,
  listVisibleNodes,
  type OrganisationNode,
  type VisibleNode,
} from './organisation-tree.ts';

/** A phone indents a level by 12 px, up to four levels (a province's tree is deeper than 390 px allows). */
const phoneIndent = 12;
const maxPhoneIndentLevels = 4;

const kindColors = { 'finance-bureau': 'blue', supervisor: 'purple', unit: 'default' } as const;

export default function AdminOrganisationsPage() {
  const { items: organisations, isLoading, act } = useManagedList({ url: '/api/organisations', response: organisationListSchema });
  const [formTask, setFormTask] = useState<OrganisationFormTask | null>(null);
  const [moving, setMoving] = useState<Organisation | null>(null);
  /** Ids folded by the user; everything else stays open, new units included. */
  const [collapsed, setCollapsed] = useState<ReadonlySet<string>>(new Set());
  const tree = useMemo(() => buildOrganisationTree(organisations), [organisations]);
  const isPhone = useIsPhone();
  const visibleNodes = useMemo(() => listVisibleNodes(tree, collapsed), [tree, collapsed]);
  const toggle = (id: string, isExpanded: boolean) =>
    setCollapsed((previous) => {
      const next = new Set(previous);
      if (isExpanded) next.delete(id);
      else next.add(id);
      return next;
    });

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

  const renderKind = (kind: Organisation['kind']) => <Tag color={kindColors[kind]}>{organisationKindNames[kind]}</Tag>;
  const renderActions = (organisation: Organisation) => (
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
  );
  const columns: ColumnsType<OrganisationNode> = [
    { title: '单位名称', dataIndex: 'name', key: 'name' },
    { title: '类别', dataIndex: 'kind', key: 'kind', render: renderKind },
    { title: '操作', key: 'actions', render: (_value, organisation) => renderActions(organisation) },
  ];
  // On a phone a block per unit in tree order, indented by depth, with a fold button where it has units below:
  // the tree table needed 600 px and its indents pushed the names off the screen.
  const phoneColumns: ColumnsType<VisibleNode> = [
    {
      key: 'name',
      render: (_value, { node, depth }) => (
        <span style={{ display: 'inline-block', paddingInlineStart: Math.min(depth, maxPhoneIndentLevels) * phoneIndent }}>
          {node.children ? (
            <Button
              type="text"
              size="small"
              aria-expanded={!collapsed.has(node.id)}
              aria-label={`${collapsed.has(node.id) ? '展开' : '收起'}${node.name}的下级单位`}
              icon={collapsed.has(node.id) ? <RightOutlined /> : <DownOutlined />}
              onClick={() => toggle(node.id, collapsed.has(node.id))}
            />
          ) : (
            // A leaf keeps its name in line with its folding siblings'.
            <span style={{ display: 'inline-block', width: 24 }} />
          )}
          {node.name}
        </span>
      ),
    },
    { key: 'kind', render: (_value, { node }) => renderKind(node.kind) },
    { title: '操作', key: 'actions', render: (_value, { node }) => renderActions(node) },
  ];

  return (
    <Space direction="vertical" size="large" style={{ width: '100%' }}>
      <Typography.Title level={1}>单位管理</Typography.Title>
      <Typography.Paragraph>
        财政部门 → 主管部门 →
        预算单位。改名或移动后，该单位的账号、文档随之归入新的位置；每次修改都记录操作人和时间。
      </Typography.Paragraph>
      {isPhone ? (
        <RowCards<VisibleNode>
          label="单位列表"
          items={visibleNodes}
          rowKey={({ node }) => node.id}
          columns={phoneColumns}
          titleKey="name"
          actionKey="kind"
          emptyText="暂无单位"
          isLoading={isLoading}
        />
      ) : (
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
            onExpand: (isExpanded, organisation) => toggle(organisation.id, isExpanded),
          }}
          columns={columns}
        />
      )}
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
