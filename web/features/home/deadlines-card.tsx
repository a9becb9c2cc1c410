/** 截止日期 on the home page: each open fiscal year's target and self-evaluation deadlines with days left. */
import { Card, Empty, List, Tag } from 'antd';
import { useEffect, useState } from 'react';
import { describeError, requestJson } from '../../lib/api-client.ts';
import { formatDate } from '../../lib/format.ts';
import { describeDaysLeft, formatToday, listDeadlines, type Deadline } from './deadlines.ts';

interface FiscalYearList {
  items: Array<{ year: number; isOpen: boolean }>;
}

/** Red once passed, orange within two weeks. */
function pickColor(daysLeft: number): string {
  if (daysLeft < 0) return 'red';
  if (daysLeft <= 14) return 'orange';
  return 'blue';
}

export function DeadlinesCard(props: { today?: string }) {
  const [deadlines, setDeadlines] = useState<Deadline[] | null>(null);
  const [error, setError] = useState<string | null>(null);
  const today = props.today ?? formatToday();
  useEffect(() => {
    requestJson<FiscalYearList>('GET', '/api/fiscal-years')
      .then((list) =>
        setDeadlines(
          listDeadlines({ today, openYears: list.items.filter((item) => item.isOpen).map((item) => item.year) }),
        ),
      )
      .catch((caught: unknown) => setError(describeError(caught)));
  }, [today]);
  return (
    <Card title="截止日期" size="small" style={{ marginBottom: 16 }} loading={!deadlines && !error}>
      {error ? (
        <Empty description={`截止日期暂不可用：${error}`} />
      ) : deadlines && deadlines.length > 0 ? (
        <List
          size="small"
          dataSource={deadlines}
          renderItem={(deadline) => (
            <List.Item>
              <span>
                {deadline.year}年 {deadline.kindName}
              </span>
              <span>
                截止日期 {formatDate(deadline.dueDate)}{' '}
                <Tag color={pickColor(deadline.daysLeft)}>{describeDaysLeft(deadline.daysLeft)}</Tag>
              </span>
            </List.Item>
          )}
        />
      ) : (
        <Empty description="近期没有截止日期" />
      )}
    </Card>
  );
}
