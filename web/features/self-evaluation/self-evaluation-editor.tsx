/**
 * 绩效自评表: total and grade kept in view (sticky), budget execution with the live rate and
 * score, 年度总体目标 / 实际完成情况, then every indicator with target, actual, 分值, the entered
 * 得分 beside the score the rules give (live, core/scoring) with 采用 to copy it, the band for 定性
 * rows and a prompt for 偏差原因 when a target is not met. Reviewers see the indicator library's
 * reference notes (typical value, peers' median, the unit's last year) under each indicator name.
 * On a phone the indicators are blocks edited in a drawer (self-evaluation-cards.tsx), through the
 * same onChange/onAccept, so saving, live scores and conflicts are the desktop's.
 */
import { Button, Card, Descriptions, Typography } from 'antd';
import { useCallback } from 'react';
import type { Indicator, PerformanceDocument } from '../../../core/model.ts';
import { DecimalInput } from '../../components/decimal-input.tsx';
import { FindingsList } from '../../components/findings-list.tsx';
import { formatMoney } from '../../lib/format.ts';
import { updateIndicator, type RowAddress } from '../target-editor/indicator-rows.ts';
import { acceptAllSuggestedScores, acceptSuggestedScore } from './accept-scores.ts';
import { computeExecutionRate } from './live-score.ts';
import { OverallGoalCard } from './overall-goal-card.tsx';
import { ScoreSummary } from './score-summary.tsx';
import { SelfEvaluationCards } from './self-evaluation-cards.tsx';
import { SelfEvaluationRows } from './self-evaluation-rows.tsx';
import { useIsPhone } from '../../components/row-cards.tsx';
import { describeRulePack, packLabel, type RulePack } from '../../../core/rule-packs/index.ts';
import { describeExecutionFormula } from '../../../core/scoring/index.ts';
import { useScoringPolicy } from '../rule-packs/scoring-policy-context.ts';
import { ReferenceNotesContext } from '../target-editor/reference-notes-context.ts';
import { useReviewReferenceNotes } from '../indicator-library/use-review-reference-notes.ts';

export default function SelfEvaluationEditor(props: {
  body: PerformanceDocument;
  analysed: PerformanceDocument;
  isEditable: boolean;
  onUpdate: (change: (body: PerformanceDocument) => PerformanceDocument) => void;
  /** The rule pack of the document's year (null while it is read): named above the scores. */
  rulePack?: RulePack | null;
  /** The stored document: a reviewer (read-only view) sees the library's reference notes per indicator. */
  documentId?: string;
}) {
  const { body, analysed, onUpdate, isEditable } = props;
  const referenceNotes = useReviewReferenceNotes(props.documentId, !isEditable);
  const policy = useScoringPolicy();
  // On a phone a block per indicator edited in a drawer; the ten-column sheet scrolled sideways there.
  const isPhone = useIsPhone();
  const onChange = useCallback(
    (address: RowAddress, patch: Partial<Indicator>) =>
      onUpdate((current) => updateIndicator(current, { ...address, change: patch })),
    [onUpdate],
  );
  const onAccept = useCallback(
    (address: RowAddress) => onUpdate((current) => acceptSuggestedScore(current, address, policy)),
    [onUpdate, policy],
  );
  const onAcceptAll = useCallback(() => onUpdate((current) => acceptAllSuggestedScores(current, policy)), [onUpdate, policy]);
  const budget = body.budget;
  const setBudget = (patch: Partial<PerformanceDocument['budget']>) =>
    onUpdate((current) => ({ ...current, budget: { ...current.budget, ...patch } }));
  const money = (
    label: string,
    value: string | null | undefined,
    key: 'initial' | 'adjusted' | 'executed' | 'weight' | 'score',
    suffix = '万元',
  ) =>
    isEditable ? (
      <DecimalInput
        ariaLabel={label}
        value={value}
        suffix={suffix}
        onChange={(next) => setBudget({ [key]: next })}
      />
    ) : (
      `${suffix === '万元' ? formatMoney(value) : (value ?? '')} ${suffix}`
    );
  const rate = computeExecutionRate(budget);

  const suggestedExecution = analysed.budget.suggestedScore;
  return (
    <div>
      {props.rulePack !== undefined && (
        // The pack's code (national@1) is for the command line and the rule-pack page; a clerk reads its title and edition.
        <Typography.Paragraph
          type="secondary"
          data-testid="rule-pack-name"
          data-rule-pack={props.rulePack ? packLabel(props.rulePack) : undefined}
        >
          评分规则：{props.rulePack ? describeRulePack(props.rulePack) : '正在读取本年度规则包…'}
        </Typography.Paragraph>
      )}
      <ScoreSummary analysed={analysed} isEditable={isEditable} onAcceptAll={onAcceptAll} />
      <Card title="预算执行情况" size="small" style={{ marginBottom: 16 }}>
        <Descriptions bordered size="small" column={{ xs: 1, sm: 2, md: 3 }}>
          <Descriptions.Item label="年初预算数">
            {money('年初预算数', budget.initial, 'initial')}
          </Descriptions.Item>
          <Descriptions.Item label="全年预算数">
            {money('全年预算数', budget.adjusted, 'adjusted')}
          </Descriptions.Item>
          <Descriptions.Item label="全年执行数">
            {money('全年执行数', budget.executed, 'executed')}
          </Descriptions.Item>
          <Descriptions.Item label="分值">
            {money('执行率分值', budget.weight, 'weight', '分')}
          </Descriptions.Item>
          <Descriptions.Item label="执行率">{rate ? `${rate}%` : '—'}</Descriptions.Item>
          <Descriptions.Item label="得分（填报 / 按规则）">
            {money('执行率得分', budget.score, 'score', '分')}{' '}
            <Typography.Text strong>按规则：{suggestedExecution ?? '—'}</Typography.Text>{' '}
            <Typography.Text type="secondary" data-testid="execution-formula">
              （{describeExecutionFormula(policy, budget.weight)}）
            </Typography.Text>
            {isEditable && suggestedExecution != null && suggestedExecution !== budget.score && (
              <Button size="small" type="link" onClick={() => setBudget({ score: suggestedExecution })}>
                采用
              </Button>
            )}
          </Descriptions.Item>
        </Descriptions>
      </Card>
      <OverallGoalCard
        overallGoal={body.overallGoal}
        overallResult={body.overallResult}
        isEditable={isEditable}
        onUpdate={onUpdate}
      />
      <Card title="绩效指标" size="small" style={{ marginBottom: 16 }}>
        <ReferenceNotesContext.Provider value={referenceNotes}>
          {isPhone ? (
            <SelfEvaluationCards body={body} isEditable={isEditable} onChange={onChange} onAccept={onAccept} />
          ) : (
            <SelfEvaluationRows body={body} isEditable={isEditable} onChange={onChange} onAccept={onAccept} />
          )}
        </ReferenceNotesContext.Provider>
      </Card>
      <Card title={`检查结果（${analysed.findings.length} 项）`} size="small">
        <FindingsList findings={analysed.findings} />
      </Card>
    </div>
  );
}
