/**
 * A file of several tables (a unit's twenty projects, one 自评表 after another) saved in one go:
 * every table read as the reader reads it (named layouts included) and saved as its own draft, one
 * request per table, so the person sees each one done, can stop between two, and sees which did
 * not save and why (no year, a draft of that project already there, another unit named) with a
 * way to review that table alone. Nothing is saved before the person confirms; a file naming
 * another unit is saved as the owner's only for the unit the person confirmed.
 */
import { App, Button, Card, List, Progress, Space, Typography } from 'antd';
import { useRef, useState } from 'react';
import type { ImportCorrections, ImportPreview, ImportSaveResult } from '../../../contract/import-review.ts';
import { documentKindNames } from '../../../core/model.ts';
import { ApiError, describeError } from '../../lib/api-client.ts';
import { useRouter } from '../../lib/router.tsx';
import { saveImport } from './import-review-api.ts';
import type { LoadedFile } from './import-review-page.tsx';

export type TableOutcome =
  | { table: number; status: 'saved'; result: ImportSaveResult }
  | { table: number; status: 'failed'; message: string; /** The server's code: 'document-exists' is a draft already made, not a fault. */ code: string | null };

type Props = {
  file: LoadedFile;
  preview: ImportPreview;
  /** What the person changed on the screen: they belong to the table on the screen (preview.table). */
  corrections: ImportCorrections;
  organisationId: string | undefined;
  isFinance: boolean;
  /** Opens one table on the review screen (for a table that did not save). */
  onReviewTable: (table: number) => void;
};

/** The unit a refusal says the file names, when the refusal is that one (409 unit-mismatch: its details beside code and message). */
function mismatchedUnitOf(error: unknown): string | null {
  if (!(error instanceof ApiError) || error.code !== 'unit-mismatch') return null;
  const fileUnit = (error.body as { fileUnit?: unknown } | null)?.fileUnit;
  return typeof fileUnit === 'string' ? fileUnit : null;
}

/**
 * Saves the tables one after another; `shouldStop` is asked before each. A table refused because
 * it names `confirmedUnit` (the unit the person said is theirs) is saved again as the owner's.
 */
export async function saveEveryTable(input: {
  count: number;
  save: (table: number, unitMismatch?: 'save-as-owner') => Promise<ImportSaveResult>;
  confirmedUnit: string | null;
  shouldStop: () => boolean;
  onOutcome: (outcome: TableOutcome) => void;
}): Promise<void> {
  for (let table = 0; table < input.count; table++) {
    if (input.shouldStop()) return;
    try {
      let result: ImportSaveResult;
      try {
        result = await input.save(table);
      } catch (error) {
        const fileUnit = mismatchedUnitOf(error);
        if (fileUnit === null || fileUnit !== input.confirmedUnit) throw error;
        result = await input.save(table, 'save-as-owner');
      }
      input.onOutcome({ table, status: 'saved', result });
    } catch (error) {
      input.onOutcome({ table, status: 'failed', message: describeError(error), code: error instanceof ApiError ? error.code : null });
    }
  }
}

/** A table's corrections when all are saved: the screen's for the table on the screen, none for the others. */
export function correctionsFor(table: number, input: { shownTable: number; corrections: ImportCorrections }): ImportCorrections {
  return table === input.shownTable ? { ...input.corrections, table } : { table };
}

function describeSaved(result: ImportSaveResult): string {
  const { document } = result;
  return `已生成草稿：${document.year}年 ${documentKindNames[document.kind]}${document.project ? `“${document.project}”` : ''}`;
}

export function SaveAllTables({ file, preview, corrections, organisationId, isFinance, onReviewTable }: Props) {
  const { navigate } = useRouter();
  const { modal } = App.useApp();
  const [outcomes, setOutcomes] = useState<TableOutcome[]>([]);
  const [isRunning, setIsRunning] = useState(false);
  const [isStopping, setIsStopping] = useState(false);
  const stopRef = useRef(false);
  const count = preview.tables.length;
  const isBlocked = isFinance && !organisationId;
  const mismatch = preview.unitCheck.isMismatch ? preview.unitCheck : null;

  const run = async () => {
    stopRef.current = false;
    setIsStopping(false);
    setOutcomes([]);
    setIsRunning(true);
    try {
      await saveEveryTable({
        count,
        save: (table, unitMismatch) =>
          saveImport({
            ...file,
            corrections: correctionsFor(table, { shownTable: preview.table, corrections }),
            ...(organisationId ? { organisationId } : {}),
            ...(unitMismatch ? { unitMismatch } : {}),
          }),
        confirmedUnit: mismatch?.fileUnit ?? null,
        shouldStop: () => stopRef.current,
        onOutcome: (outcome) => setOutcomes((done) => [...done, outcome]),
      });
    } finally {
      setIsRunning(false);
    }
  };

  const confirmAndRun = () => {
    modal.confirm({
      title: `将此文件的 ${count} 张表各导入为一份草稿？`,
      content: (
        <Space direction="vertical">
          <span>各表按识别结果导入（已保存的命名版式照用）；本页对当前这张表所做的修改只用于这一张，不带入其他表。导入后可在各草稿中修改。</span>
          {mismatch && (
            <Typography.Text type="warning">
              文件所列单位为“{mismatch.fileUnit}”，与“{mismatch.ownerName}”不同：确认后，列此单位的表按“{mismatch.ownerName}”保存并在草稿中注明；列其他单位的表不导入。
            </Typography.Text>
          )}
          <span>已有同一项目草稿的表不会重复导入，会在结果中列出。</span>
        </Space>
      ),
      okText: `导入 ${count} 张`,
      cancelText: '取消',
      onOk: () => {
        void run();
      },
    });
  };

  const saved = outcomes.filter((outcome) => outcome.status === 'saved').length;
  const failed = outcomes.length - saved;
  const isStarted = isRunning || outcomes.length > 0;
  return (
    <Space direction="vertical" style={{ width: '100%' }}>
      <Space wrap>
        <Button onClick={confirmAndRun} disabled={isBlocked || isRunning}>
          全部 {count} 张导入为草稿
        </Button>
        {isBlocked && <Typography.Text type="warning">请先选择导入到哪个单位</Typography.Text>}
      </Space>
      {isStarted && (
        <Card size="small" title="全部导入为草稿">
          <Space direction="vertical" style={{ width: '100%' }}>
            <Progress
              percent={Math.round((outcomes.length / count) * 100)}
              status={isRunning ? 'active' : failed === 0 && outcomes.length === count ? 'success' : 'normal'}
              aria-label="导入进度"
            />
            <Space wrap>
              <Typography.Text role="status">
                {isRunning
                  ? `正在导入第 ${Math.min(outcomes.length + 1, count)} / ${count} 张…`
                  : `已导入 ${saved} 张${failed > 0 ? `，未导入 ${failed} 张` : ''}${outcomes.length < count ? `，已停止（其余 ${count - outcomes.length} 张未导入）` : ''}。`}
              </Typography.Text>
              {isRunning && (
                <Button
                  size="small"
                  disabled={isStopping}
                  onClick={() => {
                    stopRef.current = true;
                    setIsStopping(true);
                  }}
                >
                  {isStopping ? '本张完成后停止…' : '停止'}
                </Button>
              )}
            </Space>
            <List
              size="small"
              dataSource={outcomes}
              renderItem={(outcome) => (
                <List.Item
                  actions={[
                    outcome.status === 'saved' ? (
                      <Button key="open" size="small" onClick={() => navigate(`/documents/${outcome.result.document.id}`)}>
                        打开草稿
                      </Button>
                    ) : (
                      <Button key="review" size="small" onClick={() => onReviewTable(outcome.table)}>
                        核对此表
                      </Button>
                    ),
                  ]}
                >
                  <Typography.Text type={outcome.status === 'saved' ? 'success' : outcome.code === 'document-exists' ? 'warning' : 'danger'}>
                    第 {outcome.table + 1} 张：{outcome.status === 'saved' ? describeSaved(outcome.result) : `未导入：${outcome.message}`}
                  </Typography.Text>
                </List.Item>
              )}
            />
          </Space>
        </Card>
      )}
    </Space>
  );
}
