/**
 * 打印 view of one document (/documents/:id/print): the official form as an A4 sheet; the
 * browser's 打印 → 另存为 PDF gives a document a clerk can stamp (the app's frame is hidden on paper).
 */
import { PrinterOutlined } from '@ant-design/icons';
import { Alert, Button, Space, Spin, Typography } from 'antd';
import { useEffect, useState } from 'react';
import { describeError } from '../../lib/api-client.ts';
import type { DocumentDetail } from '../../../contract/documents.ts';
import { getDocument } from '../../lib/documents-api.ts';
import { Link } from '../../lib/router.tsx';
import { DownloadButtons } from './download-buttons.tsx';
import { PrintSheet } from './print-sheet.tsx';
import { usePrintTitle } from './use-print-title.ts';

export default function PrintPage({ params }: { params: Record<string, string> }) {
  const id = params.id ?? '';
  const [document, setDocument] = useState<DocumentDetail | null>(null);
  const [error, setError] = useState<string | null>(null);
  useEffect(() => {
    getDocument(id)
      .then(setDocument)
      .catch((caught: unknown) => setError(describeError(caught)));
  }, [id]);
  usePrintTitle(document?.body);
  if (error) return <Alert type="error" showIcon message="无法打开打印视图" description={error} />;
  if (!document)
    return (
      <Spin style={{ display: 'block', margin: '80px auto' }} tip="正在加载…">
        <div />
      </Spin>
    );
  return (
    <div>
      <Space
        className="no-print"
        style={{ marginBottom: 16, width: '100%', justifyContent: 'space-between' }}
        wrap
      >
        <Space wrap>
          <Link to={`/documents/${encodeURIComponent(id)}`}>← 返回文档</Link>
          <Typography.Text type="secondary">
            {document.organisationName} · {document.year}年 · {document.kindName}
          </Typography.Text>
        </Space>
        <Space wrap>
          <Button type="primary" icon={<PrinterOutlined />} onClick={() => window.print()}>
            打印
          </Button>
          <DownloadButtons documentId={id} kind={document.kind} />
        </Space>
      </Space>
      <Alert
        className="no-print"
        type="info"
        showIcon
        style={{ marginBottom: 16 }}
        message="按官方表样排版：点“打印”后在打印对话框中选择“另存为 PDF”即可得到可盖章的文件。"
      />
      <div className="print-stage" tabIndex={0} role="region" aria-label="表格版式（可左右滚动）">
        <PrintSheet document={document.body} />
      </div>
    </div>
  );
}
