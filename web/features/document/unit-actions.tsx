/**
 * The unit's workflow buttons on a document, each confirmed before it acts: 提交 (signs the
 * table), 撤回 (takes a submission back before review starts) and 调整 (a new revision of approved
 * targets, with the reason reviewers will read).
 */
import { Button, Input, Modal, Popconfirm, Typography } from 'antd';
import { useState } from 'react';
import type { TransitionAction } from '../../../core/review/index.ts';

export type UnitAction = Extract<TransitionAction, 'submit' | 'withdraw' | 'revise'>;

export function UnitActions(props: {
  allowedActions: readonly string[];
  isBusy: boolean;
  /** Resolves true when the action went through (the reason dialog then closes). */
  onRun: (action: UnitAction, reason?: string) => Promise<boolean>;
  /** What the document still leaves blank (a monitoring table's 执行数 and 完成值), said before submitting. */
  blanks?: string | null;
}) {
  const [isReviseOpen, setIsReviseOpen] = useState(false);
  const [reason, setReason] = useState('');
  const can = (action: UnitAction) => props.allowedActions.includes(action);
  return (
    <>
      {can('submit') && (
        <Popconfirm
          title="确认提交"
          description={
            <>
              {props.blanks && (
                <Typography.Paragraph type="warning" style={{ marginBottom: 4 }}>
                  尚未填完：{props.blanks}。
                </Typography.Paragraph>
              )}
              提交即由单位负责人签字确认，提交后不能再修改；审核开始前可以撤回。
            </>
          }
          okText="确认提交"
          cancelText="取消"
          onConfirm={() => props.onRun('submit')}
        >
          <Button type="primary" loading={props.isBusy}>
            提交
          </Button>
        </Popconfirm>
      )}
      {can('withdraw') && (
        <Popconfirm
          title="确认撤回"
          description="撤回后文档回到草稿，可修改后重新提交。审核人已开始审核的不能撤回。"
          okText="确认撤回"
          cancelText="取消"
          onConfirm={() => props.onRun('withdraw')}
        >
          <Button loading={props.isBusy}>撤回</Button>
        </Popconfirm>
      )}
      {can('revise') && (
        <Button loading={props.isBusy} onClick={() => setIsReviseOpen(true)}>
          调整
        </Button>
      )}
      <Modal
        title="调整绩效目标"
        open={isReviseOpen}
        okText="生成调整版本"
        cancelText="取消"
        okButtonProps={{ disabled: reason.trim() === '', loading: props.isBusy }}
        onCancel={() => setIsReviseOpen(false)}
        onOk={() =>
          void props.onRun('revise', reason.trim()).then((isDone) => {
            if (isDone) setIsReviseOpen(false);
          })
        }
      >
        <Typography.Paragraph>
          将以已批复的目标表为底稿生成新的修订版本，修改后需重新提交审核。请写明调整原因，审核人将看到。
        </Typography.Paragraph>
        <Input.TextArea
          aria-label="调整原因"
          rows={4}
          value={reason}
          onChange={(event) => setReason(event.target.value)}
        />
        {reason.trim() === '' && <Typography.Text type="warning">调整原因必填</Typography.Text>}
      </Modal>
    </>
  );
}
