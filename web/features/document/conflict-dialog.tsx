/** 409 on save: someone saved in between. Show what differs and let the user keep theirs or take the server's. */
import { Modal, Table, Typography } from 'antd';
import type { DraftConflict } from './use-document-draft.ts';

function describe(value: unknown): string {
  if (value === null || value === undefined || value === '') return '（空）';
  if (typeof value === 'string') return value;
  if (typeof value === 'object' && 'text' in value && typeof (value as { text: unknown }).text === 'string')
    return (value as { text: string }).text;
  const text = JSON.stringify(value);
  return text.length > 60 ? `${text.slice(0, 60)}…` : text;
}

export function ConflictDialog(props: {
  conflict: DraftConflict | null;
  onKeepMine: () => void;
  onTakeServer: () => void;
}) {
  const { conflict } = props;
  return (
    <Modal
      title="文档已被他人修改"
      open={conflict !== null}
      width={760}
      closable={false}
      maskClosable={false}
      okText="保留我的修改"
      cancelText="采用服务器上的版本"
      onOk={props.onKeepMine}
      onCancel={props.onTakeServer}
    >
      <Typography.Paragraph>
        您编辑期间，服务器上的文档已更新到第 {conflict?.server.version}{' '}
        版。以下是服务器版本与您的版本不同之处。选择“保留我的修改”将以您的版本覆盖；选择“采用服务器上的版本”将放弃您未保存的修改。
      </Typography.Paragraph>
      <Table
        size="small"
        rowKey="path"
        pagination={conflict && conflict.changes.length > 8 ? { pageSize: 8 } : false}
        dataSource={conflict?.changes ?? []}
        columns={[
          { title: '位置', dataIndex: 'path', width: 220 },
          { title: '服务器上', render: (_, change) => describe(change.before) },
          { title: '我的', render: (_, change) => describe(change.after) },
        ]}
      />
    </Modal>
  );
}
