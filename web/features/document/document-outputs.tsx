/**
 * Issue 4 "Print views" / issue 5 "downloads" on the document page itself: 打印 opens the
 * official layout (/documents/:id/print), and the export buttons give the file a clerk sends on.
 */
import { PrinterOutlined } from '@ant-design/icons';
import { Button, Space } from 'antd';
import type { MouseEvent } from 'react';
import type { DocumentKind } from '../../../core/model.ts';
import { useRouter } from '../../lib/router.tsx';
import { DownloadButtons } from '../print/download-buttons.tsx';

export function DocumentOutputs(props: { documentId: string; kind: DocumentKind; hasProjectTables?: boolean }) {
  const { navigate } = useRouter();
  const printPath = `/documents/${encodeURIComponent(props.documentId)}/print`;
  // An <a> styled as a button: a new tab (Ctrl/middle click) works, a plain click stays in the app.
  const openPrint = (event: MouseEvent<HTMLElement>) => {
    if (event.metaKey || event.ctrlKey || event.shiftKey || event.button !== 0) return;
    event.preventDefault();
    navigate(printPath);
  };
  return (
    <Space wrap className="no-print">
      <Button href={printPath} icon={<PrinterOutlined />} onClick={openPrint}>
        打印
      </Button>
      <DownloadButtons documentId={props.documentId} kind={props.kind} hasProjectTables={props.hasProjectTables} />
    </Space>
  );
}
