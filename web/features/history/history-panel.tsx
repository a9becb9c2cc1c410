/** The audit trail of a document as a readable timeline: who did what, when, why, what changed. */
import { Alert, Button, Empty, Skeleton, Tag, Timeline, Typography } from 'antd';
import { useEffect, useState } from 'react';
import type { PerformanceDocument } from '../../../core/model.ts';
import { describeChangePath, describeChangeValue, listVisibleChanges } from '../../components/change-description.ts';
import { documentActionNames, type DocumentAction } from '../../../core/review/index.ts';
import { describeError } from '../../lib/api-client.ts';
import type { DocumentHistory, HistoryEntry } from '../../../contract/document-history.ts';
import { getHistory } from '../../lib/documents-api.ts';
import { formatDateTime } from '../../lib/format.ts';

const extraActionNames: Record<string, string> = {
  upload: '上传生成',
  'create-from-targets': '由目标表生成',
  'create-revision': '生成修订版本',
  'produce-approval': '生成批复表',
  'revision-of': '由修订生成',
  rescore: '规则包变更，重新评分',
};

/** "submit" → "提交"; unknown actions are shown as they are. */
export function describeAction(action: string): string {
  return (
    (documentActionNames as Record<string, string>)[action as DocumentAction] ??
    extraActionNames[action] ??
    action
  );
}

const actionColors: Record<string, string> = {
  return: 'red',
  submit: 'blue',
  'finance-approve': 'green',
  'supervisor-approve': 'green',
  publish: 'gold',
};

function HistoryItem({ entry, body }: { entry: HistoryEntry; body?: Pick<PerformanceDocument, 'goals'> }) {
  const changes = listVisibleChanges(entry.changes);
  return (
    <div>
      <Typography.Text strong>{describeAction(entry.action)}</Typography.Text>
      {entry.toStateName && entry.fromState !== entry.toState ? (
        <Tag style={{ marginLeft: 8 }}>{entry.toStateName}</Tag>
      ) : null}
      <div>
        <Typography.Text type="secondary">
          {formatDateTime(entry.at)} · {entry.actorName ?? '系统'}
        </Typography.Text>
      </div>
      {entry.reason && (
        <div>
          {entry.action === 'return' ? '退回理由：' : '说明：'}
          {entry.reason}
        </div>
      )}
      {changes.length > 0 && (
        <details>
          <summary>修改了 {changes.length} 处</summary>
          <ul style={{ paddingLeft: 16, margin: 0 }}>
            {changes.slice(0, 30).map((change, index) => (
              <li key={index}>
                <Typography.Text strong>{describeChangePath(change.path, body)}</Typography.Text>：
                {describeChangeValue(change.path, change.before)} → {describeChangeValue(change.path, change.after)}
              </li>
            ))}
          </ul>
        </details>
      )}
    </div>
  );
}

export function HistoryPanel({
  documentId,
  refreshKey,
  body,
}: {
  documentId: string;
  refreshKey?: number;
  /** The document as shown, so changed rows are named by their indicator. */
  body?: Pick<PerformanceDocument, 'goals'>;
}) {
  const [history, setHistory] = useState<DocumentHistory | null>(null);
  const [error, setError] = useState<string | null>(null);
  useEffect(() => {
    let isCurrent = true;
    getHistory(documentId)
      .then((loaded) => isCurrent && setHistory(loaded))
      .catch((caught: unknown) => isCurrent && setError(describeError(caught)));
    return () => {
      isCurrent = false;
    };
  }, [documentId, refreshKey]);
  if (error) return <Alert type="error" showIcon message={error} />;
  if (!history) return <Skeleton active />;
  if (history.entries.length === 0) return <Empty description="暂无记录" />;
  const loadOlder = () => {
    if (history.nextCursor === null) return;
    getHistory(documentId, { cursor: history.nextCursor })
      .then((older) => setHistory({ ...history, entries: [...older.entries, ...history.entries], nextCursor: older.nextCursor }))
      .catch((caught: unknown) => setError(describeError(caught)));
  };
  const items = [...history.entries].reverse().map((entry, index) => ({
    key: index,
    color: actionColors[entry.action] ?? 'gray',
    children: <HistoryItem entry={entry} body={body} />,
  }));
  return (
    <div>
      <Timeline items={items} />
      {history.nextCursor !== null && (
        <Button type="link" onClick={loadOlder} style={{ marginBottom: 16 }}>
          加载更早的记录
        </Button>
      )}
      {history.opinions.length > 0 && (
        <>
          <Typography.Title level={2} style={{ fontSize: 16 }}>
            审核意见
          </Typography.Title>
          <Timeline
            items={history.opinions.map((opinion) => ({
              key: opinion.id,
              color: 'orange',
              children: (
                <div>
                  <div>{opinion.text}</div>
                  <Typography.Text type="secondary">
                    {formatDateTime(opinion.at)} · {opinion.actorName ?? '审核人'} · 第{opinion.revision}版
                    {opinion.path ? ` · ${describeChangePath(opinion.path, body)}` : ''}
                  </Typography.Text>
                </div>
              ),
            }))}
          />
        </>
      )}
    </div>
  );
}
