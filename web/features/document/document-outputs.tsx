/**
 * Issue 4 "Print views" / issue 5 "downloads" on the document page itself: 打印 opens the
 * official layout (/documents/:id/print), and the export buttons give the file a clerk sends on.
 */
import { PrinterOutlined } from '@ant-design/icons';
import { Space } from 'antd';
import type { DocumentKind } from '../../../core/model.ts';
import { Link } from '../../lib/router.tsx';
import { DownloadButtons } from '../print/download-buttons.tsx';

export function DocumentOutputs(props: { documentId: string; kind: DocumentKind }) {
  return (
    <Space wrap className="no-print">
      <Link to={`/documents/${encodeURIComponent(props.documentId)}/print`} className="ant-btn ant-btn-default">
        <PrinterOutlined /> 打印
      </Link>
      <DownloadButtons documentId={props.documentId} kind={props.kind} />
    </Space>
  );
}
