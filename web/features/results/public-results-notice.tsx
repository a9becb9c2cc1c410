/** 信息公开: a published 评价结果通报 (/public/results/:year), readable without login, printable. */
import { Alert, Button, Card, Space, Spin, Typography } from 'antd';
import { PrinterOutlined } from '@ant-design/icons';
import { useEffect, useState } from 'react';
import type { PublicResultsNotice } from '../../../contract/results.ts';
import { describeError } from '../../lib/api-client.ts';
import { formatDate } from '../../lib/format.ts';
import { Link } from '../../lib/router.tsx';
import { PublicFrame } from '../public/public-frame.tsx';
import { NoticeBody } from './notice-body.tsx';
import { getPublicNotice } from './results-api.ts';
import './results.css';

export default function PublicResultsNoticePage({ params }: { params: Record<string, string> }) {
  const year = Number(params.year);
  const [published, setPublished] = useState<PublicResultsNotice | null>(null);
  const [error, setError] = useState<string | null>(null);
  useEffect(() => {
    getPublicNotice(year)
      .then(setPublished)
      .catch((caught: unknown) => setError(describeError(caught)));
  }, [year]);
  return (
    <PublicFrame>
      <Space direction="vertical" size="middle" style={{ width: '100%' }}>
        <Space className="no-print" style={{ width: '100%', justifyContent: 'space-between' }} wrap>
          <Link to="/public">返回公开目录</Link>
          <Button icon={<PrinterOutlined />} disabled={!published} onClick={() => window.print()}>
            打印
          </Button>
        </Space>
        {error && <Alert type="error" showIcon message="无法查看评价结果通报" description={error} />}
        {!published && !error && (
          <Spin style={{ display: 'block', margin: '80px auto' }} tip="正在加载…">
            <div />
          </Spin>
        )}
        {published && (
          <Card>
            <NoticeBody notice={published.notice} summary={published.summary} headingLevel={1} />
            <Typography.Paragraph type="secondary" style={{ textAlign: 'right' }}>
              发布日期：{formatDate(published.publishedAt)}
            </Typography.Paragraph>
          </Card>
        )}
      </Space>
    </PublicFrame>
  );
}
