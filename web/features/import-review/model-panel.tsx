/**
 * The model read from the file, beside the source: each goal's indicators with their source line,
 * values, 分值 and 得分, and per row a select to move it to another goal or mark it as no
 * indicator. The sums of 分值 and 得分 show at once what a column mapping changes.
 * A report over several projects, each with its own 自评表 (goal.project, docs/layouts.md "Several
 * projects in one report"), shows each project's indicators apart, as the document view does
 * (ReportProjectTables: one card per project, its table, its own findings); the rows to move are
 * then under 逐行核对, each goal named with its project.
 */
import { Collapse, Descriptions, Select, Table, Tag, Typography } from 'antd';
import type { ImportPreview } from '../../../contract/import-review.ts';
import { projectOfEachGoal } from '../../../core/project-views.ts';
import { ReportProjectTables } from '../document/report-project-tables.tsx';

type Indicator = ImportPreview['document']['goals'][number]['indicators'][number];
type Row = Indicator & { key: string; goalIndex: number };

const notIndicator = 'not-indicator';

/** Kinds that hold targets only: no 完成值 or 得分 to read, so no column saying 未读到 on every row. */
const targetOnlyKinds: ReadonlySet<string> = new Set(['target-table', 'approval-table']);

export function ModelPanel(props: { preview: ImportPreview; onMoveRow: (line: number, goalIndex: number | null) => void }) {
  const { document, totals } = props.preview;
  const hasResults = !targetOnlyKinds.has(document.kind);
  const hasProjects = projectOfEachGoal(document) !== null;
  const goalOptions = [
    ...document.goals.map((goal, index) => {
      const name = goal.name || `目标${index + 1}`;
      return { value: String(index), label: hasProjects && goal.project ? `${goal.project} · ${name}` : name };
    }),
    { value: notIndicator, label: '不是指标（不导入）' },
  ];
  const rows: Row[] = document.goals.flatMap((goal, goalIndex) =>
    goal.indicators.map((indicator, index) => ({ ...indicator, key: `${goalIndex}-${index}-${indicator.line ?? ''}`, goalIndex })),
  );
  const table = (
    <Table<Row>
      size="small"
      pagination={false}
      scroll={{ x: 640, y: 480 }}
      dataSource={rows}
      columns={[
        { title: '行', dataIndex: 'line', width: 48 },
        { title: '一级/二级', width: 120, render: (_, row) => <span>{[row.level1, row.level2].filter(Boolean).join(' / ')}</span> },
        { title: '指标名称', dataIndex: 'name', width: 140 },
        { title: '指标值', width: 90, render: (_, row) => row.target?.text ?? '' },
        ...(hasResults ? [{ title: '完成值', width: 90, render: (_: unknown, row: Row) => row.actual?.text ?? '' }] : []),
        { title: '分值', dataIndex: 'weight', width: 56 },
        ...(hasResults
          ? [{ title: '得分', dataIndex: 'score', width: 56, render: (score: string | null | undefined) => score ?? <Tag>未读到</Tag> }]
          : []),
        {
          title: '所属目标',
          width: 150,
          render: (_, row) =>
            row.line === undefined ? (
              <Typography.Text type="secondary">—</Typography.Text>
            ) : (
              <Select
                size="small"
                style={{ width: 140 }}
                aria-label={`第${row.line}行“${row.name}”所属目标`}
                value={String(row.goalIndex)}
                options={goalOptions}
                onChange={(value: string) => props.onMoveRow(row.line as number, value === notIndicator ? null : Number(value))}
              />
            ),
        },
      ]}
    />
  );
  return (
    <div>
      <Descriptions size="small" column={{ xs: 1, sm: 3 }} bordered style={{ marginBottom: 8 }} styles={{ label: { color: '#434343' } }}>
        <Descriptions.Item label="指标数">{totals.indicators}</Descriptions.Item>
        <Descriptions.Item label="分值合计">{totals.weight ?? '—'}</Descriptions.Item>
        {hasResults && (
          <Descriptions.Item label="得分合计">
            <span data-testid="score-total">{totals.score ?? '—'}</span>
          </Descriptions.Item>
        )}
      </Descriptions>
      {hasProjects ? (
        <>
          <ReportProjectTables body={document} findings={props.preview.findings} />
          <Collapse size="small" items={[{ key: 'rows', label: `逐行核对：调整所属目标（${rows.length} 行）`, children: table }]} />
        </>
      ) : (
        table
      )}
    </div>
  );
}
