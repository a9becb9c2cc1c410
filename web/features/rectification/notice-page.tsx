/**
 * One 整改通知: its items with what was required, the money decided, the unit's answer and file,
 * finance's verdict. The unit answers each open or returned item; finance accepts or returns
 * (a return needs a reason); the notice closes when every item is accepted.
 */
import { Alert, Card, Descriptions, List, Skeleton, Tag, Timeline, Typography } from 'antd';
import { useCallback, useEffect, useState } from 'react';
import { describeError } from '../../lib/api-client.ts';
import { formatDateTime, formatExactMoney } from '../../lib/format.ts';
import { Link } from '../../lib/router.tsx';
import { attachmentUrl, getNotice, type NoticeDetail } from '../monitoring/monitoring-api.ts';
import { AnswerForm, ReviewButtons } from './item-actions.tsx';
import { OverdueTag } from '../../components/overdue-tag.tsx';

const stateColors: Record<string, string> = {
  open: 'default',
  answered: 'blue',
  accepted: 'green',
  returned: 'red',
};

export default function NoticePage({ params }: { params: Record<string, string> }) {
  const id = params.id ?? '';
  const [notice, setNotice] = useState<NoticeDetail | null>(null);
  const [error, setError] = useState<string | null>(null);
  const load = useCallback(() => {
    getNotice(id)
      .then(setNotice)
      .catch((caught: unknown) => setError(describeError(caught)));
  }, [id]);
  useEffect(load, [load]);
  if (error) return <Alert type="error" showIcon message={error} />;
  if (!notice) return <Skeleton active />;
  return (
    <div>
      <Typography.Title level={1}>{notice.title}</Typography.Title>
      <Descriptions size="small" column={{ xs: 1, sm: 2, md: 4 }} style={{ marginBottom: 12 }}>
        <Descriptions.Item label="被通知单位">{notice.organisationName}</Descriptions.Item>
        <Descriptions.Item label="整改期限">{notice.deadline}</Descriptions.Item>
        <Descriptions.Item label="状态">
          <span data-testid="notice-state">
            <Tag color={notice.state === 'closed' ? 'green' : 'blue'}>{notice.stateName}</Tag>
          </span>
          <OverdueTag days={notice.daysOverdue} />
        </Descriptions.Item>
        <Descriptions.Item label="已验收">
          {notice.itemsAccepted} / {notice.items}
        </Descriptions.Item>
      </Descriptions>
      <List
        dataSource={notice.itemList}
        split={false}
        renderItem={(item) => (
          <List.Item style={{ display: 'block', padding: 0 }}>
            <Card
              size="small"
              style={{ marginBottom: 12 }}
              title={`事项 ${item.position}`}
              extra={<Tag color={stateColors[item.state]}>{item.stateName}</Tag>}
              data-testid={`item-${item.position}`}
            >
              <Typography.Paragraph style={{ whiteSpace: 'pre-wrap' }}>
                {item.requirement}
              </Typography.Paragraph>
              <Descriptions size="small" column={{ xs: 1, sm: 2 }}>
                {item.documentId && (
                  <Descriptions.Item label="关联">
                    <Link to={`/documents/${item.documentId}`}>
                      {item.indicatorName ? `指标：${item.indicatorName}` : '监控表'}
                    </Link>
                  </Descriptions.Item>
                )}
                {item.moneyAction && (
                  <Descriptions.Item label="资金处理">
                    {item.moneyActionName} {formatExactMoney(item.moneyAmount)} 万元
                  </Descriptions.Item>
                )}
                {item.answer && <Descriptions.Item label="整改情况">{item.answer}</Descriptions.Item>}
                {item.attachmentName && (
                  <Descriptions.Item label="附件">
                    <a href={attachmentUrl(notice.id, item.id)}>{item.attachmentName}</a>
                  </Descriptions.Item>
                )}
                {item.reviewReason && (
                  <Descriptions.Item label="退回理由">{item.reviewReason}</Descriptions.Item>
                )}
              </Descriptions>
              {notice.canAnswer && item.state !== 'accepted' && (
                <AnswerForm noticeId={notice.id} item={item} onDone={setNotice} />
              )}
              {notice.canReview && item.state === 'answered' && (
                <ReviewButtons noticeId={notice.id} item={item} onDone={setNotice} />
              )}
            </Card>
          </List.Item>
        )}
      />
      <Card title="办理记录" size="small">
        <Timeline
          items={notice.events.map((event) => ({
            children: `${formatDateTime(event.at)} ${event.actorName ?? ''} ${event.actionName}${event.reason ? `：${event.reason}` : ''}`,
          }))}
        />
      </Card>
    </div>
  );
}
