/**
 * 绩效目标表 (and 批复表, read-only) laid out like the official table: 年度预算申请, 部门职能,
 * 整体绩效目标, then each goal with its indicator tree. Findings come live from core/analyse.
 */
import { PlusOutlined } from '@ant-design/icons';
import { Alert, Button, Card, Typography } from 'antd';
import { memo, useCallback, useMemo, useRef, useState, type ReactNode } from 'react';
import type { Finding, Indicator, PerformanceDocument } from '../../../core/model.ts';
import { FindingsList, findRowPath } from '../../components/findings-list.tsx';
import { useIsPhone } from '../../components/row-cards.tsx';
import type { Opinion } from '../../../contract/documents.ts';
import type { Suggestion } from '../../../contract/indicator-library.ts';
import { normaliseIndicatorName } from '../../../core/indicator-library/normalise-name.ts';
import { describeReference, proposeTarget, toReference } from '../indicator-library/describe-suggestion.ts';
import { useLibraryFindings } from '../indicator-library/use-library-findings.ts';
import { NameSuggestionsContext, type NameSuggestions } from './name-suggestions-context.ts';
import { ReferenceNotesContext, type ReferenceNotes } from './reference-notes-context.ts';
import type { RowOperation } from './indicator-table.tsx';
import { BudgetCard, GoalCard, TextCard } from './target-sections.tsx';
import { ProjectNameCard } from './project-name-card.tsx';
import {
  addGoal,
  copyRow,
  countIndicators,
  insertRowAfter,
  moveRow,
  parseRowPath,
  readValueText,
  updateIndicator,
  updateIndicatorRange,
  type RowAddress,
} from './indicator-rows.ts';
import { PastePreview } from './paste-preview.tsx';
import { usePasteBlock } from './use-paste-block.ts';
import { useRowRemoval } from './use-row-removal.tsx';

export function groupByRow<T>(items: T[], pathOf: (item: T) => string | null): Map<string, T[]> {
  const groups = new Map<string, T[]>();
  for (const item of items) {
    const path = pathOf(item);
    const row = path ? findRowPath(path) : null;
    if (!row) continue;
    groups.set(row, [...(groups.get(row) ?? []), item]);
  }
  return groups;
}

/** Scrolls to a row and puts the cursor in its 三级指标 cell, or on a phone on its 编辑 (findings list → row); a merged 一级/二级 may sit in an earlier row. */
export function focusRow(rowPath: string): void {
  const row = document.querySelector<HTMLElement>(`[data-row-path="${rowPath}"]`);
  row?.scrollIntoView({ block: 'center', behavior: 'smooth' });
  // On a phone the row is a block whose 编辑 button opens it (indicator-cards.tsx).
  row?.querySelector<HTMLElement>('[data-cell$=":2"], textarea, input, [data-row-edit]')?.focus({ preventScroll: true });
}

const FindingsCard = memo(function FindingsCard(props: {
  findings: Finding[];
  onSelectRow: (rowPath: string) => void;
  describeRow: (rowPath: string) => string | null;
}) {
  return (
    <Card title={`检查结果（${props.findings.length} 项）`} size="small" style={{ marginBottom: 16 }}>
      <FindingsList
        findings={props.findings}
        onSelectRow={props.onSelectRow}
        describeRow={props.describeRow}
      />
    </Card>
  );
});

export default function TargetEditor(props: {
  body: PerformanceDocument;
  findings: Finding[];
  opinions: Opinion[];
  isEditable: boolean;
  onUpdate: (change: (body: PerformanceDocument) => PerformanceDocument) => void;
  renderOpinionAction?: (path: string, indicator: Indicator) => ReactNode;
  /** The stored document: the indicator library's references and suggestions are loaded for it. */
  documentId?: string;
}) {
  const { body, onUpdate } = props;
  const [highlightedRow, setHighlightedRow] = useState<string | null>(null);
  const isPhone = useIsPhone();
  const library = useLibraryFindings({ documentId: props.documentId, body });
  const findings = useMemo(
    () => (library.findings.length === 0 ? props.findings : [...props.findings, ...library.findings]),
    [props.findings, library.findings],
  );
  const findingsByRow = useMemo(() => groupByRow(findings, (finding) => finding.path), [findings]);
  const opinionsByRow = useMemo(
    () => groupByRow(props.opinions, (opinion) => opinion.path),
    [props.opinions],
  );

  const onChange = useCallback(
    (address: RowAddress, change: Partial<Indicator>) =>
      onUpdate((current) => updateIndicator(current, { ...address, change })),
    [onUpdate],
  );
  const onGroupChange = useCallback(
    (address: RowAddress, count: number, change: Partial<Indicator>) =>
      onUpdate((current) => updateIndicatorRange(current, { ...address, count, change })),
    [onUpdate],
  );
  const onValueText = useCallback(
    (address: RowAddress, text: string) =>
      onUpdate((current) => {
        const name = current.goals[address.goalIndex]?.indicators[address.indicatorIndex]?.name ?? '';
        return updateIndicator(current, { ...address, change: { target: readValueText(text, name) } });
      }),
    [onUpdate],
  );
  // Stable callbacks for the memoised rows and findings list; they read the latest body through a ref.
  const bodyRef = useRef(body);
  bodyRef.current = body;
  const { remove } = useRowRemoval({ bodyRef, onUpdate });
  const onOperation = useCallback(
    (address: RowAddress, operation: RowOperation) =>
      operation === 'remove'
        ? remove(address)
        : onUpdate((current) => {
            switch (operation) {
              case 'up':
                return moveRow(current, { ...address, offset: -1 });
              case 'down':
                return moveRow(current, { ...address, offset: 1 });
              case 'copy':
                return copyRow(current, address);
              case 'insert':
                return insertRowAfter(current, address);
            }
          }),
    [onUpdate, remove],
  );

  // Taking a suggestion fills the name, its levels and, when empty, a target from history (issue 13).
  const { addReference } = library;
  const nameSuggestions = useMemo<NameSuggestions | null>(
    () =>
      props.isEditable && props.documentId
        ? {
            year: body.year,
            onTake: (address: RowAddress, suggestion: Suggestion) => {
              addReference(suggestion.nameKey, toReference(suggestion));
              onUpdate((current) => {
                const row = current.goals[address.goalIndex]?.indicators[address.indicatorIndex];
                const target = row?.target?.text ? null : proposeTarget(suggestion);
                const change: Partial<Indicator> = {
                  name: suggestion.name,
                  level1: suggestion.level1,
                  level2: suggestion.level2,
                };
                if (target) change.target = readValueText(target, suggestion.name);
                return updateIndicator(current, { ...address, change });
              });
            },
          }
        : null,
    [props.isEditable, props.documentId, body.year, addReference, onUpdate],
  );

  // Reviewers (a read-only view) see the library's reference values beside each indicator.
  const { references } = library;
  const referenceNotes = useMemo<ReferenceNotes | null>(
    () =>
      props.isEditable || !references
        ? null
        : (indicatorName: string) => describeReference(references.get(normaliseIndicatorName(indicatorName))),
    [props.isEditable, references],
  );

  const paste = usePasteBlock({ bodyRef, onUpdate });
  const describeRow = useCallback((rowPath: string) => {
    const address = parseRowPath(rowPath);
    const indicator = address
      ? bodyRef.current.goals[address.goalIndex]?.indicators[address.indicatorIndex]
      : undefined;
    return indicator ? `「${indicator.name || '（未命名）'}」` : null;
  }, []);
  const selectRow = useCallback((rowPath: string) => {
    setHighlightedRow(rowPath);
    focusRow(rowPath);
  }, []);

  let firstRowNumber = 0;
  return (
    <NameSuggestionsContext.Provider value={nameSuggestions}>
      <ReferenceNotesContext.Provider value={referenceNotes}>
        <div>
          {body.scope === 'project' && <ProjectNameCard project={body.project} />}
          <BudgetCard
            budget={body.budget}
            isEditable={props.isEditable}
            onUpdate={onUpdate}
            scope={body.scope}
          />
          <TextCard
            title={
              body.scope === 'project'
                ? '项目概况'
                : body.kind === 'approval-table'
                  ? '部门职能概述'
                  : '部门职能'
            }
            field="functions"
            value={body.functions}
            isEditable={props.isEditable}
            onUpdate={onUpdate}
          />
          <TextCard
            title={
              body.scope === 'project'
                ? '年度绩效目标'
                : body.kind === 'approval-table'
                  ? '年度整体绩效目标'
                  : '整体绩效目标'
            }
            field="overallGoal"
            value={body.overallGoal}
            isEditable={props.isEditable}
            onUpdate={onUpdate}
          />
          <FindingsCard findings={findings} onSelectRow={selectRow} describeRow={describeRow} />
          {/* Level 2 under the page's h1 (axe heading-order), at the size of the cards' titles. */}
          <Typography.Title level={2} style={{ fontSize: 16 }}>
            绩效指标（共 {countIndicators(body)} 个指标）
          </Typography.Title>
          {props.isEditable && isPhone && (
            // A phone has no keyboard to move between cells nor a block of cells to paste.
            <Typography.Paragraph type="secondary">点指标右侧的“编辑”修改，修改会自动保存。</Typography.Paragraph>
          )}
          {props.isEditable && !isPhone && (
            <Typography.Paragraph type="secondary">
              可从 Excel/WPS
              复制多行多列后，点到某一行的单元格里粘贴（Ctrl+V），先预览再确认。方向键、回车、Tab
              在单元格间移动，Alt+回车换行。
            </Typography.Paragraph>
          )}
          {paste.pasted && (
            <Alert
              type="success"
              showIcon
              style={{ marginBottom: 12 }}
              message={`已粘贴：新增 ${paste.pasted.counts.added} 行，覆盖 ${paste.pasted.counts.replaced} 行，将自动保存。`}
              action={
                <Button size="small" onClick={paste.undo}>
                  撤销粘贴
                </Button>
              }
            />
          )}
          {body.goals.map((goal, goalIndex) => {
            const start = firstRowNumber;
            firstRowNumber += goal.indicators.length;
            return (
              <GoalCard
                key={goalIndex}
                goal={goal}
                goalIndex={goalIndex}
                firstRowNumber={start}
                isEditable={props.isEditable}
                findingsByRow={findingsByRow}
                opinionsByRow={opinionsByRow}
                highlightedRow={highlightedRow}
                onUpdate={onUpdate}
                onChange={onChange}
                onValueText={onValueText}
                onOperation={onOperation}
                onGroupChange={onGroupChange}
                onPasteBlock={props.isEditable ? paste.onPasteBlock : undefined}
                renderOpinionAction={props.renderOpinionAction}
              />
            );
          })}
          {props.isEditable && (
            <Button icon={<PlusOutlined />} onClick={() => onUpdate(addGoal)}>
              添加目标
            </Button>
          )}
          {paste.request && (
            <PastePreview request={paste.request} onConfirm={paste.confirm} onCancel={paste.cancel} />
          )}
        </div>
      </ReferenceNotesContext.Provider>
    </NameSuggestionsContext.Provider>
  );
}
