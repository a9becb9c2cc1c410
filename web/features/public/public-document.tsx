/** One published document as its official form, with downloads; nothing reviewer-only is shown. */
import { Alert, Space, Spin, Typography } from 'antd';
import { useEffect, useState } from 'react';
import { describeError } from '../../lib/api-client.ts';
import { formatDate } from '../../lib/format.ts';
import { Link } from '../../lib/router.tsx';
import { DownloadButtons } from '../print/download-buttons.tsx';
import { PrintSheet } from '../print/print-sheet.tsx';
import { usePrintTitle } from '../print/use-print-title.ts';
import { getPublishedDocument, type PublicDocument } from './public-api.ts';

export function PublicDocumentView({ id }: { id: string }) {
  const [document, setDocument] = useState<PublicDocument | null>(null);
  const [error, setError] = useState<string | null>(null);
  useEffect(() => {
    getPublishedDocument(id)
      .then(setDocument)
      .catch((caught: unknown) => setError(describeError(caught)));
  }, [id]);
  usePrintTitle(document?.body);
  if (error) {
    return (
      <Space direction="vertical">
        <Alert type="error" showIcon message="无法打开该文档" description={error} />
        <Link to="/public">← 返回公开目录</Link>
      </Space>
    );
  }
  if (!document)
    return (
      <Spin style={{ display: 'block', margin: '80px auto' }} tip="正在加载…">
        <div />
      </Spin>
    );
  return (
    <Space direction="vertical" size="middle" style={{ width: '100%' }}>
      <Space className="no-print" style={{ width: '100%', justifyContent: 'space-between' }} wrap>
        <Space direction="vertical" size={0}>
          <Link to="/public">← 返回公开目录</Link>
          <Typography.Text type="secondary">
            {document.organisationName} · {document.year}年 · {document.kindName} · 公开于
            {formatDate(document.updatedAt)}
          </Typography.Text>
        </Space>
        <DownloadButtons documentId={document.id} kind={document.kind} isPublic />
      </Space>
      <div className="print-stage" tabIndex={0} role="region" aria-label="表格版式（可左右滚动）">
        <PrintSheet document={document.body} />
      </div>
    </Space>
  );
}
