/**
 * 绩效运行监控表 (and 监控报告), read-only: the window, budget execution against time progress with
 * its light, each indicator's progress and light, reasons and corrective measures, and the
 * analysis. Lights come from the server's analysis (core/monitoring). A draft is edited in
 * monitoring-editor.tsx; this view shows a table once submitted, and to reviewers.
 */
import { Card, Descriptions, Table, Tag, Typography } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import type { Indicator, PerformanceDocument } from '../../../core/model.ts';
import { describeWindow } from '../../../core/monitoring/describe-window.ts';
import type { Light } from '../../../core/monitoring/schema.ts';
import { deviationCategoryNames, lightNames, likelihoodNames } from '../../../core/monitoring/vocabulary.ts';
import { RowCards, useIsPhone } from '../../components/row-cards.tsx';

const lightColors: Record<Light, string> = { green: 'green', yellow: 'gold', red: 'red', blue: 'blue' };

export function LightTag(props: { light: Light | null | undefined }) {
  if (!props.light) return <Typography.Text type="secondary">—</Typography.Text>;
  return <Tag color={lightColors[props.light]}>{lightNames[props.light]}</Tag>;
}

function money(amount: string | null | undefined): string {
  return amount == null ? '—' : `${amount} 万元`;
}

/** The indicator table's columns; on a phone the name heads a block with its light at the right, the levels in one line. */
function indicatorColumns(window: string, isPhone: boolean): ColumnsType<Indicator> {
  const levels: ColumnsType<Indicator> = isPhone
    ? [{ key: 'levels', title: '指标类别', render: (_, indicator) => [indicator.level1, indicator.level2].filter(Boolean).join(' / ') }]
    : [
        { key: 'level1', title: '一级指标', dataIndex: 'level1' },
        { key: 'level2', title: '二级指标', dataIndex: 'level2' },
      ];
  return [
    ...(isPhone ? [] : levels),
    { key: 'name', title: '三级指标', dataIndex: 'name' },
    ...(isPhone ? levels : []),
    { key: 'target', title: '年度指标值', render: (_, indicator) => indicator.target?.text ?? '' },
    { key: 'actual', title: `${window}实际完成值`, render: (_, indicator) => indicator.monitoring?.actualToDate?.text ?? '' },
    { key: 'forecast', title: '全年预计完成值', render: (_, indicator) => indicator.monitoring?.forecast?.text ?? '' },
    {
      key: 'likelihood',
      title: '完成目标可能性',
      render: (_, indicator) => (indicator.monitoring?.likelihood ? likelihoodNames[indicator.monitoring.likelihood] : ''),
    },
    {
      key: 'deviation',
      title: '偏差原因',
      render: (_, indicator) =>
        [(indicator.monitoring?.deviationCategories ?? []).map((category) => deviationCategoryNames[category]).join('、'), indicator.monitoring?.explanation ?? '']
          .filter(Boolean)
          .join('：'),
    },
    { key: 'corrective', title: '纠偏措施', render: (_, indicator) => indicator.monitoring?.correctiveAction ?? '' },
    { key: 'light', title: '预警', render: (_, indicator) => <LightTag light={indicator.monitoring?.light} /> },
  ];
}

export function MonitoringView(props: { body: PerformanceDocument }) {
  const { body } = props;
  const monitoring = body.monitoring;
  const window = describeWindow(monitoring?.period);
  const indicators = body.goals.flatMap((goal) => goal.indicators);
  const sections = body.report?.sections ?? [];
  const isPhone = useIsPhone();
  const keys = new Map(indicators.map((indicator, index) => [indicator, String(index)]));
  const keyOf = (indicator: Indicator) => keys.get(indicator) ?? '';
  const columns = indicatorColumns(window, isPhone);
  return (
    <div>
      <Card title={`监控期间：${window}`} size="small" style={{ marginBottom: 12 }}>
        <Descriptions size="small" column={{ xs: 1, sm: 2, md: 3 }}>
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
      {indicators.length > 0 &&
        (isPhone ? (
          // Ten columns do not fit in 390 px: each indicator a block, from the same columns.
          <RowCards<Indicator>
            label="监控指标"
            items={indicators}
            rowKey={keyOf}
            columns={columns}
            titleKey="name"
            actionKey="light"
            emptyText="本表还没有指标"
            style={{ marginBottom: 12 }}
          />
        ) : (
          <Table<Indicator> size="small" pagination={false} rowKey={keyOf} dataSource={indicators} style={{ marginBottom: 12 }} columns={columns} />
        ))}
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
