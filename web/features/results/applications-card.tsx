/**
 * 结果应用 (finance): each evaluated unit or project with its grade and the budget suggestion for
 * the next year — the policy's until finance decides; finance adjusts suggestion, share and note.
 * On a phone a block per unit or project (RowCards).
 */
import { Alert, App, Button, Card, Form, Input, InputNumber, Modal, Select, Table, Tag } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import { useCallback, useEffect, useState } from 'react';
import type { ApplicationList, ApplicationRecordView, SaveApplicationBody } from '../../../contract/results.ts';
import { budgetSuggestionNames, budgetSuggestions } from '../../../core/results/application-policy.ts';
import { RowCards, useIsPhone } from '../../components/row-cards.tsx';
import { describeError } from '../../lib/api-client.ts';
import { listApplications, saveApplication } from './results-api.ts';

/** "压减预算（-10%）", or — when there is no suggestion yet. */
export function describeRecord(record: Pick<ApplicationRecordView, 'suggestion' | 'changePercent'>): string {
  if (!record.suggestion) return '—';
  const name = budgetSuggestionNames[record.suggestion];
  if (record.changePercent === null || record.changePercent === 0) return name;
  return `${name}（${record.changePercent > 0 ? '+' : ''}${record.changePercent}%）`;
}

export function ApplicationsCard({ year }: { year: number }) {
  const { message } = App.useApp();
  const [list, setList] = useState<ApplicationList | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [editing, setEditing] = useState<ApplicationRecordView | null>(null);
  const [isSaving, setIsSaving] = useState(false);
  const [form] = Form.useForm<Omit<SaveApplicationBody, 'project'>>();
  const isPhone = useIsPhone();

  const load = useCallback(() => {
    setError(null);
    listApplications(year)
      .then(setList)
      .catch((caught: unknown) => setError(describeError(caught)));
  }, [year]);
  useEffect(load, [load]);

  const open = (record: ApplicationRecordView) => {
    setEditing(record);
  };
  const save = async () => {
    if (!editing) return;
    const values = await form.validateFields();
    setIsSaving(true);
    try {
      await saveApplication({ year, organisationId: editing.organisationId, body: { project: editing.project, suggestion: values.suggestion, changePercent: values.changePercent ?? null, note: values.note?.trim() || null } });
      void message.success('结果应用已保存');
      setEditing(null);
      load();
    } catch (caught) {
      void message.error(describeError(caught));
    } finally {
      setIsSaving(false);
    }
  };

  const columns: ColumnsType<ApplicationRecordView> = [
    { title: '单位', dataIndex: 'unit' },
    { title: '评价对象', dataIndex: 'project', render: (value: string | null) => value ?? '部门整体支出' },
    { title: '评价等级', dataIndex: 'grade', render: (value: string | null) => value ?? '未定级' },
    {
      title: '预算安排建议',
      key: 'suggestion',
      render: (_value, record) => (
        <>
          {describeRecord(record)} {record.isDefault ? <Tag>按规则</Tag> : <Tag color="blue">已确定</Tag>}
        </>
      ),
    },
    { title: '说明', dataIndex: 'note', render: (value: string | null) => value ?? '' },
    {
      title: '操作',
      key: 'action',
      render: (_value, record) => (
        <Button size="small" onClick={() => open(record)} aria-label={`调整${record.unit}${record.project ?? '部门整体'}的结果应用`}>
          调整
        </Button>
      ),
    },
  ];
  const rowKey = (record: ApplicationRecordView) => `${record.organisationId}|${record.project ?? ''}`;
  const pagination = (list?.items.length ?? 0) > 20 ? { pageSize: 20 } : false;

  return (
    <Card title={`结果应用：${year + 1}年度预算安排建议`}>
      {error && <Alert type="error" showIcon message={error} style={{ marginBottom: 12 }} />}
      {isPhone ? (
        <RowCards<ApplicationRecordView>
          label="结果应用"
          items={list?.items ?? []}
          rowKey={rowKey}
          columns={columns}
          titleKey="unit"
          actionKey="action"
          isLoading={!list && !error}
          pagination={pagination}
          emptyText="本年度还没有已审核的绩效自评"
        />
      ) : (
        <Table<ApplicationRecordView>
          size="small"
          rowKey={rowKey}
          loading={!list && !error}
          dataSource={list?.items ?? []}
          pagination={pagination}
          scroll={{ x: 'max-content' }}
          locale={{ emptyText: '本年度还没有已审核的绩效自评' }}
          columns={columns}
        />
      )}
      <Modal
        open={editing !== null}
        title={editing ? `结果应用：${editing.unit}${editing.project ? ` · ${editing.project}` : ' · 部门整体'}` : ''}
        okText="保存"
        cancelText="取消"
        confirmLoading={isSaving}
        onOk={() => void save()}
        onCancel={() => setEditing(null)}
        destroyOnHidden
      >
        <Form
          form={form}
          layout="vertical"
          key={editing ? `${editing.organisationId}|${editing.project ?? ''}` : 'none'}
          initialValues={editing ? { suggestion: editing.suggestion ?? 'keep', changePercent: editing.changePercent, note: editing.note } : {}}
        >
          {/* Always set (initialValues), so no required rule: antd would put aria-required on the Select's wrapper too (axe). */}
          <Form.Item name="suggestion" label="预算安排建议">
            <Select options={budgetSuggestions.map((value) => ({ value, label: budgetSuggestionNames[value] }))} />
          </Form.Item>
          <Form.Item name="changePercent" label="调整幅度（%，增加为正、压减为负）">
            <InputNumber min={-100} max={100} precision={0} style={{ width: 200 }} />
          </Form.Item>
          <Form.Item name="note" label="说明" rules={[{ max: 500, message: '说明不能超过 500 个字' }]}>
            <Input.TextArea rows={3} />
          </Form.Item>
        </Form>
      </Modal>
    </Card>
  );
}
