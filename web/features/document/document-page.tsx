/**
 * One document: header with state and actions (保存, 提交, 调整, 历史), the kind's editor
 * (target/approval table, self-evaluation, report), the reviewer's panel, the 退回 reason.
 */
import { HistoryOutlined } from '@ant-design/icons';
import { Alert, Breadcrumb, Button, Drawer, Result, Skeleton, Space, Typography, message } from 'antd';
import { useCallback, useDeferredValue, useEffect, useMemo, useState } from 'react';
import { analyseWithPack, policiesOfPack } from '../../../core/rule-packs/index.ts';
import { projectOfEachGoal } from '../../../core/project-views.ts';
import type { Indicator } from '../../../core/model.ts';
import { StateTag } from '../../components/state-tag.tsx';
import { describeError } from '../../lib/api-client.ts';
import type { TransitionResponse } from '../../../contract/document-workflow.ts';
import type { DocumentDetail } from '../../../contract/documents.ts';
import { getDocument, getHistory, saveDocument, transitionDocument } from '../../lib/documents-api.ts';
import { formatDateTime } from '../../lib/format.ts';
import { Link, useRouter } from '../../lib/router.tsx';
import { HistoryPanel } from '../history/history-panel.tsx';
import { OpinionButton, ReviewPanel } from '../review/review-panel.tsx';
import SelfEvaluationEditor from '../self-evaluation/self-evaluation-editor.tsx';
import TargetEditor from '../target-editor/target-editor.tsx';
import { ConflictDialog } from './conflict-dialog.tsx';
import { DocumentOutputs } from './document-outputs.tsx';
import { ReportView } from './report-view.tsx';
import { MonitoringView } from '../monitoring/monitoring-view.tsx';
import MonitoringEditor from '../monitoring/monitoring-editor.tsx';
import { SaveStatusTag } from './save-status.tsx';
import { UnitActions, type UnitAction } from './unit-actions.tsx';
import { describeUnfilledMonitoring } from '../../../core/monitoring/unfilled.ts';
import { useDocumentDraft } from './use-document-draft.ts';
import { choosePackForLiveScore } from '../rule-packs/live-score-pack.ts';
import { ScoringPolicyContext } from '../rule-packs/scoring-policy-context.ts';
import { PreviousResultsCard } from '../results/previous-results-card.tsx';

const unitActionMessages: Record<UnitAction, string> = {
  submit: '已提交',
  withdraw: '已撤回，文档回到草稿',
  revise: '已生成调整版本',
};

export default function DocumentPage({ params }: { params: Record<string, string> }) {
  const id = params.id ?? '';
  const [detail, setDetail] = useState<DocumentDetail | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [loadCount, setLoadCount] = useState(0);
  const reload = useCallback(() => {
    getDocument(id)
      .then((loaded) => {
        setDetail(loaded);
        setError(null);
        setLoadCount((count) => count + 1);
      })
      .catch((caught: unknown) => setError(describeError(caught)));
  }, [id]);
  useEffect(reload, [reload]);
  if (error)
    return (
      <Result
        status="warning"
        title="无法打开文档"
        subTitle={error}
        extra={<Link to="/documents">返回文档列表</Link>}
      />
    );
  if (!detail) return <Skeleton active paragraph={{ rows: 12 }} />;
  return <DocumentWorkspace key={`${detail.id}-${loadCount}`} detail={detail} reload={reload} />;
}

function DocumentWorkspace({ detail, reload }: { detail: DocumentDetail; reload: () => void }) {
  const { navigate } = useRouter();
  const isEditable = detail.allowedActions.includes('save');
  const draft = useDocumentDraft(
    { body: detail.body, version: detail.version, isEditable },
    { save: (input) => saveDocument({ id: detail.id, ...input }), load: () => getDocument(detail.id) },
  );
  const [isHistoryOpen, setIsHistoryOpen] = useState(false);
  const [returnReason, setReturnReason] = useState<string | null>(null);
  const [isSubmitting, setIsSubmitting] = useState(false);
  // Analysis runs on a deferred copy so typing stays responsive on large trees.
  const deferredBody = useDeferredValue(draft.body);
  // The live score uses the pack the server scores this document by (its year's or region's), as saving does (issue 12).
  const pack = useMemo(
    () => choosePackForLiveScore({ rulePack: detail.rulePack, recorded: detail.body.rulePack, isEditable }),
    [detail.rulePack, detail.body.rulePack, isEditable],
  );
  const analysed = useMemo(
    () => (isEditable ? analyseWithPack(deferredBody, pack) : deferredBody),
    [deferredBody, isEditable, pack],
  );
  const blanks = useMemo(() => (isEditable ? describeUnfilledMonitoring(deferredBody) : null), [deferredBody, isEditable]);

  useEffect(() => {
    if (detail.state !== 'returned') return;
    getHistory(detail.id)
      .then((history) =>
        setReturnReason(history.entries.filter((entry) => entry.action === 'return').at(-1)?.reason ?? null),
      )
      .catch(() => setReturnReason(null));
  }, [detail.id, detail.state]);

  useEffect(() => {
    const warn = (event: BeforeUnloadEvent) => {
      if (draft.status === 'dirty' || draft.status === 'error' || draft.status === 'conflict')
        event.preventDefault();
    };
    window.addEventListener('beforeunload', warn);
    return () => window.removeEventListener('beforeunload', warn);
  }, [draft.status]);

  const onTransitionDone = (result: TransitionResponse) => {
    // A returned document goes back to the unit; reviewers above the 主管部门 may no longer see it.
    if (result.document.state === 'returned') {
      navigate('/reviews');
      return;
    }
    // 批复 produces the 批复表: show it straight away.
    if (result.approvalTable) {
      void message.success('已批复，已生成绩效目标批复表');
      navigate(`/documents/${result.approvalTable.id}`);
      return;
    }
    if (result.revision) {
      navigate(`/documents/${result.revision.id}`);
      return;
    }
    reload();
  };

  const runUnitAction = async (action: UnitAction, reason?: string): Promise<boolean> => {
    setIsSubmitting(true);
    try {
      if (action === 'submit' && !(await draft.saveNow())) {
        void message.error('保存失败，请先处理保存问题再提交');
        return false;
      }
      const result = await transitionDocument(detail.id, {
        action,
        expectedVersion: action === 'submit' ? draft.version : detail.version,
        ...(reason ? { reason } : {}),
      });
      void message.success(unitActionMessages[action]);
      onTransitionDone(result);
      return true;
    } catch (caught) {
      void message.error(describeError(caught));
      return false;
    } finally {
      setIsSubmitting(false);
    }
  };

  const canAddOpinion = detail.allowedActions.includes('add-opinion');
  const renderOpinionAction = useCallback(
    (path: string, indicator: Indicator) => (
      <OpinionButton documentId={detail.id} path={path} indicator={indicator} onAdded={reload} />
    ),
    [detail.id, reload],
  );
  // A project table's title names its project: a unit has one per project and year.
  const title = `${detail.year}年 ${detail.body.unit || detail.organisationName} ${detail.kindName}${detail.project ? `（${detail.project}）` : ''}`;
  return (
    <div>
      <Breadcrumb
        items={[{ title: <Link to="/documents">文档</Link> }, { title }]}
        style={{ marginBottom: 8 }}
      />
      <Space align="center" wrap style={{ marginBottom: 12, width: '100%', justifyContent: 'space-between' }}>
        <Space align="center" wrap>
          <Typography.Title level={1} style={{ margin: 0 }}>
            {title}
          </Typography.Title>
          <StateTag state={detail.state} />
          {detail.revision > 1 && <Typography.Text type="secondary">第{detail.revision}版</Typography.Text>}
          {isEditable && <SaveStatusTag status={draft.status} />}
          <Typography.Text type="secondary">更新于 {formatDateTime(detail.updatedAt)}</Typography.Text>
        </Space>
        {/* Wraps as a whole: on a phone an unwrapping row left 打印 and the exports one per line in a narrow column. */}
        <Space wrap>
          {isEditable && (
            <Button onClick={() => void draft.saveNow()} disabled={draft.status === 'saved'}>
              保存
            </Button>
          )}
          <UnitActions allowedActions={detail.allowedActions} isBusy={isSubmitting} onRun={runUnitAction} blanks={blanks} />
          <Button icon={<HistoryOutlined />} onClick={() => setIsHistoryOpen(true)}>
            历史
          </Button>
          <DocumentOutputs documentId={detail.id} kind={detail.kind} hasProjectTables={projectOfEachGoal(draft.body) !== null} />
        </Space>
      </Space>
      {isEditable && !detail.allowedActions.includes('submit') && (
        <Alert
          type="info"
          showIcon
          style={{ marginBottom: 12 }}
          message="修改会自动保存。填报完成后请单位负责人登录提交。"
        />
      )}
      {detail.state === 'returned' && (
        <Alert
          type="error"
          showIcon
          style={{ marginBottom: 12 }}
          message="文档已被退回，请按意见修改后重新提交"
          description={returnReason ? `退回理由：${returnReason}` : undefined}
        />
      )}
      {draft.error && (
        <Alert
          type="error"
          showIcon
          style={{ marginBottom: 12 }}
          message={`保存失败：${draft.error}（您的修改仍保留在本页）`}
        />
      )}
      {detail.kind === 'approval-table' && (
        <Alert
          type="success"
          showIcon
          style={{ marginBottom: 12 }}
          message="本表为财政部门批复的绩效目标，由审核通过的绩效目标表生成。"
        />
      )}
      {detail.kind === 'target-table' && <PreviousResultsCard documentId={detail.id} />}
      <ReviewPanel detail={detail} onDone={onTransitionDone} />
      {detail.kind === 'self-evaluation' ? (
        <ScoringPolicyContext.Provider value={policiesOfPack(pack).scoring}>
          <SelfEvaluationEditor
            body={draft.body}
            analysed={analysed}
            isEditable={isEditable}
            onUpdate={draft.update}
            rulePack={pack}
            documentId={detail.id}
          />
        </ScoringPolicyContext.Provider>
      ) : detail.kind === 'evaluation-report' ? (
        <ReportView body={draft.body} findings={analysed.findings} isEditable={isEditable} onUpdate={draft.update} />
      ) : detail.kind === 'monitoring' && isEditable ? (
        <MonitoringEditor body={draft.body} analysed={analysed} onUpdate={draft.update} />
      ) : detail.kind === 'monitoring' ? (
        <MonitoringView body={draft.body} />
      ) : (
        <TargetEditor
          body={draft.body}
          findings={analysed.findings}
          opinions={detail.opinions}
          isEditable={isEditable}
          onUpdate={draft.update}
          renderOpinionAction={canAddOpinion ? renderOpinionAction : undefined}
          documentId={detail.id}
        />
      )}
      <ConflictDialog
        conflict={draft.conflict}
        mine={draft.body}
        onMerge={() => void draft.mergeWithServer()}
        onKeepMine={() => void draft.keepMine()}
        onTakeServer={draft.takeServer}
      />
      <Drawer title="历史记录" width={520} open={isHistoryOpen} onClose={() => setIsHistoryOpen(false)}>
        {isHistoryOpen && <HistoryPanel documentId={detail.id} body={draft.body} />}
      </Drawer>
    </div>
  );
}
