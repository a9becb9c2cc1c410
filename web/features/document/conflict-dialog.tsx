/**
 * 409 on save: someone saved in between. Show what differs in words a clerk reads (row and field,
 * not model paths) and let the user merge, keep theirs, or take the server's version. On a phone
 * each difference is a block (位置 over 服务器上/我的): three columns squeezed the values to a few
 * characters a line.
 */
import { Button, Modal, Table, Typography } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import type { FieldChange } from '../../../core/audit/diff-documents.ts';
import type { PerformanceDocument } from '../../../core/model.ts';
import { describeChangePath, describeChangeValue, listVisibleChanges } from '../../components/change-description.ts';
import { RowCards, useIsPhone } from '../../components/row-cards.tsx';
import type { DraftConflict } from './use-document-draft.ts';

function describe(path: string, value: unknown): string {
  // The scoring pack ("national@1", changed by a rescore in between) by its title and edition.
  if (path === 'rulePack') return describeChangeValue(path, value);
  if (value === null || value === undefined || value === '') return '（空）';
  if (typeof value === 'string') return value;
  if (typeof value === 'object' && 'text' in value && typeof (value as { text: unknown }).text === 'string')
    return (value as { text: string }).text;
  if (typeof value === 'object' && 'name' in value && typeof (value as { name: unknown }).name === 'string')
    return (value as { name: string }).name;
  const text = JSON.stringify(value);
  return text.length > 60 ? `${text.slice(0, 60)}…` : text;
}

export function ConflictDialog(props: {
  conflict: DraftConflict | null;
  mine: PerformanceDocument;
  onMerge: () => void;
  onKeepMine: () => void;
  onTakeServer: () => void;
}) {
  const { conflict } = props;
  const changes = listVisibleChanges(conflict?.changes ?? []);
  const isPhone = useIsPhone();
  const pagination = changes.length > 8 ? { pageSize: 8 } : false;
  const columns: ColumnsType<FieldChange> = [
    {
      title: '位置',
      key: 'path',
      width: 300,
      render: (_, change) => describeChangePath(change.path, props.mine),
    },
    { title: '服务器上', key: 'before', render: (_, change) => describe(change.path, change.before) },
    { title: '我的', key: 'after', render: (_, change) => describe(change.path, change.after) },
  ];
  return (
    <Modal
      title="文档已被他人修改"
      open={conflict !== null}
      width={820}
      closable={false}
      maskClosable={false}
      footer={[
        <Button key="server" onClick={props.onTakeServer}>
          采用服务器上的版本
        </Button>,
        <Button key="mine" onClick={props.onKeepMine}>
          保留我的修改
        </Button>,
        <Button key="merge" type="primary" onClick={props.onMerge}>
          合并双方修改
        </Button>,
      ]}
    >
      <Typography.Paragraph>
        您编辑期间，服务器上的文档已更新到第 {conflict?.server.version} 版。下面列出两个版本的不同之处。
        “合并双方修改”保留对方的修改并加上您这次的修改（同一处以您的为准）；“保留我的修改”以您的版本覆盖；“采用服务器上的版本”放弃您未保存的修改。
      </Typography.Paragraph>
      {isPhone ? (
        <RowCards<FieldChange>
          label="两个版本的不同之处"
          items={changes}
          rowKey={(change) => change.path}
          columns={columns}
          titleKey="path"
          emptyText="没有可显示的不同之处"
          pagination={pagination}
        />
      ) : (
        <Table size="small" rowKey="path" pagination={pagination} dataSource={changes} columns={columns} />
      )}
    </Modal>
  );
}
