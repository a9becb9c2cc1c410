/** 年度预算申请 (万元) of a target table, with live sum checks beside the totals. */
import { CheckCircleTwoTone, WarningTwoTone } from '@ant-design/icons';
import { Typography } from 'antd';
import { checkBudgetGroups, type BudgetGroupCheck } from '../../../core/checks/budget-sums.ts';
import type { Budget } from '../../../core/model.ts';
import { DecimalInput } from '../../components/decimal-input.tsx';
import { formatMoney } from '../../lib/format.ts';

type SourceKey = 'generalPublic' | 'governmentFund' | 'specialAccount' | 'currentYear' | 'carriedOver' | 'other' | 'total';
type NatureKey = 'basic' | 'project' | 'total';

const sourceFields: Array<{ key: SourceKey; label: string }> = [
  { key: 'generalPublic', label: '一般公共预算' },
  { key: 'governmentFund', label: '政府性基金拨款' },
  { key: 'specialAccount', label: '纳入专户管理的非税收入拨款' },
  { key: 'other', label: '其他资金' },
  { key: 'total', label: '合计' },
];
/** 项目支出 tables: 资金来源 as on the official form (no 按支出性质分). */
const projectSourceFields: Array<{ key: SourceKey; label: string }> = [
  { key: 'currentYear', label: '本年财政拨款' },
  { key: 'carriedOver', label: '上年结转资金' },
  { key: 'other', label: '其他资金' },
  { key: 'total', label: '合计' },
];
const natureFields: Array<{ key: NatureKey; label: string }> = [
  { key: 'basic', label: '基本支出' },
  { key: 'project', label: '项目支出' },
  { key: 'total', label: '合计' },
];

/** The same check and message as the server's budget-sum-mismatch finding (core/checks/budget-sums.ts). */
function SumStatus({ check }: { check: BudgetGroupCheck | undefined }) {
  if (!check || check.sum === null) return null;
  return check.findings.length === 0 ? (
    <Typography.Text type="success">
      <CheckCircleTwoTone twoToneColor="#52c41a" /> 合计相符
    </Typography.Text>
  ) : (
    <Typography.Text type="danger">
      <WarningTwoTone twoToneColor="#cf1322" /> {check.findings.map((finding) => finding.message).join('；')}
    </Typography.Text>
  );
}

/** The sum check under a group, lined up with the boxes (less indented on a phone). */
function SumLine({ check }: { check: BudgetGroupCheck | undefined }) {
  return (
    <div style={{ paddingLeft: 'min(208px, 30%)' }}>
      <SumStatus check={check} />
    </div>
  );
}

export function BudgetSection(props: {
  budget: Budget;
  isEditable: boolean;
  onChange: (budget: Budget) => void;
  /** 'project': 资金来源 (本年财政拨款, 上年结转资金, 其他资金) instead of the department's two groups. */
  scope?: 'department' | 'project';
}) {
  const { budget } = props;
  const source = budget.bySource ?? {};
  const nature = budget.byNature ?? {};
  const isProject = props.scope === 'project';
  const checks = checkBudgetGroups({ budget: { ...budget, bySource: source, ...(isProject ? {} : { byNature: nature }) }, kind: 'target-table' });
  const sourceCheck = checks.find((check) => check.group === 'bySource');
  const natureCheck = checks.find((check) => check.group === 'byNature');
  const field = (
    label: string,
    value: string | null | undefined,
    onChange: (value: string | null) => void,
  ) => (
    <div key={label} style={{ display: 'flex', alignItems: 'center', gap: 8, minHeight: 36 }}>
      {/* The label gives way (and wraps) on a phone, so label and box stay within the screen. */}
      <span style={{ flex: '0 1 200px', minWidth: 0, textAlign: 'right' }}>{label}：</span>
      {props.isEditable ? (
        <DecimalInput ariaLabel={label} value={value} onChange={onChange} suffix="万元" width={180} />
      ) : (
        <span>{value ? `${formatMoney(value)} 万元` : '—'}</span>
      )}
    </div>
  );
  if (isProject) {
    return (
      <div>
        {field('资金总额', budget.total, (total) => props.onChange({ ...budget, total }))}
        <Typography.Text strong>资金来源</Typography.Text>
        {projectSourceFields.map(({ key, label }) =>
          field(key === 'total' ? '合计（资金来源）' : label, source[key], (value) =>
            props.onChange({ ...budget, bySource: { ...source, [key]: value } }),
          ),
        )}
        <SumLine check={sourceCheck} />
      </div>
    );
  }
  return (
    // Two groups side by side where they fit, one above the other on a phone.
    <div style={{ display: 'grid', gridTemplateColumns: 'repeat(auto-fit, minmax(min(100%, 400px), 1fr))', gap: 16 }}>
      <div>
        {field('资金总额', budget.total, (total) => props.onChange({ ...budget, total }))}
        <Typography.Text strong>按收入性质分</Typography.Text>
        {sourceFields.map(({ key, label }) =>
          field(key === 'total' ? '合计（按收入性质）' : label, source[key], (value) =>
            props.onChange({ ...budget, bySource: { ...source, [key]: value } }),
          ),
        )}
        <SumLine check={sourceCheck} />
      </div>
      <div>
        <div style={{ minHeight: 36 }} />
        <Typography.Text strong>按支出性质分</Typography.Text>
        {natureFields.map(({ key, label }) =>
          field(key === 'total' ? '合计（按支出性质）' : label, nature[key], (value) =>
            props.onChange({ ...budget, byNature: { ...nature, [key]: value } }),
          ),
        )}
        <SumLine check={natureCheck} />
      </div>
    </div>
  );
}
