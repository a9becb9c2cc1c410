/**
 * 导出 Excel / Word / PDF for one document (issue 5 "API download endpoints"), for any page
 * that shows a document: `<DownloadButtons documentId={id} kind={kind} />`, or with `isPublic`
 * on the public page. The evaluation report is prose, so it has no Excel button, unless its projects have their own
 * 自评表 (`hasProjectTables`: one sheet per project).
 */
import { DownloadOutlined } from '@ant-design/icons';
import { App, Button, Space } from 'antd';
import { useState } from 'react';
import type { DocumentKind } from '../../../core/model.ts';
import type { ExportFormat } from '../../../documents/export.ts';
import { describeError } from '../../lib/api-client.ts';
import { buildExportUrl, downloadFile } from './download-file.ts';

const formatLabels: Array<{ format: ExportFormat; label: string }> = [
  { format: 'xlsx', label: '导出 Excel' },
  { format: 'docx', label: '导出 Word' },
  { format: 'pdf', label: '导出 PDF' },
];

export function DownloadButtons(props: {
  documentId: string;
  kind: DocumentKind;
  isPublic?: boolean;
  /** A report whose projects have their own 自评表 (goal.project): its .xlsx holds them. */
  hasProjectTables?: boolean;
  size?: 'small' | 'middle';
}) {
  const { message } = App.useApp();
  const [busyFormat, setBusyFormat] = useState<ExportFormat | null>(null);
  const formats = formatLabels.filter(
    ({ format }) => !(format === 'xlsx' && props.kind === 'evaluation-report' && !props.hasProjectTables),
  );
  const download = async (format: ExportFormat) => {
    setBusyFormat(format);
    try {
      const url = buildExportUrl({ documentId: props.documentId, format, isPublic: props.isPublic });
      const fileName = await downloadFile(url, `文档.${format}`);
      void message.success(`已下载：${fileName}`);
    } catch (error) {
      void message.error(describeError(error));
    } finally {
      setBusyFormat(null);
    }
  };
  return (
    <Space wrap className="no-print">
      {formats.map(({ format, label }) => (
        <Button
          key={format}
          size={props.size ?? 'middle'}
          icon={<DownloadOutlined />}
          loading={busyFormat === format}
          disabled={busyFormat !== null && busyFormat !== format}
          onClick={() => void download(format)}
        >
          {label}
        </Button>
      ))}
    </Space>
  );
}
