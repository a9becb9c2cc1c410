/**
 * 绩效运行监控表 (and 监控报告), read-only: the window, budget execution against time progress with
 * its light, each indicator's progress and light, reasons and corrective measures, and the
 * analysis. Lights come from the server's analysis (core/monitoring). A draft is edited in
 * monitoring-editor.tsx; this view shows a table once submitted, and to reviewers.
 */
import { Card, Descriptions, Table, Tag, Typography } from 'antd';
import type { Indicator, PerformanceDocument } from '../../../core/model.ts';
import { describeWindow } from '../../../core/monitoring/describe-window.ts';
import type { Light } from '../../../core/monitoring/schema.ts';
import { deviationCategoryNames, lightNames, likelihoodNames } from '../../../core/monitoring/vocabulary.ts';

const lightColors: Record<Light, string> = { green: 'green', yellow: 'gold', red: 'red', blue: 'blue' };

export function LightTag(props: { light: Light | null | undefined }) {
  if (!props.light) return <Typography.Text type="secondary">—</Typography.Text>;
  return <Tag color={lightColors[props.light]}>{lightNames[props.light]}</Tag>;
}

function money(amount: string | null | undefined): string {
  return amount == null ? '—' : `${amount} 万元`;
}

export function MonitoringView(props: { body: PerformanceDocument }) {
  const { body } = props;
  const monitoring = body.monitoring;
  const window = describeWindow(monitoring?.period);
  const indicators = body.goals.flatMap((goal) => goal.indicators);
  const sections = body.report?.sections ?? [];
  return (
    <div>
      <Card title={`监控期间：${window}`} size="small" style={{ marginBottom: 12 }}>
        <Descriptions size="small" column={3}>
          <Descriptions.Item label="年初预算数">{money(body.budget.initial)}</Descriptions.Item>
          <Descriptions.Item label="调整后预算数">
            {money(body.budget.adjusted ?? body.budget.total)}
          </Descriptions.Item>
          <Descriptions.Item label={`${window}执行数`}>{money(body.budget.executedToDate)}</Descriptions.Item>
          <Descriptions.Item label="全年预计执行数">{money(body.budget.forecast)}</Descriptions.Item>
          <Descriptions.Item label="序时进度">
            {monitoring?.timeProgress == null ? '—' : `${monitoring.timeProgress}%`}
          </Descriptions.Item>
          <Descriptions.Item label="预算执行">
            <LightTag light={monitoring?.budgetLight} />
          </Descriptions.Item>
          <Descriptions.Item label="绩效目标">
            <LightTag light={monitoring?.targetLight} />
          </Descriptions.Item>
        </Descriptions>
      </Card>
      {indicators.length > 0 && (
        <Table<Indicator>
          size="small"
          pagination={false}
          rowKey={(_, index) => String(index)}
          dataSource={indicators}
          style={{ marginBottom: 12 }}
          columns={[
            { title: '一级指标', dataIndex: 'level1' },
            { title: '二级指标', dataIndex: 'level2' },
            { title: '三级指标', dataIndex: 'name' },
            { title: '年度指标值', render: (_, indicator) => indicator.target?.text ?? '' },
            {
              title: `${window}实际完成值`,
              render: (_, indicator) => indicator.monitoring?.actualToDate?.text ?? '',
            },
            { title: '全年预计完成值', render: (_, indicator) => indicator.monitoring?.forecast?.text ?? '' },
            {
              title: '完成目标可能性',
              render: (_, indicator) =>
                indicator.monitoring?.likelihood ? likelihoodNames[indicator.monitoring.likelihood] : '',
            },
            {
              title: '偏差原因',
              render: (_, indicator) =>
                [
                  (indicator.monitoring?.deviationCategories ?? [])
                    .map((category) => deviationCategoryNames[category])
                    .join('、'),
                  indicator.monitoring?.explanation ?? '',
                ]
                  .filter(Boolean)
                  .join('：'),
            },
            { title: '纠偏措施', render: (_, indicator) => indicator.monitoring?.correctiveAction ?? '' },
            { title: '预警', render: (_, indicator) => <LightTag light={indicator.monitoring?.light} /> },
          ]}
        />
      )}
      {sections.map((section, index) => (
        // The text a report gives before its first heading is stored with the title "": its 前言.
        <Card key={index} title={section.title === '' ? '前言' : section.title} size="small" style={{ marginBottom: 12 }}>
          <Typography.Paragraph style={{ whiteSpace: 'pre-wrap', marginBottom: 0 }}>
            {section.text}
          </Typography.Paragraph>
        </Card>
      ))}
      {[
        ['偏差情况', monitoring?.deviation],
        ['存在的问题', monitoring?.problems],
        ['下一步措施', monitoring?.nextSteps],
      ]
        .filter((entry): entry is [string, string] => Boolean(entry[1]) && sections.length === 0)
        .map(([title, text]) => (
          <Card key={title} title={title} size="small" style={{ marginBottom: 12 }}>
            <Typography.Paragraph style={{ whiteSpace: 'pre-wrap', marginBottom: 0 }}>
              {text}
            </Typography.Paragraph>
          </Card>
        ))}
    </div>
  );
}
