/**
 * The round page's filters (the server filters and pages: GET /api/monitoring-rounds/:id): state or
 * 未提交, 逾期, a light (either lamp, or 预算执行 / 绩效目标 only), the conclusion, a text in the unit's
 * or project's name, and the organisation chosen in the overview by level (its subtree).
 */
import { Input, Select, Space, Tag } from 'antd';
import { monitoringConclusionNames, monitoringConclusions } from '../../../core/monitoring/conclusion.ts';
import { lightNames } from '../../../core/monitoring/vocabulary.ts';
import { lights, type Light } from '../../../core/monitoring/schema.ts';
import { listStatesOfKind, reviewStateNames } from '../../../core/review/states.ts';
import type { RoundEntriesQueryInput } from './monitoring-api.ts';

/** The filters the page holds; paging is kept apart so a new filter starts at page 1. */
export type RoundEntryFilterValues = Pick<RoundEntriesQueryInput, 'state' | 'late' | 'light' | 'lightSide' | 'conclusion' | 'search'>;

const stateOptions = [
  { value: 'unsubmitted', label: '未提交（草稿、已退回）' },
  ...listStatesOfKind('monitoring').map((state) => ({ value: state, label: reviewStateNames[state] })),
  { value: 'no-table', label: '无已批复目标（未生成监控表）' },
];
const lateOptions = [
  { value: 'true', label: '逾期未提交' },
  { value: 'false', label: '未逾期' },
];
const lightOptions = lights.map((light: Light) => ({ value: light, label: lightNames[light] }));
const lightSideOptions = [
  { value: 'any', label: '任一盏灯' },
  { value: 'budget', label: '预算执行灯' },
  { value: 'target', label: '绩效目标灯' },
];
const conclusionOptions = [{ value: 'none', label: '尚未作出结论' }, ...monitoringConclusions.map((conclusion) => ({ value: conclusion, label: monitoringConclusionNames[conclusion] }))];

export function RoundEntryFilters(props: {
  values: RoundEntryFilterValues;
  onChange: (values: RoundEntryFilterValues) => void;
  /** The organisation the table is narrowed to (from the overview by level), with a way to clear it. */
  under?: { id: string; name: string } | null;
  onClearUnder?: () => void;
}) {
  const { values, onChange } = props;
  const set = (change: Partial<RoundEntryFilterValues>) => onChange({ ...values, ...change });
  return (
    <Space wrap style={{ marginBottom: 12 }} data-testid="round-entry-filters">
      <Select
        aria-label="按状态筛选"
        allowClear
        placeholder="全部状态"
        style={{ width: 200 }}
        value={values.state}
        options={stateOptions}
        onChange={(state) => set({ state: state ?? undefined })}
      />
      <Select aria-label="按逾期筛选" allowClear placeholder="是否逾期" style={{ width: 130 }} value={values.late} options={lateOptions} onChange={(late) => set({ late: late ?? undefined })} />
      <Select aria-label="按亮灯筛选" allowClear placeholder="亮灯" style={{ width: 100 }} value={values.light} options={lightOptions} onChange={(light) => set({ light: light ?? undefined })} />
      {values.light && (
        <Select
          aria-label="哪一盏灯"
          style={{ width: 130 }}
          value={values.lightSide ?? 'any'}
          options={lightSideOptions}
          onChange={(side) => set({ lightSide: side === 'any' ? undefined : (side as 'budget' | 'target') })}
        />
      )}
      <Select
        aria-label="按监控结论筛选"
        allowClear
        placeholder="监控结论"
        style={{ width: 150 }}
        value={values.conclusion}
        options={conclusionOptions}
        onChange={(conclusion) => set({ conclusion: conclusion ?? undefined })}
      />
      <Input.Search
        aria-label="搜索单位或项目"
        allowClear
        placeholder="单位或项目名称"
        style={{ width: 220 }}
        defaultValue={values.search}
        onSearch={(text) => set({ search: text.trim() || undefined })}
      />
      {props.under && (
        <Tag closable color="blue" onClose={props.onClearUnder} data-testid="round-entry-under">
          只看：{props.under.name}及下级
        </Tag>
      )}
    </Space>
  );
}
