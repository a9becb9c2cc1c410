/**
 * 评价结果 (/results, finance): the year's 评价结果通报 built from the reviewed self-evaluations —
 * download as .docx/.xlsx, print, publish on the public pages — and the 结果应用 records.
 */
import { DownloadOutlined, PrinterOutlined, SendOutlined } from '@ant-design/icons';
import { Alert, App, Button, Card, Popconfirm, Select, Space, Spin, Typography } from 'antd';
import { useCallback, useEffect, useState } from 'react';
import type { ResultsNoticeView } from '../../../contract/results.ts';
import { describeError } from '../../lib/api-client.ts';
import { formatDate } from '../../lib/format.ts';
import { downloadFile } from '../print/download-file.ts';
import { ApplicationsCard } from './applications-card.tsx';
import { NoticeBody } from './notice-body.tsx';
import { buildNoticeExportUrl, getResultsNotice, publishResultsNotice } from './results-api.ts';
import './results.css';

const currentYear = new Date().getFullYear();
const years = Array.from({ length: 8 }, (_, index) => currentYear - index);

export default function ResultsPage() {
  const { message } = App.useApp();
  const [year, setYear] = useState(currentYear - 1);
  const [view, setView] = useState<ResultsNoticeView | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState<'docx' | 'xlsx' | 'publish' | null>(null);

  const load = useCallback(() => {
    setView(null);
    setError(null);
    getResultsNotice(year)
      .then(setView)
      .catch((caught: unknown) => setError(describeError(caught)));
  }, [year]);
  useEffect(load, [load]);

  const download = async (format: 'docx' | 'xlsx') => {
    setBusy(format);
    try {
      const fileName = await downloadFile(buildNoticeExportUrl(year, format), `${year}年度绩效评价结果通报.${format}`);
      void message.success(`已下载：${fileName}`);
    } catch (caught) {
      void message.error(describeError(caught));
    } finally {
      setBusy(null);
    }
  };
  const publish = async () => {
    setBusy('publish');
    try {
      setView(await publishResultsNotice(year));
      void message.success('评价结果通报已发布，公众可在“信息公开”中查看');
    } catch (caught) {
      void message.error(describeError(caught));
    } finally {
      setBusy(null);
    }
  };

  const isEmpty = view !== null && view.notice.entries.length === 0;
  return (
    <Space direction="vertical" size="large" style={{ width: '100%' }}>
      <Space className="no-print" style={{ width: '100%', justifyContent: 'space-between' }} wrap>
        <Typography.Title level={1} style={{ margin: 0 }}>
          评价结果通报
        </Typography.Title>
        <Space wrap>
          <Select aria-label="年度" style={{ width: 140 }} value={year} onChange={setYear} options={years.map((value) => ({ value, label: `${value}年度` }))} />
          <Button icon={<DownloadOutlined />} loading={busy === 'docx'} disabled={!view} onClick={() => void download('docx')}>
            下载 Word
          </Button>
          <Button icon={<DownloadOutlined />} loading={busy === 'xlsx'} disabled={!view} onClick={() => void download('xlsx')}>
            下载 Excel
          </Button>
          <Button icon={<PrinterOutlined />} disabled={!view} onClick={() => window.print()}>
            打印
          </Button>
          <Popconfirm
            title="发布评价结果通报"
            description="发布后公众可在“信息公开”中查看；再次发布将替换已发布的内容。"
            okText="发布"
            cancelText="取消"
            onConfirm={() => void publish()}
            disabled={!view || isEmpty}
          >
            <Button type="primary" icon={<SendOutlined />} loading={busy === 'publish'} disabled={!view || isEmpty}>
              发布
            </Button>
          </Popconfirm>
        </Space>
      </Space>
      {error && <Alert type="error" showIcon message="无法加载评价结果通报" description={error} />}
      {!view && !error && (
        <Spin style={{ display: 'block', margin: '80px auto' }} tip="正在加载…">
          <div />
        </Spin>
      )}
      {view && (
        <>
          <Space className="no-print" direction="vertical" style={{ width: '100%' }}>
            {view.pending > 0 && <Alert type="warning" showIcon message={`本年度尚有 ${view.pending} 份自评表未提交或被退回，未列入通报。`} />}
            <Alert
              type={view.publishedAt ? 'success' : 'info'}
              showIcon
              message={view.publishedAt ? `已于 ${formatDate(view.publishedAt)} 发布；数据有变化时可再次发布。` : '尚未发布。通报按已审核的自评表实时生成。'}
            />
          </Space>
          <Card>
            <NoticeBody notice={view.notice} summary={view.summary} />
          </Card>
          <div className="no-print">
            <ApplicationsCard year={year} />
          </div>
        </>
      )}
    </Space>
  );
}
