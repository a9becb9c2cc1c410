/**
 * The body of a 评价结果通报 (finance's page and the public page alike): summary, grades, entries.
 * On a phone each entry is a block (RowCards) instead of a nine-column table scrolled sideways.
 */
import { Table, Typography } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import type { ResultsNoticeView } from '../../../contract/results.ts';
import { RowCards, useIsPhone } from '../../components/row-cards.tsx';

type Notice = ResultsNoticeView['notice'];
type Entry = Notice['entries'][number];

const gradeRows = (notice: Notice) => [
  ...(['优', '良', '中', '差'] as const).map((grade) => ({ grade, count: notice.gradeCounts[grade] })),
  ...(notice.gradeCounts.ungraded > 0 ? [{ grade: '未定级', count: notice.gradeCounts.ungraded }] : []),
];

/** A right-aligned figure of the entry, "—" where it has none. */
const figureColumn = (title: string, dataIndex: 'adjusted' | 'executed' | 'executionRate' | 'score'): ColumnsType<Entry>[number] => ({
  title,
  dataIndex,
  align: 'right',
  render: (value: string | null) => value ?? '—',
});

const entryColumns: ColumnsType<Entry> = [
  { title: '序号', key: 'index', width: 60, render: (_value, _entry, index) => index + 1 },
  { title: '单位', dataIndex: 'unit' },
  { title: '主管部门', dataIndex: 'supervisor', render: (value: string | null) => value ?? '—' },
  {
    title: '评价对象',
    key: 'object',
    render: (_value, entry) => (entry.scope === 'project' ? (entry.project ?? '—') : '部门整体支出'),
  },
  figureColumn('全年预算数（万元）', 'adjusted'),
  figureColumn('全年执行数（万元）', 'executed'),
  figureColumn('执行率（%）', 'executionRate'),
  figureColumn('自评得分', 'score'),
  { title: '评价等级', dataIndex: 'grade', render: (value: string | null) => value ?? '未定级' },
];

const entryPagination = (entries: readonly Entry[]) => (entries.length > 50 ? { pageSize: 50, showTotal: (total: number) => `共 ${total} 项` } : false);
const entryKey = (entry: Entry) => `${entry.organisationId}|${entry.project ?? ''}`;

/** `headingLevel`: the notice's title is the page's h1 where nothing else is (the public page), else h2. */
export function NoticeBody({ notice, summary, headingLevel = 2 }: { notice: Notice; summary: string; headingLevel?: 1 | 2 }) {
  const sectionLevel = headingLevel === 1 ? 2 : 3;
  const isPhone = useIsPhone();
  return (
    <div className="results-notice">
      <Typography.Title level={headingLevel} style={{ textAlign: 'center', fontSize: 20 }}>
        关于{notice.year}年度预算绩效自评结果的通报
      </Typography.Title>
      <Typography.Paragraph style={{ textIndent: '2em', fontSize: 16 }}>{summary}</Typography.Paragraph>
      <Typography.Title level={sectionLevel} style={{ fontSize: 16 }}>
        一、评价等级分布
      </Typography.Title>
      <Table
        size="small"
        rowKey="grade"
        pagination={false}
        style={{ maxWidth: 360, marginBottom: 16 }}
        dataSource={gradeRows(notice)}
        columns={[
          { title: '评价等级', dataIndex: 'grade' },
          { title: '数量（个）', dataIndex: 'count', align: 'right' },
        ]}
      />
      <Typography.Title level={sectionLevel} style={{ fontSize: 16 }}>
        二、评价结果明细
      </Typography.Title>
      {isPhone ? (
        <RowCards<Entry>
          label="评价结果明细"
          items={notice.entries}
          rowKey={entryKey}
          columns={entryColumns}
          titleKey="unit"
          omitKeys={['index']}
          pagination={entryPagination(notice.entries)}
          emptyText="本年度还没有已审核的绩效自评"
        />
      ) : (
        // The box scrolls on a narrow window, and takes focus so a keyboard can scroll it (axe scrollable-region-focusable).
        <div role="region" aria-label="评价结果明细表" tabIndex={0} style={{ overflowX: 'auto' }}>
          <Table<Entry>
            size="small"
            // Wide enough that a narrow window scrolls the box instead of squeezing each column to a few characters.
            style={{ minWidth: 820 }}
            rowKey={entryKey}
            dataSource={notice.entries}
            pagination={entryPagination(notice.entries)}
            locale={{ emptyText: '本年度还没有已审核的绩效自评' }}
            columns={entryColumns}
          />
        </div>
      )}
    </div>
  );
}
