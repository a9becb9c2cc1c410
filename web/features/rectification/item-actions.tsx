/** The unit's answer to a 整改 item (text and an optional file), and finance's 验收通过 / 退回. */
import { Button, Input, Popconfirm, Space, Upload, message } from 'antd';
import { useState } from 'react';
import { maxAttachmentBytes, type RectificationItem } from '../../../contract/rectification.ts';
import { describeError } from '../../lib/api-client.ts';
import { answerItem, reviewItem, type NoticeDetail } from '../monitoring/monitoring-api.ts';

async function readBase64(file: File): Promise<string> {
  const bytes = new Uint8Array(await file.arrayBuffer());
  let binary = '';
  for (const byte of bytes) binary += String.fromCharCode(byte);
  return btoa(binary);
}

export function AnswerForm(props: { noticeId: string; item: RectificationItem; onDone: (notice: NoticeDetail) => void }) {
  const [text, setText] = useState(props.item.answer ?? '');
  const [file, setFile] = useState<File | null>(null);
  const [isBusy, setIsBusy] = useState(false);
  const submit = async () => {
    if (!text.trim()) {
      void message.error('请填写整改情况');
      return;
    }
    if (file && file.size > maxAttachmentBytes) {
      void message.error('附件不能超过 1 MB');
      return;
    }
    setIsBusy(true);
    try {
      const attachment = file ? { fileName: file.name, contentType: file.type || undefined, content: await readBase64(file) } : null;
      props.onDone(await answerItem({ noticeId: props.noticeId, itemId: props.item.id, request: { answer: text.trim(), attachment } }));
      void message.success('已反馈整改情况');
    } catch (caught) {
      void message.error(describeError(caught));
    } finally {
      setIsBusy(false);
    }
  };
  return (
    <Space direction="vertical" style={{ width: '100%' }}>
      <Input.TextArea aria-label={`事项 ${props.item.position} 整改情况`} autoSize={{ minRows: 2 }} value={text} onChange={(event) => setText(event.target.value)} placeholder="填写整改情况" />
      <Space wrap>
        <Upload beforeUpload={(chosen) => (setFile(chosen), false)} maxCount={1} onRemove={() => setFile(null)}>
          <Button>选择附件（可选）</Button>
        </Upload>
        <Button type="primary" loading={isBusy} onClick={() => void submit()}>
          提交整改情况
        </Button>
      </Space>
    </Space>
  );
}

export function ReviewButtons(props: { noticeId: string; item: RectificationItem; onDone: (notice: NoticeDetail) => void }) {
  const [reason, setReason] = useState('');
  const [isBusy, setIsBusy] = useState(false);
  const review = async (decision: 'accept' | 'return') => {
    setIsBusy(true);
    try {
      props.onDone(await reviewItem({ noticeId: props.noticeId, itemId: props.item.id, decision, reason: reason.trim() || null }));
      void message.success(decision === 'accept' ? '已验收通过' : '已退回');
    } catch (caught) {
      void message.error(describeError(caught));
    } finally {
      setIsBusy(false);
    }
  };
  return (
    <Space wrap style={{ marginTop: 8 }}>
      <Popconfirm
        title={`验收通过事项 ${props.item.position}`}
        description="验收后该事项办结，不能撤销；全部事项验收后整改通知办结。"
        okText="验收通过"
        cancelText="取消"
        onConfirm={() => review('accept')}
      >
        <Button type="primary" loading={isBusy}>
          验收通过
        </Button>
      </Popconfirm>
      <Input aria-label={`事项 ${props.item.position} 退回理由`} placeholder="退回理由" value={reason} onChange={(event) => setReason(event.target.value)} style={{ width: 220 }} />
      <Button danger loading={isBusy} onClick={() => void review('return')}>
        退回
      </Button>
    </Space>
  );
}
