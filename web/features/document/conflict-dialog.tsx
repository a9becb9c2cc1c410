/**
 * 409 on save: someone saved in between. Show what differs in words a clerk reads (row and field,
 * not model paths) and let the user merge, keep theirs, or take the server's version.
 */
import { Button, Modal, Table, Typography } from 'antd';
import type { FieldChange } from '../../../core/audit/diff-documents.ts';
import type { PerformanceDocument } from '../../../core/model.ts';
import type { DraftConflict } from './use-document-draft.ts';

const fieldNames: Record<string, string> = {
  level1: '一级指标',
  level2: '二级指标',
  name: '三级指标',
  target: '指标值',
  actual: '实际完成值',
  weight: '分值',
  score: '得分',
  deviation: '偏差原因',
  functions: '部门职能',
  overallGoal: '整体绩效目标',
  overallResult: '实际完成情况',
  budget: '预算',
  unit: '单位',
};

/** Parsed parts of a value (operator, number, unit …) follow its text; only the text is shown. */
const parsedValueParts = new Set(['operator', 'value', 'unit', 'direction', 'change', 'qualitative']);

/** "goals.0.indicators.1.target.text" → "目标一 第2行「开展治安巡逻」指标值". */
export function describeChangePath(path: string, body: PerformanceDocument): string {
  const row = /^goals\.(\d+)\.indicators\.(\d+)(?:\.(\w+))?/.exec(path);
  if (row) {
    const goal = body.goals[Number(row[1])];
    const indicator = goal?.indicators[Number(row[2])];
    const field = row[3] ? (fieldNames[row[3]] ?? row[3]) : '整行';
    return `${goal?.name || `目标${Number(row[1]) + 1}`} 第${Number(row[2]) + 1}行${indicator ? `「${indicator.name}」` : ''}${field}`;
  }
  const [head = '', second] = path.split('.');
  return second && head === 'budget' ? `预算：${second}` : (fieldNames[head] ?? path);
}

/** Drops the parsed parts of a value whose text is listed too, so each edit shows once. */
export function listVisibleChanges(changes: FieldChange[]): FieldChange[] {
  return changes.filter((change) => {
    const parts = change.path.split('.');
    const last = parts.at(-1) ?? '';
    const owner = parts.at(-2) ?? '';
    return !((owner === 'target' || owner === 'actual') && parsedValueParts.has(last));
  });
}

function describe(value: unknown): string {
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
        您编辑期间，服务器上的文档已更新到第 {conflict?.server.version} 版。下表列出两个版本的不同之处。
        “合并双方修改”保留对方的修改并加上您这次的修改（同一处以您的为准）；“保留我的修改”以您的版本覆盖；“采用服务器上的版本”放弃您未保存的修改。
      </Typography.Paragraph>
      <Table
        size="small"
        rowKey="path"
        pagination={changes.length > 8 ? { pageSize: 8 } : false}
        dataSource={changes}
        columns={[
          { title: '位置', width: 300, render: (_, change) => describeChangePath(change.path, props.mine) },
          { title: '服务器上', render: (_, change) => describe(change.before) },
          { title: '我的', render: (_, change) => describe(change.after) },
        ]}
      />
    </Modal>
  );
}
