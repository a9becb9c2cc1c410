/** The 新增下级单位 and 改名 dialogs of 单位管理: one name field, and the kind when adding. */
import { Form, Input, Modal, Select } from 'antd';
import { useRef } from 'react';
import { organisationKindNames, type OrganisationKind } from '../../../core/organisation-kinds.ts';
import type { Organisation } from '../../../contract/organisations.ts';
import { listChildKinds } from './organisation-tree.ts';

export type OrganisationFormTask =
  { mode: 'add'; parent: Organisation } | { mode: 'rename'; organisation: Organisation };

export interface OrganisationFormValues {
  name: string;
  kind?: OrganisationKind;
}

interface OrganisationFormModalProps {
  task: OrganisationFormTask | null;
  onSubmit(values: OrganisationFormValues): Promise<void>;
  onCancel(): void;
}

/**
 * Each task gets a dialog and form of its own. Reopened before its closing animation ended (改名
 * clicked right after 新增), one shared dialog was not yet destroyed and its form kept the last
 * task's values over the new initial ones: the rename opened empty and its 改名 sent nothing (CI,
 * 2026-12-04). While a dialog closes it keeps its key, so it leaves with its animation.
 */
export function OrganisationFormModal(props: OrganisationFormModalProps) {
  // Every task the page opens is a new object (setFormTask), so a new task, even the same unit's
  // rename again, gets the next key.
  const opened = useRef<{ task: OrganisationFormTask | null; key: number }>({ task: null, key: 0 });
  if (props.task && props.task !== opened.current.task) opened.current = { task: props.task, key: opened.current.key + 1 };
  return <OrganisationFormDialog key={opened.current.key} {...props} />;
}

function OrganisationFormDialog(props: OrganisationFormModalProps) {
  const [form] = Form.useForm<OrganisationFormValues>();
  const task = props.task;
  const kinds = task?.mode === 'add' ? listChildKinds(task.parent.kind) : [];
  const title =
    task?.mode === 'add'
      ? `在“${task.parent.name}”下新增单位`
      : task
        ? `“${task.organisation.name}”改名`
        : '';
  const submit = async () => {
    const values = await form.validateFields();
    await props.onSubmit(values);
  };
  return (
    <Modal
      title={title}
      open={task !== null}
      okText={task?.mode === 'add' ? '新增' : '改名'}
      cancelText="取消"
      onOk={() => void submit()}
      onCancel={props.onCancel}
      destroyOnHidden
    >
      <Form
        form={form}
        layout="vertical"
        preserve={false}
        initialValues={
          task?.mode === 'rename'
            ? { name: task.organisation.name }
            : { kind: kinds.includes('unit') ? 'unit' : kinds[0] }
        }
      >
        {task?.mode === 'add' && (
          <Form.Item label="类别" name="kind">
            <Select
              aria-label="类别"
              options={kinds.map((kind) => ({ value: kind, label: organisationKindNames[kind] }))}
            />
          </Form.Item>
        )}
        <Form.Item
          label="单位名称"
          name="name"
          rules={[
            { required: true, whitespace: true, message: '请填写单位名称' },
            { max: 100, message: '单位名称不超过 100 个字' },
          ]}
        >
          <Input autoFocus />
        </Form.Item>
      </Form>
    </Modal>
  );
}
