/**
 * Create a document by uploading a file: a text dump is read, scored, checked and stored as a
 * draft at once (we show the stages and the findings, then open the draft); an .xlsx, .docx or
 * .pdf goes to the import review screen first (web/features/import-review). A text file holding
 * several tables is stored as its first table's draft, and the same file can then be handed to the
 * review screen to import the others (one by one, or all at once).
 */
import { InboxOutlined } from '@ant-design/icons';
import { Alert, App, Button, Card, InputNumber, Progress, Space, Typography, Upload } from 'antd';
import { useState } from 'react';
import { FindingsList } from '../../components/findings-list.tsx';
import { ApiError, describeError } from '../../lib/api-client.ts';
import type { UploadResponse } from '../../../contract/documents.ts';
import { uploadDocument } from '../../lib/documents-api.ts';
import { decodeTextBytes } from '../../../core/decode-text.ts';
import { useRouter } from '../../lib/router.tsx';
import { isReviewedFormat, setPendingImportFile } from '../import-review/pending-file.ts';
import { describeUnreadableFile, readableExtensions } from './file-types.ts';

type Stage = { percent: number; text: string; status?: 'exception' | 'success' };

export function countIndicators(result: UploadResponse): number {
  return result.document.body.goals.reduce((total, goal) => total + goal.indicators.length, 0);
}

export function UploadCard({ onUploaded }: { onUploaded: () => void }) {
  const { navigate } = useRouter();
  // The App's modal carries the theme (accessible colours); the static Modal.confirm does not.
  const { modal } = App.useApp();
  const [stage, setStage] = useState<Stage | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [result, setResult] = useState<UploadResponse | null>(null);
  const [year, setYear] = useState<number | null>(null);
  /** The file last uploaded directly, for its other tables (a 'several-documents' finding). */
  const [uploadedFile, setUploadedFile] = useState<File | null>(null);

  type SendInput = { text: string; fileName: string; unitMismatch?: 'save-as-owner'; year: number | null };

  /** A file without a year: the person names it here and the same text is sent again (nothing to upload twice). */
  const askYear = (input: SendInput) => {
    setStage({ percent: 70, text: '文档中没有年度，请选择' });
    let chosen: number | null = null;
    const prompt = modal.confirm({
      title: '文档中没有年度',
      content: (
        <Space direction="vertical">
          <span>{`“${input.fileName}”中没有写明年度。请选择这份文档所属的年度：`}</span>
          <InputNumber
            aria-label="文档年度"
            autoFocus
            min={1990}
            max={2100}
            placeholder="如 2026"
            onChange={(value) => {
              chosen = value;
              prompt.update({ okButtonProps: { disabled: chosen === null } });
            }}
          />
        </Space>
      ),
      okText: '按此年度保存',
      okButtonProps: { disabled: true },
      cancelText: '取消',
      onOk: () => {
        if (chosen === null) return;
        setYear(chosen);
        return send({ ...input, year: chosen });
      },
      onCancel: () => setStage({ percent: 100, text: '已取消，未保存', status: 'exception' }),
    });
  };

  const send = async (input: SendInput) => {
    setStage({ percent: 55, text: '正在上传并识别表格、检查指标…' });
    try {
      const uploaded = await uploadDocument(input);
      setStage({ percent: 100, text: '已生成草稿', status: 'success' });
      setResult(uploaded);
      onUploaded();
    } catch (caught) {
      if (caught instanceof ApiError && caught.code === 'year-required' && input.year === null) {
        askYear(input);
        return;
      }
      // A file naming another unit: the person decides (the same choice as on the import review screen).
      if (caught instanceof ApiError && caught.code === 'unit-mismatch' && !input.unitMismatch) {
        setStage({ percent: 70, text: '文件所列单位与本单位不同，请确认' });
        modal.confirm({
          title: '文件所列单位与本单位不同',
          content: `${caught.message}`,
          okText: '按本单位保存并注明',
          cancelText: '取消',
          onOk: () => send({ ...input, unitMismatch: 'save-as-owner' }),
          onCancel: () => setStage({ percent: 100, text: '已取消，未保存', status: 'exception' }),
        });
        return;
      }
      setStage({ percent: 100, text: '上传失败', status: 'exception' });
      setError(describeError(caught));
    }
  };

  const upload = async (file: File) => {
    const unreadable = describeUnreadableFile(file.name);
    if (unreadable) {
      setResult(null);
      setStage({ percent: 100, text: '未上传', status: 'exception' });
      setError(unreadable);
      return;
    }
    if (isReviewedFormat(file.name)) {
      setPendingImportFile(file);
      navigate('/documents/import-review');
      return;
    }
    setError(null);
    setResult(null);
    setUploadedFile(file);
    setStage({ percent: 20, text: `正在读取文件 ${file.name}…` });
    let text: string;
    try {
      // Not file.text(): that is UTF-8 only, and Notepad or Excel on a Chinese Windows save GBK.
      text = decodeTextBytes(new Uint8Array(await file.arrayBuffer()));
    } catch (caught) {
      setStage({ percent: 100, text: '上传失败', status: 'exception' });
      setError(describeError(caught));
      return;
    }
    await send({ text, fileName: file.name, year });
  };

  return (
    <Card title="上传文档生成草稿" style={{ marginBottom: 16 }}>
      <Space direction="vertical" style={{ width: '100%' }}>
        <Space>
          <span>年度（文档中没有年度时填写）：</span>
          <InputNumber
            aria-label="上传年度"
            min={1990}
            max={2100}
            value={year}
            onChange={(value) => setYear(value)}
            placeholder="如 2026"
          />
        </Space>
        <Upload.Dragger
          accept={readableExtensions.join(',')}
          multiple={false}
          showUploadList={false}
          beforeUpload={(file) => {
            void upload(file);
            return false;
          }}
        >
          <p className="ant-upload-drag-icon">
            <InboxOutlined />
          </p>
          <p>点击或拖入文件上传（.xlsx、.docx、.pdf、.ofd、网页 .html/.mht、OpenDocument .ods/.odt、文本 .txt、.csv，或旧版 .xls、.doc）</p>
          <p className="ant-upload-hint">绩效目标表、自评表、批复表或评价报告；Excel、Word、PDF 与网页文件先进入导入核对页</p>
        </Upload.Dragger>
        {stage && (
          <div>
            <Progress aria-label="上传进度" percent={stage.percent} status={stage.status ?? 'active'} />
            <Typography.Text type="secondary">{stage.text}</Typography.Text>
          </div>
        )}
        {error && <Alert type="error" showIcon message={error} />}
        {result && (
          <Alert
            type="success"
            showIcon
            message={`已生成草稿：${result.document.year}年 ${result.document.kindName}，共 ${countIndicators(result)} 个指标，发现 ${result.findings.length} 个问题`}
            action={
              <Button type="primary" onClick={() => navigate(`/documents/${result.document.id}`)}>
                打开草稿
              </Button>
            }
          />
        )}
        {result && uploadedFile && result.findings.some((finding) => finding.code === 'several-documents') && (
          <Alert
            type="info"
            showIcon
            message="此文件有多张表，上面只导入了第一张"
            description="其余各表可在导入核对页逐张核对导入，或全部导入为草稿（已导入的第一张不会重复导入）。"
            action={
              <Button
                onClick={() => {
                  setPendingImportFile(uploadedFile);
                  navigate('/documents/import-review');
                }}
              >
                导入其余各表
              </Button>
            }
          />
        )}
        {result && <FindingsList findings={result.findings} maxHeight={240} />}
      </Space>
    </Card>
  );
}
