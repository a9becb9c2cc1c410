/**
 * The reviewer's tools on a document: conclusion (通过/不通过 with grade 优/良/中/差), 审核通过,
 * 退回 with a required reason, 公开. Per-indicator opinions are given in the table (OpinionButton).
 */
import { Button, Card, Form, Input, Modal, Popconfirm, Select, Space, Typography, message } from 'antd';
import { useState } from 'react';
import { grades, type DocumentKind, type Grade, type Indicator } from '../../../core/model.ts';
import { checkConclusion, type TransitionAction } from '../../../core/review/index.ts';
import { useIsPhone } from '../../components/row-cards.tsx';
import { describeError } from '../../lib/api-client.ts';
import type { TransitionResponse } from '../../../contract/document-workflow.ts';
import type { DocumentDetail } from '../../../contract/documents.ts';
import { addOpinion, transitionDocument } from '../../lib/documents-api.ts';

const successMessages: Record<TransitionAction, string> = {
  submit: '已提交',
  withdraw: '已撤回',
  'supervisor-approve': '审核通过',
  'finance-approve': '审核通过',
  return: '已退回，单位将看到退回理由',
  publish: '已公开',
  revise: '已生成调整版本',
};

/** What approving does, said before it is done: it cannot be withdrawn by the reviewer. */
export function describeApproval(action: 'supervisor-approve' | 'finance-approve', kind: DocumentKind, grade: Grade | null): string {
  const graded = grade ? `审核等级“${grade}”。` : '';
  if (action === 'supervisor-approve') return `${graded}通过后文档交财政部门审核，本级不能再退回或修改。`;
  if (kind === 'target-table') return `${graded}批复后生成绩效目标批复表并通知单位，不能撤销；之后如需修改，由单位提出调整。`;
  return `${graded}通过后为财政已复核，可以公开；如发现问题仍可退回。`;
}

export function ReviewPanel(props: { detail: DocumentDetail; onDone: (result: TransitionResponse) => void }) {
  const { detail } = props;
  const isPhone = useIsPhone();
  // No default: the grade decides funding, so the reviewer must choose it.
  const [grade, setGrade] = useState<Grade | null>(null);
  const [isGradeMissing, setIsGradeMissing] = useState(false);
  const [text, setText] = useState('');
  const [isReturnOpen, setIsReturnOpen] = useState(false);
  const [reason, setReason] = useState('');
  const [isBusy, setIsBusy] = useState(false);
  const approveAction: TransitionAction | null = detail.allowedActions.includes('finance-approve')
    ? 'finance-approve'
    : detail.allowedActions.includes('supervisor-approve')
      ? 'supervisor-approve'
      : null;
  const approveLabel = approveAction === 'finance-approve' && detail.kind === 'target-table' ? '审核通过并批复' : '审核通过';
  const [isApproveConfirmOpen, setIsApproveConfirmOpen] = useState(false);
  const canReturn = detail.allowedActions.includes('return');
  const canPublish = detail.allowedActions.includes('publish');
  if (!approveAction && !canReturn && !canPublish) return null;

  const run = async (
    action: TransitionAction,
    extra: { reason?: string; conclusion?: { verdict: 'pass' | 'fail'; grade: Grade | null; text: string | null } },
  ) => {
    setIsBusy(true);
    try {
      const result = await transitionDocument(detail.id, {
        action,
        expectedVersion: detail.version,
        ...extra,
      });
      if (!result.approvalTable) void message.success(successMessages[action]);
      props.onDone(result);
      return true;
    } catch (caught) {
      void message.error(describeError(caught));
      return false;
    } finally {
      setIsBusy(false);
    }
  };

  return (
    <Card title="审核" size="small" style={{ marginBottom: 16, borderColor: '#1d5fa8' }}>
      {(approveAction || canReturn) && (
        // One line on a wide screen; on a phone one field under the other (inline, 审核结论 was squeezed to "整体审核意…").
        <Form layout={isPhone ? 'vertical' : 'inline'} style={{ marginBottom: 12 }}>
          <Form.Item
            label="审核等级"
            required
            validateStatus={isGradeMissing ? 'error' : undefined}
            help={isGradeMissing ? '请选择审核等级' : undefined}
          >
            <Select
              aria-label="审核等级"
              style={{ width: 110 }}
              placeholder="请选择"
              value={grade}
              onChange={(value: Grade) => {
                setGrade(value);
                setIsGradeMissing(false);
              }}
              options={grades.map((value) => ({ value, label: value }))}
            />
          </Form.Item>
          <Form.Item label="审核结论" style={{ flex: 1 }}>
            <Input
              aria-label="审核结论"
              placeholder="整体审核意见（可选）"
              value={text}
              onChange={(event) => setText(event.target.value)}
            />
          </Form.Item>
        </Form>
      )}
      <Space>
        {approveAction && (
          // Approving cannot be taken back (the document leaves the reviewer; 批复 makes the
          // 批复表 and tells the unit): the grade is checked first, then the step is confirmed.
          <Popconfirm
            open={isApproveConfirmOpen}
            title={approveLabel}
            description={describeApproval(approveAction, detail.kind, grade)}
            okText={`确认${approveLabel}`}
            cancelText="取消"
            onOpenChange={(open) => {
              if (!open) setIsApproveConfirmOpen(false);
            }}
            onConfirm={() => {
              setIsApproveConfirmOpen(false);
              if (grade !== null) void run(approveAction, { conclusion: { verdict: 'pass', grade, text: text || null } });
            }}
          >
            <Button
              type="primary"
              loading={isBusy}
              onClick={() => {
                if (grade === null) {
                  setIsGradeMissing(true);
                  void message.error('请先选择审核等级');
                  return;
                }
                // The server's own rule (中/差 targets are returned, not passed), said before the confirmation.
                const refusal = checkConclusion({ kind: detail.kind, action: approveAction, conclusion: { verdict: 'pass', grade, text: null } });
                if (!refusal.ok) {
                  void message.error(refusal.message);
                  return;
                }
                setIsApproveConfirmOpen(true);
              }}
            >
              {approveLabel}
            </Button>
          </Popconfirm>
        )}
        {canReturn && (
          <Button danger onClick={() => setIsReturnOpen(true)}>
            退回
          </Button>
        )}
        {canPublish && (
          <Popconfirm
            title="确认公开"
            description="公开后任何人都可以在信息公开页面查看本文档。"
            okText="确认公开"
            cancelText="取消"
            onConfirm={() => run('publish', {})}
          >
            <Button loading={isBusy}>公开</Button>
          </Popconfirm>
        )}
      </Space>
      <Modal
        title="退回"
        open={isReturnOpen}
        okText="确认退回"
        cancelText="取消"
        okButtonProps={{ danger: true, disabled: reason.trim() === '', loading: isBusy }}
        onCancel={() => setIsReturnOpen(false)}
        onOk={() =>
          void run('return', {
            reason: reason.trim(),
            conclusion: {
              verdict: 'fail',
              grade: grade === '优' || grade === '良' ? '中' : grade,
              text: text || null,
            },
          }).then((isDone) => {
            if (isDone) setIsReturnOpen(false);
          })
        }
      >
        <Typography.Paragraph>请写明退回理由，单位将在首页和文档中看到。</Typography.Paragraph>
        <Input.TextArea
          aria-label="退回理由"
          rows={4}
          value={reason}
          onChange={(event) => setReason(event.target.value)}
          status={reason.trim() === '' ? 'warning' : undefined}
        />
        {reason.trim() === '' && <Typography.Text type="warning">退回理由必填</Typography.Text>}
      </Modal>
    </Card>
  );
}

/** 提意见 on one indicator (or any path): a small dialog that posts the opinion. */
export function OpinionButton(props: {
  documentId: string;
  path: string;
  indicator?: Indicator;
  onAdded: () => void;
}) {
  const [isOpen, setIsOpen] = useState(false);
  const [text, setText] = useState('');
  const [isBusy, setIsBusy] = useState(false);
  const submit = async () => {
    setIsBusy(true);
    try {
      await addOpinion(props.documentId, { path: props.path, text });
      setIsOpen(false);
      setText('');
      props.onAdded();
    } catch (caught) {
      void message.error(describeError(caught));
    } finally {
      setIsBusy(false);
    }
  };
  return (
    <>
      <Button
        size="small"
        type="link"
        style={{ padding: 0 }}
        aria-label={`对「${props.indicator?.name ?? props.path}」提意见`}
        onClick={() => setIsOpen(true)}
      >
        提意见
      </Button>
      <Modal
        title={`审核意见：${props.indicator?.name ?? '整体'}`}
        open={isOpen}
        okText="保存意见"
        cancelText="取消"
        okButtonProps={{ disabled: text.trim() === '', loading: isBusy }}
        onCancel={() => setIsOpen(false)}
        onOk={() => void submit()}
      >
        <Input.TextArea
          aria-label="意见内容"
          rows={3}
          value={text}
          onChange={(event) => setText(event.target.value)}
        />
      </Modal>
    </>
  );
}
