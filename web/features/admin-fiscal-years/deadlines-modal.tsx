/** 设置截止日期: one date per kind (empty = none that year); saved as the year's settings. */
import { DatePicker, Form, Modal } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import {
  deadlineKindNames,
  deadlineKinds,
  type DeadlineKind,
  type FiscalYearDeadlines,
} from '../../../core/fiscal-year-deadlines.ts';
import type { FiscalYear } from '../../../contract/fiscal-years.ts';

type DeadlineFormValues = Record<DeadlineKind, Dayjs | null | undefined>;

const dateFormat = 'YYYY-MM-DD';

export function DeadlinesModal(props: {
  fiscalYear: FiscalYear | null;
  onSave(input: { year: number; deadlines: FiscalYearDeadlines }): Promise<void>;
  onCancel(): void;
}) {
  const [form] = Form.useForm<DeadlineFormValues>();
  const fiscalYear = props.fiscalYear;
  const initialValues = Object.fromEntries(
    deadlineKinds.map((kind) => [
      kind,
      fiscalYear?.deadlines[kind] ? dayjs(fiscalYear.deadlines[kind], dateFormat) : null,
    ]),
  ) as DeadlineFormValues;
  const submit = async () => {
    if (!fiscalYear) return;
    const values = await form.validateFields();
    const deadlines = Object.fromEntries(
      deadlineKinds.map((kind) => [kind, values[kind] ? values[kind].format(dateFormat) : null]),
    ) as FiscalYearDeadlines;
    await props.onSave({ year: fiscalYear.year, deadlines });
  };
  return (
    <Modal
      title={fiscalYear ? `${fiscalYear.year}年度的截止日期` : ''}
      open={fiscalYear !== null}
      okText="保存"
      cancelText="取消"
      onOk={() => void submit()}
      onCancel={props.onCancel}
      destroyOnHidden
    >
      <Form form={form} layout="vertical" preserve={false} initialValues={initialValues}>
        {deadlineKinds.map((kind) => (
          <Form.Item
            key={kind}
            label={`${deadlineKindNames[kind]}截止日期`}
            name={kind}
            extra={
              kind === 'monitoring'
                ? '监控轮次另有各自的填报截止日期；此处为全年的监控截止日期，可不填。'
                : undefined
            }
          >
            <DatePicker
              aria-label={`${deadlineKindNames[kind]}截止日期`}
              format={dateFormat}
              placeholder="不设截止日期"
              style={{ width: '100%' }}
            />
          </Form.Item>
        ))}
      </Form>
    </Modal>
  );
}
