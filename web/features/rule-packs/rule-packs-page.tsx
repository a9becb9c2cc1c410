/**
 * 规则包 (/admin/rule-packs, finance): each fiscal year's rule pack, and the packs with their
 * source and what they change. Choosing another pack for an open year first shows what will be
 * rescored (a dry run), then changes it on confirmation; a closed year's pack cannot change.
 * Finance bureaus of a multi-region deployment set their own region's pack (region-packs-card.tsx).
 */
import { Alert, Card, List, Modal, Select, Space, Table, Tag, Typography } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import { useCallback, useEffect, useState } from 'react';
import type { RulePackList, YearRulePack, YearRulePackChange } from '../../../contract/rule-packs.ts';
import { describePackVersion } from '../../../core/rule-packs/describe-pack.ts';
import { RowCards, useIsPhone } from '../../components/row-cards.tsx';
import { describeError } from '../../lib/api-client.ts';
import { packOptionsOf } from './pack-options.ts';
import { RegionPacksCard } from './region-packs-card.tsx';
import { RescoreList } from './rescore-list.tsx';
import { usePreviewedRescore } from './use-previewed-rescore.ts';
import { changeYearRulePack, getRulePacks } from './rule-packs-api.ts';

interface YearChoice {
  year: number;
  pack: string;
}

export default function RulePacksPage() {
  const [list, setList] = useState<RulePackList | null>(null);
  const [error, setError] = useState<string | null>(null);

  const load = useCallback(() => {
    getRulePacks()
      .then((loaded) => {
        setList(loaded);
        setError(null);
      })
      .catch((caught: unknown) => setError(describeError(caught)));
  }, []);
  useEffect(load, [load]);

  const isPhone = useIsPhone();
  const titleOf = (name: string) => list?.items.find((pack) => pack.name === name)?.title ?? name;
  const packOptions = packOptionsOf(list);

  const { isWorking, pending, lastChange, choose, confirm, cancel, clearLastChange } = usePreviewedRescore<YearChoice, YearRulePackChange>({
    run: (choice, dryRun) => changeYearRulePack(choice.year, { pack: choice.pack, ...(dryRun ? { dryRun } : {}) }),
    describeDone: (_choice, change) => `${change.year} 年度已改用“${titleOf(change.toPack)}”，${change.rescoredCount} 份文档已重新评分。`,
    onChanged: load,
  });

  const yearColumns: ColumnsType<YearRulePack> = [
    { title: '年度', dataIndex: 'year', key: 'year', width: 90, render: (year: number) => `${year} 年度` },
    {
      title: '状态',
      dataIndex: 'isOpen',
      key: 'isOpen',
      width: 90,
      render: (isOpen: boolean) => (isOpen ? <Tag color="green">开放</Tag> : <Tag>已关闭</Tag>),
    },
    {
      title: '规则包',
      key: 'pack',
      render: (_, row) => (
        <Select
          aria-label={`${row.year} 年度规则包`}
          // On a phone the block is 390 px: a 260 px minimum pushed the page sideways.
          style={isPhone ? { width: '100%' } : { minWidth: 260, maxWidth: '100%' }}
          value={row.rulePack}
          disabled={!row.isOpen || isWorking}
          options={packOptions}
          onChange={(pack: string) => void choose({ year: row.year, pack })}
        />
      ),
    },
  ];

  return (
    <Space direction="vertical" size="large" style={{ width: '100%' }}>
      <Typography.Title level={1}>评分规则包</Typography.Title>
      <Typography.Paragraph type="secondary">
        每个年度按一个规则包评分：服务器、网页实时评分和命令行使用同一规则。更换开放年度的规则包时，该年度的草稿和已退回文档会重新评分，并记入历史。
      </Typography.Paragraph>
      {error && <Alert type="error" showIcon message={error} />}
      {lastChange && (
        <Alert
          type="success"
          showIcon
          closable
          onClose={clearLastChange}
          message={`${lastChange.year} 年度：由“${titleOf(lastChange.fromPack)}”改为“${titleOf(lastChange.toPack)}”`}
          description={<RescoreList change={lastChange} />}
        />
      )}
      <Card title="各年度的规则包" size="small">
        {isPhone ? (
          <RowCards<YearRulePack>
            label="各年度的规则包"
            items={list?.years ?? []}
            rowKey={(row) => String(row.year)}
            columns={yearColumns}
            titleKey="year"
            actionKey="isOpen"
            emptyText="暂无年度"
            isLoading={!list && !error}
          />
        ) : (
          <Table<YearRulePack>
            rowKey="year"
            size="small"
            loading={!list && !error}
            dataSource={list?.years ?? []}
            pagination={false}
            scroll={{ x: 520 }}
            columns={yearColumns}
          />
        )}
      </Card>
      <Card title="地区规则包" size="small">
        {list && <RegionPacksCard list={list} onChanged={load} />}
      </Card>
      <Card title="可用的规则包" size="small">
        <List
          dataSource={list?.items ?? []}
          renderItem={(pack) => (
            <List.Item>
              {/* Not List.Item.Meta: its title is an h4 right under the page's h1 (axe heading-order). */}
              <div style={{ width: '100%' }}>
                <div style={{ fontWeight: 500, marginBottom: 4 }}>
                  <Space wrap>
                    {pack.title}
                    <Tag>{describePackVersion(pack.version)}</Tag>
                    <Tag color="blue">{pack.region}</Tag>
                  </Space>
                </div>
                <div style={{ color: 'rgba(0, 0, 0, 0.62)' }}>
                  <div>来源：{pack.source}</div>
                  <ul style={{ margin: '4px 0 0', paddingInlineStart: 20 }}>
                    {pack.changes.map((change) => (
                      <li key={change}>{change}</li>
                    ))}
                  </ul>
                </div>
              </div>
            </List.Item>
          )}
        />
      </Card>
      <Modal
        open={pending !== null}
        title={pending ? `确认将 ${pending.choice.year} 年度改用“${titleOf(pending.choice.pack)}”？` : ''}
        okText="确认更换并重新评分"
        cancelText="取消"
        confirmLoading={isWorking}
        onOk={() => void confirm()}
        onCancel={cancel}
        width={720}
      >
        {pending && <RescoreList change={pending.preview} />}
      </Modal>
    </Space>
  );
}
