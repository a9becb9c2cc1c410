/**
 * The search box and 导出 Excel button above a document list (文档查询, 我的文档, 审核队列):
 * search by unit, project or title; export what the list shows, filtered, as .xlsx.
 */
import { DownloadOutlined } from '@ant-design/icons';
import { App, Button, Input } from 'antd';
import { useState } from 'react';
import type { DocumentSummary } from '../../contract/documents.ts';
import { describeError } from '../lib/api-client.ts';
import { downloadDocumentList } from '../lib/export-document-list.ts';

export function DocumentSearchBox(props: { value: string; onSearch: (text: string) => void }) {
  const [text, setText] = useState(props.value);
  return (
    <Input.Search
      aria-label="搜索文档"
      placeholder="单位、项目或文档名称"
      allowClear
      style={{ width: 240 }}
      value={text}
      onChange={(event) => {
        setText(event.target.value);
        // Cleared with the × button: show everything again at once.
        if (event.target.value === '') props.onSearch('');
      }}
      onSearch={(value) => props.onSearch(value.trim())}
      enterButton="搜索"
    />
  );
}

/** Exports `load()`'s rows (the filtered list, every page) as 〈title〉.xlsx. */
export function ExportListButton(props: { title: string; load: () => Promise<readonly DocumentSummary[]> | readonly DocumentSummary[] }) {
  const { message } = App.useApp();
  const [isBusy, setIsBusy] = useState(false);
  const run = async () => {
    setIsBusy(true);
    try {
      const documents = await props.load();
      if (documents.length === 0) {
        void message.info('列表为空，没有可导出的文档');
        return;
      }
      await downloadDocumentList({ title: props.title, documents });
    } catch (caught) {
      void message.error(`导出失败：${describeError(caught)}`);
    } finally {
      setIsBusy(false);
    }
  };
  return (
    <Button icon={<DownloadOutlined />} loading={isBusy} onClick={() => void run()}>
      导出 Excel
    </Button>
  );
}
