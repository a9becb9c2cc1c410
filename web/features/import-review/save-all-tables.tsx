/**
 * A file of several tables (a unit's twenty projects, one 自评表 after another) saved in one go: the person chooses
 * the tables (all at first; a second run leaves out the ones this screen already saved), confirms, and one request
 * (POST /api/import-review/save-tables) uploads the file once and saves each chosen table as its own draft, read as
 * the reader reads it (named layouts included), all or nothing per table. The answer lists every table's outcome: its
 * draft, or why it was not saved (no year, a draft of that project already there, another unit named) with a way to
 * review that table alone. Nothing is saved before the person confirms; a file naming another unit is saved as the
 * owner's only for the unit the person confirmed.
 */
import { Button, Card, Checkbox, List, Modal, Progress, Space, Spin, Typography } from 'antd';
import { useState } from 'react';
import type { ImportCorrections, ImportPreview, ImportSaveTablesBody, ImportTableOutcome } from '../../../contract/import-review.ts';
import { documentKindNames } from '../../../core/model.ts';
import { describeError } from '../../lib/api-client.ts';
import { useRouter } from '../../lib/router.tsx';
import { saveImportTables } from './import-review-api.ts';
import type { LoadedFile } from './import-review-page.tsx';

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

/** A table's entry in the request: the screen's corrections for the table on the screen, none for the others. */
export function tableRequest(table: number, input: { shownTable: number; corrections: ImportCorrections }): ImportSaveTablesBody['tables'][number] {
  if (table !== input.shownTable) return { table };
  const { table: _shown, ...corrections } = input.corrections;
  return Object.keys(corrections).length > 0 ? { table, corrections } : { table };
}

/** The one request saving the chosen tables; the unit the file names is confirmed only when the person saw it differ. */
export function buildSaveTablesBody(input: {
  file: LoadedFile;
  chosen: readonly number[];
  shownTable: number;
  corrections: ImportCorrections;
  organisationId: string | undefined;
  confirmedUnit: string | null;
}): ImportSaveTablesBody {
  return {
    ...input.file,
    tables: [...input.chosen].sort((a, b) => a - b).map((table) => tableRequest(table, input)),
    ...(input.organisationId ? { organisationId: input.organisationId } : {}),
    ...(input.confirmedUnit ? { confirmedFileUnit: input.confirmedUnit } : {}),
  };
}

/** The tables chosen at first: every one, but those this screen has already saved. */
export function tablesToChoose(count: number, outcomes: readonly ImportTableOutcome[]): number[] {
  const saved = new Set(outcomes.filter((outcome) => outcome.status === 'saved').map((outcome) => outcome.table));
  const left = Array.from({ length: count }, (_, table) => table).filter((table) => !saved.has(table));
  return left.length > 0 ? left : Array.from({ length: count }, (_, table) => table);
}

function describeSaved(outcome: Extract<ImportTableOutcome, { status: 'saved' }>): string {
  const { document } = outcome;
  return `已生成草稿：${document.year}年 ${documentKindNames[document.kind]}${document.project ? `“${document.project}”` : ''}`;
}

export function SaveAllTables({ file, preview, corrections, organisationId, isFinance, onReviewTable }: Props) {
  const { navigate } = useRouter();
  const [outcomes, setOutcomes] = useState<ImportTableOutcome[]>([]);
  const [failure, setFailure] = useState<string | null>(null);
  const [running, setRunning] = useState<number | null>(null);
  const [chosen, setChosen] = useState<number[] | null>(null);
  const count = preview.tables.length;
  const isBlocked = isFinance && !organisationId;
  const mismatch = preview.unitCheck.isMismatch ? preview.unitCheck : null;

  const run = async (tables: number[]) => {
    setChosen(null);
    setOutcomes([]);
    setFailure(null);
    setRunning(tables.length);
    try {
      const body = buildSaveTablesBody({ file, chosen: tables, shownTable: preview.table, corrections, organisationId, confirmedUnit: mismatch?.fileUnit ?? null });
      setOutcomes((await saveImportTables(body)).outcomes);
    } catch (error) {
      // The whole request refused (no unit chosen, no permission, the file too large, the network): no table saved.
      setFailure(describeError(error));
    } finally {
      setRunning(null);
    }
  };

  const saved = outcomes.filter((outcome) => outcome.status === 'saved').length;
  const refused = outcomes.length - saved;
  const isStarted = running !== null || outcomes.length > 0 || failure !== null;
  return (
    <Space direction="vertical" style={{ width: '100%' }}>
      <Space wrap>
        <Button onClick={() => setChosen(tablesToChoose(count, outcomes))} disabled={isBlocked || running !== null}>
          全部 {count} 张导入为草稿
        </Button>
        {isBlocked && <Typography.Text type="warning">请先选择导入到哪个单位</Typography.Text>}
      </Space>
      <Modal
        open={chosen !== null}
        title={`将此文件的 ${count} 张表各导入为一份草稿？`}
        okText={`导入 ${chosen?.length ?? 0} 张`}
        okButtonProps={{ disabled: (chosen?.length ?? 0) === 0 }}
        cancelText="取消"
        onOk={() => void run(chosen ?? [])}
        onCancel={() => setChosen(null)}
      >
        <Space direction="vertical">
          <span>各表按识别结果导入（已保存的命名版式照用）；本页对当前这张表所做的修改只用于这一张，不带入其他表。导入后可在各草稿中修改。</span>
          {mismatch && (
            <Typography.Text type="warning">
              文件所列单位为“{mismatch.fileUnit}”，与“{mismatch.ownerName}”不同：确认后，列此单位的表按“{mismatch.ownerName}”保存并在草稿中注明；列其他单位的表不导入。
            </Typography.Text>
          )}
          <span>已有同一项目草稿的表不会重复导入，会在结果中列出。要导入的表：</span>
          <Checkbox.Group
            aria-label="要导入的表"
            value={chosen ?? []}
            onChange={(values) => setChosen(values as number[])}
            options={preview.tables.map((table, index) => ({
              value: index,
              label: `第 ${index + 1} 张（第 ${table.line} 行起）`,
            }))}
          />
        </Space>
      </Modal>
      {isStarted && (
        <Card size="small" title="全部导入为草稿">
          <Space direction="vertical" style={{ width: '100%' }}>
            {running !== null ? (
              <Space>
                <Spin size="small" />
                <Typography.Text role="status">正在上传文件并导入所选 {running} 张表（文件只上传一次，各表逐张保存）…</Typography.Text>
              </Space>
            ) : failure !== null ? (
              <Typography.Text role="status" type="danger">
                未导入：{failure}
              </Typography.Text>
            ) : (
              <>
                <Progress
                  percent={Math.round((saved / outcomes.length) * 100)}
                  status={refused === 0 ? 'success' : 'normal'}
                  aria-label="已导入的表"
                />
                <Typography.Text role="status">{`已导入 ${saved} 张${refused > 0 ? `，未导入 ${refused} 张` : ''}。`}</Typography.Text>
              </>
            )}
            <List
              size="small"
              dataSource={outcomes}
              locale={{ emptyText: ' ' }}
              renderItem={(outcome) => (
                <List.Item
                  actions={[
                    outcome.status === 'saved' ? (
                      <Button key="open" size="small" onClick={() => navigate(`/documents/${outcome.document.id}`)}>
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
                    第 {outcome.table + 1} 张：{outcome.status === 'saved' ? describeSaved(outcome) : `未导入：${outcome.message}`}
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
