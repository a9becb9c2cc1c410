/**
 * The unit's 绩效运行监控表 editor (issue 11): 1-N月执行数 and 全年预计执行数 against the budget,
 * then each indicator's 1-N月实际完成值, 全年预计完成值, 完成目标可能性, 偏差原因 and 纠偏措施,
 * with the lights the policy gives, live (core/monitoring through analyseDocument). A light or an
 * answer the policy marks needs a reason: the row says so until one is written, and submission is
 * refused until then (core/review checkSubmission).
 */
import { Alert, Card, Descriptions, Grid, Input, Select, Table, Typography } from 'antd';
import { useCallback } from 'react';
import type { Indicator, IndicatorMonitoring, PerformanceDocument } from '../../../core/model.ts';
import { describeWindow } from '../../../core/monitoring/describe-window.ts';
import { defaultLightPolicy } from '../../../core/monitoring/light-policy.ts';
import { isReasonMissing } from '../../../core/monitoring/reason-required.ts';
import { describeUnfilledMonitoring } from '../../../core/monitoring/unfilled.ts';
import { likelihoods, type Likelihood } from '../../../core/monitoring/schema.ts';
import { likelihoodNames } from '../../../core/monitoring/vocabulary.ts';
import { parseIndicatorValue } from '../../../core/indicator-value/index.ts';
import { DecimalInput } from '../../components/decimal-input.tsx';
import { FindingsList } from '../../components/findings-list.tsx';
import { formatMoney } from '../../lib/format.ts';
import { updateIndicator, type RowAddress } from '../target-editor/indicator-rows.ts';
import { LightTag } from './monitoring-view.tsx';
import { MonitoringAnalysis } from './monitoring-analysis.tsx';

interface Row {
  key: string;
  address: RowAddress;
  indicator: Indicator;
  analysed: Indicator | undefined;
}

export default function MonitoringEditor(props: {
  body: PerformanceDocument;
  analysed: PerformanceDocument;
  onUpdate: (change: (body: PerformanceDocument) => PerformanceDocument) => void;
}) {
  const { body, analysed, onUpdate } = props;
  const window = describeWindow(body.monitoring?.period);
  const setMonitoring = useCallback(
    (address: RowAddress, patch: Partial<IndicatorMonitoring>) =>
      onUpdate((current) => {
        const indicator = current.goals[address.goalIndex]?.indicators[address.indicatorIndex];
        return updateIndicator(current, { ...address, change: { monitoring: { ...indicator?.monitoring, ...patch } } });
      }),
    [onUpdate],
  );
  const setBudget = (patch: Partial<PerformanceDocument['budget']>) => onUpdate((current) => ({ ...current, budget: { ...current.budget, ...patch } }));
  const rows: Row[] = body.goals.flatMap((goal, goalIndex) =>
    goal.indicators.map((indicator, indicatorIndex) => ({
      key: `${goalIndex}.${indicatorIndex}`,
      address: { goalIndex, indicatorIndex },
      indicator,
      analysed: analysed.goals[goalIndex]?.indicators[indicatorIndex],
    })),
  );
  const monitoring = analysed.monitoring;
  const missing = rows.filter((row) => isReasonMissing(row.analysed?.monitoring, defaultLightPolicy)).length;
  const unfilled = describeUnfilledMonitoring(body);
  // On a phone the table scrolls sideways: the indicator's name stays at the left edge while the
  // inputs pass under it, and its 二级 is written under the name instead of taking a column.
  const isNarrow = Grid.useBreakpoint().md === false;
  return (
    <div>
      <Card title={`监控期间：${window}`} size="small" style={{ marginBottom: 12 }}>
        <Descriptions size="small" column={{ xs: 1, sm: 2, md: 3 }}>
          <Descriptions.Item label="年初预算数">{formatMoney(body.budget.initial)} 万元</Descriptions.Item>
          <Descriptions.Item label="调整后预算数">{formatMoney(body.budget.adjusted ?? body.budget.total)} 万元</Descriptions.Item>
          <Descriptions.Item label="序时进度">{monitoring?.timeProgress == null ? '—' : `${monitoring.timeProgress}%`}</Descriptions.Item>
          <Descriptions.Item label={`${window}执行数`}>
            <DecimalInput ariaLabel={`${window}执行数`} value={body.budget.executedToDate} suffix="万元" onChange={(next) => setBudget({ executedToDate: next })} />
          </Descriptions.Item>
          <Descriptions.Item label="全年预计执行数">
            <DecimalInput ariaLabel="全年预计执行数" value={body.budget.forecast} suffix="万元" onChange={(next) => setBudget({ forecast: next })} />
          </Descriptions.Item>
          <Descriptions.Item label="预算执行预警">
            <span data-testid="budget-light">
              <LightTag light={monitoring?.budgetLight} />
            </span>
          </Descriptions.Item>
        </Descriptions>
      </Card>
      {unfilled && <Alert type="warning" showIcon style={{ marginBottom: 12 }} data-testid="monitoring-unfilled" message={`尚未填完：${unfilled}。`} />}
      {missing > 0 && (
        <Alert type="error" showIcon style={{ marginBottom: 12 }} message={`有 ${missing} 个指标亮灯或可能无法完成，须填写偏差原因说明或纠偏措施后才能提交。`} />
      )}
      <Table<Row>
        size="small"
        pagination={false}
        scroll={{ x: isNarrow ? 1190 : 1300 }}
        dataSource={rows}
        style={{ marginBottom: 12 }}
        columns={[
          ...(isNarrow ? [] : [{ title: '二级指标', width: 110, render: (_: unknown, row: Row) => row.indicator.level2 }]),
          {
            title: '三级指标',
            width: isNarrow ? 120 : 160,
            fixed: isNarrow ? ('left' as const) : undefined,
            render: (_, row) =>
              isNarrow ? (
                <div>
                  <div>{row.indicator.name}</div>
                  {row.indicator.level2 && <Typography.Text type="secondary" style={{ fontSize: 12 }}>{row.indicator.level2}</Typography.Text>}
                </div>
              ) : (
                row.indicator.name
              ),
          },
          { title: '年度指标值', width: 110, render: (_, row) => row.indicator.target?.text ?? '' },
          {
            title: `${window}实际完成值`,
            width: 130,
            render: (_, row) => (
              <Input
                aria-label={`${row.indicator.name} ${window}实际完成值`}
                defaultValue={row.indicator.monitoring?.actualToDate?.text ?? ''}
                onChange={(event) => setMonitoring(row.address, { actualToDate: event.target.value.trim() ? parseIndicatorValue(event.target.value) : null })}
              />
            ),
          },
          {
            title: '全年预计完成值',
            width: 120,
            render: (_, row) => (
              <Input
                aria-label={`${row.indicator.name} 全年预计完成值`}
                defaultValue={row.indicator.monitoring?.forecast?.text ?? ''}
                onChange={(event) => setMonitoring(row.address, { forecast: event.target.value.trim() ? parseIndicatorValue(event.target.value) : null })}
              />
            ),
          },
          {
            title: '完成目标可能性',
            width: 120,
            render: (_, row) => (
              <Select<Likelihood>
                aria-label={`${row.indicator.name} 完成目标可能性`}
                allowClear
                style={{ width: '100%' }}
                value={row.indicator.monitoring?.likelihood ?? undefined}
                options={likelihoods.map((likelihood) => ({ value: likelihood, label: likelihoodNames[likelihood] }))}
                onChange={(value) => setMonitoring(row.address, { likelihood: value ?? null })}
              />
            ),
          },
          { title: '预警', width: 70, render: (_, row) => <span data-testid={`light-${row.key}`}><LightTag light={row.analysed?.monitoring?.light} /></span> },
          {
            title: '偏差原因说明',
            width: 220,
            render: (_, row) => {
              const isMissing = isReasonMissing(row.analysed?.monitoring, defaultLightPolicy);
              return (
                <div>
                  <Input.TextArea
                    aria-label={`${row.indicator.name} 偏差原因说明`}
                    autoSize={{ minRows: 1, maxRows: 4 }}
                    status={isMissing ? 'error' : undefined}
                    defaultValue={row.indicator.monitoring?.explanation ?? ''}
                    onChange={(event) => setMonitoring(row.address, { explanation: event.target.value || null })}
                  />
                  {isMissing && <Typography.Text type="danger">须填写原因</Typography.Text>}
                </div>
              );
            },
          },
          {
            title: '纠偏措施',
            width: 200,
            render: (_, row) => (
              <Input.TextArea
                aria-label={`${row.indicator.name} 纠偏措施`}
                autoSize={{ minRows: 1, maxRows: 4 }}
                defaultValue={row.indicator.monitoring?.correctiveAction ?? ''}
                onChange={(event) => setMonitoring(row.address, { correctiveAction: event.target.value || null })}
              />
            ),
          },
        ]}
      />
      <MonitoringAnalysis body={body} onUpdate={onUpdate} />
      <Card title="检查结果" size="small">
        <FindingsList findings={analysed.findings} />
      </Card>
    </div>
  );
}
