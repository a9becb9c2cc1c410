/**
 * 新建项目支出目标表 (issue 10): the project's name, 资金总额 and 资金来源 (万元). The sum of the
 * sources is checked live with core's exact decimals, as the server checks it again; the new
 * draft opens in the target editor, where the unit adds the goal and the indicators.
 */
import { Alert, App, Form, Input, Modal, Typography } from 'antd';
import { useState } from 'react';
import { describeFundingMismatch } from '../../../core/project-budget.ts';
import type { ProjectFunding } from '../../../contract/project-target-tables.ts';
import { DecimalInput } from '../../components/decimal-input.tsx';
import { describeError } from '../../lib/api-client.ts';
import { createProjectTargetTable } from '../../lib/documents-api.ts';
import { formatMoney } from '../../lib/format.ts';
import { useRouter } from '../../lib/router.tsx';

/** 资金来源 of a project table, in the order of the official form. */
export const fundingSources: Array<{ key: keyof ProjectFunding; label: string }> = [
  { key: 'currentYear', label: '本年财政拨款' },
  { key: 'carriedOver', label: '上年结转资金' },
  { key: 'other', label: '其他资金' },
];

const noFunding: ProjectFunding = { currentYear: null, carriedOver: null, other: null };

export function ProjectTableDialog(props: { year: number; isOpen: boolean; onClose: () => void }) {
  const { navigate } = useRouter();
  const { message } = App.useApp();
  const [project, setProject] = useState('');
  const [total, setTotal] = useState<string | null>(null);
  const [funding, setFunding] = useState<ProjectFunding>(noFunding);
  const [isBusy, setIsBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const mismatch = total ? describeFundingMismatch({ total, ...funding }) : null;
  const hasFunding = Object.values(funding).some((amount) => amount !== null);
  const isComplete = project.trim() !== '' && total !== null && hasFunding && !mismatch;

  const submit = async () => {
    if (!isComplete) return;
    setIsBusy(true);
    try {
      const created = await createProjectTargetTable({ year: props.year, project: project.trim(), total, funding });
      void message.success(`已创建项目支出绩效目标表：${created.project ?? project}`);
      navigate(`/documents/${created.id}`);
    } catch (caught) {
      setError(describeError(caught));
    } finally {
      setIsBusy(false);
    }
  };

  return (
    <Modal
      title={`新建项目支出绩效目标表（${props.year}年）`}
      open={props.isOpen}
      okText="创建并填写指标"
      cancelText="取消"
      okButtonProps={{ disabled: !isComplete, loading: isBusy }}
      onOk={() => void submit()}
      onCancel={props.onClose}
      destroyOnHidden
    >
      <Form layout="vertical" onFinish={() => void submit()}>
        <Form.Item label="项目名称" htmlFor="project-name" required>
          <Input id="project-name" maxLength={200} value={project} onChange={(event) => setProject(event.target.value)} />
        </Form.Item>
        <Form.Item label="资金总额（万元）" required>
          <DecimalInput ariaLabel="资金总额" value={total} onChange={setTotal} suffix="万元" width={200} />
        </Form.Item>
        <Typography.Text strong>资金来源（万元）</Typography.Text>
        {fundingSources.map(({ key, label }) => (
          <Form.Item key={key} label={label} style={{ margin: '8px 0' }}>
            <DecimalInput
              ariaLabel={label}
              value={funding[key]}
              onChange={(value) => setFunding((current) => ({ ...current, [key]: value }))}
              suffix="万元"
              width={200}
            />
          </Form.Item>
        ))}
        {mismatch ? (
          <Alert type="error" showIcon message={mismatch} />
        ) : (
          total &&
          hasFunding && <Typography.Text type="success">资金来源合计与资金总额 {formatMoney(total)} 万元相符</Typography.Text>
        )}
        {error && <Alert type="error" showIcon message={error} style={{ marginTop: 8 }} />}
      </Form>
    </Modal>
  );
}
