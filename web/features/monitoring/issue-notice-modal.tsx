/**
 * 下发整改通知 from a round's table (finance): a title, a deadline and items, each optionally tied to
 * an indicator of the table, with the money decided (压减/收回/取消/调整, 万元).
 */
import { Button, DatePicker, Form, Input, Modal, Select, Space, message } from 'antd';
import type { Dayjs } from 'dayjs';
import { useEffect, useState } from 'react';
import { moneyActionNames, moneyActions, moneyAmountMessage, moneyAmountPattern, type MoneyAction } from '../../../core/rectification/states.ts';
import { describeError } from '../../lib/api-client.ts';
import { getDocument } from '../../lib/documents-api.ts';
import { useRouter } from '../../lib/router.tsx';
import { issueNotice, type RoundDetail } from './monitoring-api.ts';

interface ItemValues {
  indicatorPath?: string;
  requirement: string;
  moneyAction?: MoneyAction;
  moneyAmount?: string;
}
interface Values {
  title: string;
  deadline: Dayjs;
  items: ItemValues[];
}

export function IssueNoticeModal(props: { round: RoundDetail; entry: RoundDetail['entries'][number]; onClose: () => void }) {
  const { round, entry } = props;
  const { navigate } = useRouter();
  const [form] = Form.useForm<Values>();
  const [indicators, setIndicators] = useState<{ value: string; label: string }[]>([]);
  const [isBusy, setIsBusy] = useState(false);
  useEffect(() => {
    if (!entry.documentId) return;
    getDocument(entry.documentId)
      .then((detail) =>
        setIndicators(
          detail.body.goals.flatMap((goal, goalIndex) =>
            goal.indicators.map((indicator, indicatorIndex) => ({ value: `goals.${goalIndex}.indicators.${indicatorIndex}`, label: indicator.name || indicator.level2 })),
          ),
        ),
      )
      .catch(() => setIndicators([]));
  }, [entry.documentId]);

  const submit = async (values: Values) => {
    setIsBusy(true);
    try {
      const notice = await issueNotice({
        organisationId: entry.organisationId,
        year: round.year,
        roundId: round.id,
        title: values.title,
        deadline: values.deadline.format('YYYY-MM-DD'),
        items: values.items.map((item) => ({
          documentId: entry.documentId,
          indicatorPath: item.indicatorPath ?? null,
          requirement: item.requirement,
          moneyAction: item.moneyAction ?? null,
          moneyAmount: item.moneyAction ? (item.moneyAmount?.trim() ?? null) : null,
        })),
      });
      void message.success('已下发整改通知');
      navigate(`/rectification/${notice.id}`);
    } catch (caught) {
      void message.error(describeError(caught));
    } finally {
      setIsBusy(false);
    }
  };

  return (
    <Modal open title={`向${entry.organisationName}下发整改通知`} onCancel={props.onClose} footer={null} width={720} destroyOnHidden>
      <Form<Values>
        form={form}
        layout="vertical"
        initialValues={{ title: `关于${round.title}发现问题的整改通知`, items: [{ requirement: '' }] }}
        onFinish={(values) => void submit(values)}
      >
        <Form.Item label="通知标题" name="title" rules={[{ required: true, message: '请填写通知标题' }]}>
          <Input aria-label="通知标题" maxLength={200} />
        </Form.Item>
        <Form.Item label="整改期限" name="deadline" rules={[{ required: true, message: '请选择整改期限' }]}>
          <DatePicker aria-label="整改期限" />
        </Form.Item>
        <Form.List name="items">
          {(fields, { add, remove }) => (
            <>
              {fields.map((field, index) => (
                <div key={field.key} style={{ border: '1px solid #f0f0f0', padding: 8, marginBottom: 8 }}>
                  <Form.Item label={`整改事项 ${index + 1}`} name={[field.name, 'requirement']} rules={[{ required: true, message: '请填写整改要求' }]}>
                    <Input.TextArea aria-label={`整改要求 ${index + 1}`} autoSize={{ minRows: 2 }} />
                  </Form.Item>
                  <Space wrap>
                    <Form.Item label="关联指标" name={[field.name, 'indicatorPath']}>
                      <Select aria-label={`关联指标 ${index + 1}`} allowClear style={{ width: 220 }} options={indicators} placeholder="整张监控表" />
                    </Form.Item>
                    <Form.Item label="资金处理" name={[field.name, 'moneyAction']}>
                      <Select aria-label={`资金处理 ${index + 1}`} allowClear style={{ width: 110 }} options={moneyActions.map((action) => ({ value: action, label: moneyActionNames[action] }))} />
                    </Form.Item>
                    <Form.Item label="金额（万元）" name={[field.name, 'moneyAmount']} rules={[{ pattern: moneyAmountPattern, message: moneyAmountMessage }]}>
                      <Input aria-label={`金额 ${index + 1}`} style={{ width: 120 }} />
                    </Form.Item>
                    {fields.length > 1 && <Button onClick={() => remove(field.name)}>删除此项</Button>}
                  </Space>
                </div>
              ))}
              <Button onClick={() => add({ requirement: '' })} style={{ marginBottom: 12 }}>
                增加整改事项
              </Button>
            </>
          )}
        </Form.List>
        <div>
          <Button type="primary" htmlType="submit" loading={isBusy}>
            下发
          </Button>
        </div>
      </Form>
    </Modal>
  );
}
