/** What a pack change rescored: each document whose total or grade moved, before → after. */
import { Table, Typography } from 'antd';
import type { RegionRulePackChange, RescoredDocument, YearRulePackChange } from '../../../contract/rule-packs.ts';
import type { ColumnsType } from 'antd/es/table';
import { documentKindNames } from '../../../core/model.ts';
import { RowCards, useIsPhone } from '../../components/row-cards.tsx';

const show = (score: string | null, grade: string | null) => `${score ?? '—'}（${grade ?? '—'}）`;

const columns: ColumnsType<RescoredDocument> = [
  { title: '单位', dataIndex: 'unit', key: 'unit' },
  { title: '文档', dataIndex: 'kind', key: 'kind', render: (kind: string) => (documentKindNames as Record<string, string>)[kind] ?? kind },
  { title: '原总分（等级）', key: 'before', render: (_, row) => show(row.before.score, row.before.grade) },
  { title: '新总分（等级）', key: 'after', render: (_, row) => show(row.after.score, row.after.grade) },
];

export function RescoreList({ change }: { change: YearRulePackChange | RegionRulePackChange }) {
  // Four columns in a dialog on a phone squeezed each to a few characters: a block per document there.
  const isPhone = useIsPhone();
  const [will, moves] = change.dryRun ? ['将', '会变化'] : ['已', '有变化'];
  // A region's change reaches only the units that score by its bureau's choice.
  const scope = 'organisationName' in change ? `${change.organisationName}辖区内按其选择评分的单位在 ` : '';
  return (
    <>
      <Typography.Paragraph>
        {scope}
        {change.year} 年度共有 {change.rescoredCount} 份草稿或已退回的文档{will}按新规则重新评分，其中 {change.changed.length}{' '}
        份的总分或等级{moves}{change.changed.length > 0 ? '：' : '。'}已提交和已审核的文档不变。
      </Typography.Paragraph>
      {change.changed.length > 0 &&
        (isPhone ? (
          <RowCards<RescoredDocument>
            label="重新评分的文档"
            items={change.changed}
            rowKey={(row) => row.documentId}
            columns={columns}
            titleKey="unit"
            emptyText=""
            pagination={change.changed.length > 8 ? { pageSize: 8 } : false}
          />
        ) : (
          <Table<RescoredDocument>
            rowKey="documentId"
            size="small"
            pagination={false}
            scroll={{ y: 320 }}
            dataSource={change.changed}
            columns={columns}
          />
        ))}
    </>
  );
}
