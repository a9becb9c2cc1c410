/**
 * 地区规则包 (issue 12, per region): in a deployment with several finance bureaus (a province's and
 * its cities'), a bureau's choice for a year overrides the year's pack for every unit below it;
 * the nearest bureau above a unit wins. As for a year's pack, the confirm dialog first lists what
 * will be rescored (a dry run); on confirmation the region's drafts are rescored at once.
 */
import { Alert, Button, Modal, Select, Space, Table, Typography } from 'antd';
import { useState } from 'react';
import type { RegionRulePack, RegionRulePackChange, RulePackList } from '../../../contract/rule-packs.ts';
import type { ColumnsType } from 'antd/es/table';
import { describeRulePack } from '../../../core/rule-packs/describe-pack.ts';
import { RowCards, useIsPhone } from '../../components/row-cards.tsx';
import { packOptionsOf } from './pack-options.ts';
import { RescoreList } from './rescore-list.tsx';
import { setRegionRulePack } from './rule-packs-api.ts';
import { usePreviewedRescore } from './use-previewed-rescore.ts';

interface RegionChoice {
  organisationId: string;
  year: number;
  pack: string | null;
}

const rowKeyOf = (row: RegionRulePack) => `${row.organisationId}-${row.year}`;
const emptyText = '尚未设置地区规则包，各地按年度规则包评分';

export function RegionPacksCard(props: { list: RulePackList; onChanged: () => void }) {
  const { list } = props;
  const openYears = list.years.filter((year) => year.isOpen).map((year) => year.year);
  const [bureau, setBureau] = useState<string | undefined>(undefined);
  const [year, setYear] = useState<number | undefined>(undefined);
  const [pack, setPack] = useState<string | undefined>(undefined);
  const isPhone = useIsPhone();
  const titleOf = (name: string) => {
    const pack = list.items.find((item) => item.name === name);
    return pack ? describeRulePack(pack) : name;
  };
  const { isWorking, pending, lastChange, choose, confirm, cancel, clearLastChange } = usePreviewedRescore<RegionChoice, RegionRulePackChange>({
    run: (choice, dryRun) => setRegionRulePack(choice.organisationId, choice.year, { pack: choice.pack, ...(dryRun ? { dryRun } : {}) }),
    describeDone: (choice, change) =>
      choice.pack ? `已设置地区规则包“${titleOf(choice.pack)}”，${change.rescoredCount} 份文档已重新评分` : '已恢复为年度规则包',
    onChanged: props.onChanged,
  });

  const columns: ColumnsType<RegionRulePack> = [
    { title: '财政部门', dataIndex: 'organisationName', key: 'organisationName' },
    { title: '年度', dataIndex: 'year', key: 'year', width: 80 },
    { title: '规则包', dataIndex: 'pack', key: 'pack', render: (name: string) => titleOf(name) },
    {
      title: '操作',
      key: 'action',
      width: 140,
      render: (_, row) => (
        <Button
          size="small"
          disabled={isWorking || !openYears.includes(row.year)}
          onClick={() => void choose({ organisationId: row.organisationId, year: row.year, pack: null })}
        >
          恢复年度规则包
        </Button>
      ),
    },
  ];

  return (
    <Space direction="vertical" style={{ width: '100%' }}>
      <Typography.Paragraph type="secondary" style={{ marginBottom: 0 }}>
        多地区部署中，省、市财政部门可为本辖区某一年度另选规则包，覆盖上面的年度规则包；单位按其上最近的财政部门的选择评分。
        设置或恢复时，辖区内按这一选择评分的草稿和已退回文档立即重新评分，并记入历史。
      </Typography.Paragraph>
      {lastChange && (
        <Alert
          type="success"
          showIcon
          closable
          onClose={clearLastChange}
          message={`${lastChange.organisationName} ${lastChange.year} 年度：由“${titleOf(lastChange.fromPack)}”改为“${titleOf(lastChange.toPack)}”`}
          description={<RescoreList change={lastChange} />}
        />
      )}
      {isPhone ? (
        <RowCards<RegionRulePack>
          label="地区规则包"
          items={list.regions}
          rowKey={rowKeyOf}
          columns={columns}
          titleKey="organisationName"
          emptyText={emptyText}
        />
      ) : (
        <Table<RegionRulePack>
          rowKey={rowKeyOf}
          size="small"
          dataSource={list.regions}
          pagination={false}
          scroll={{ x: 520 }}
          locale={{ emptyText }}
          columns={columns}
        />
      )}
      {/* On a phone one field a line, each the block's width (their minimum widths pushed the page sideways). */}
      <Space wrap direction={isPhone ? 'vertical' : 'horizontal'} style={isPhone ? { width: '100%' } : undefined}>
        <Select
          aria-label="财政部门"
          placeholder="财政部门"
          style={isPhone ? { width: '100%' } : { minWidth: 200 }}
          value={bureau}
          onChange={setBureau}
          options={list.bureaus.map((item) => ({ value: item.id, label: item.name }))}
        />
        <Select
          aria-label="年度"
          placeholder="年度"
          style={isPhone ? { width: '100%' } : { width: 110 }}
          value={year}
          onChange={setYear}
          options={openYears.map((item) => ({ value: item, label: `${item} 年度` }))}
        />
        <Select
          aria-label="地区规则包"
          placeholder="规则包"
          style={isPhone ? { width: '100%' } : { minWidth: 260, maxWidth: '100%' }}
          value={pack}
          onChange={setPack}
          options={packOptionsOf(list)}
        />
        <Button
          type="primary"
          disabled={isWorking || !bureau || !year || !pack}
          onClick={() => bureau && year && pack && void choose({ organisationId: bureau, year, pack })}
        >
          设置地区规则包
        </Button>
      </Space>
      <Modal
        open={pending !== null}
        title={
          pending
            ? `确认${pending.choice.pack ? `将${pending.preview.organisationName} ${pending.choice.year} 年度改用“${titleOf(pending.choice.pack)}”` : `恢复${pending.preview.organisationName} ${pending.choice.year} 年度的年度规则包`}？`
            : ''
        }
        okText="确认并重新评分"
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
