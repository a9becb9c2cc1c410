/**
 * 下发整改 on a round's row (finance). A table the unit has not submitted (草稿, or 已退回 and not yet
 * resubmitted) cannot be rectified (core/rectification/issuable.ts; the server refuses it too): the
 * button stays, disabled, with the reason under it, so finance sees why rather than a missing button.
 */
import { Button, Space, Tooltip, Typography } from 'antd';
import { explainWhyNotRectifiable } from '../../../core/rectification/issuable.ts';
import type { RoundDetail } from './monitoring-api.ts';

type Entry = RoundDetail['entries'][number];

export function IssueNoticeButton({ entry, onIssue }: { entry: Entry; onIssue: (entry: Entry) => void }) {
  const reason = entry.state === null ? null : explainWhyNotRectifiable(entry.state);
  if (reason === null) {
    return (
      <Button size="small" onClick={() => onIssue(entry)}>
        下发整改
      </Button>
    );
  }
  return (
    <Space direction="vertical" size={0}>
      <Tooltip title={`监控表${reason}`}>
        <Button size="small" disabled>
          下发整改
        </Button>
      </Tooltip>
      <Typography.Text type="secondary" style={{ fontSize: 12 }}>
        {entry.state === 'returned' ? '待单位重新提交' : '待单位提交'}
      </Typography.Text>
    </Space>
  );
}
