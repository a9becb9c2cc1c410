/**
 * The round's overview by level (issue 11; loaded on demand): the children of the organisation
 * being viewed with their tables' lights stacked (预算执行 or 绩效目标), 执行率 against 序时进度
 * and late units; a click on a bar or a name goes one level down, the trail goes back up. The
 * server sums per child (GET …/rollup), so a province reads its cities, not 10,000 units.
 */
import { Alert, Breadcrumb, Button, Card, Empty, Segmented, Skeleton, Space, Table, Tag, Typography } from 'antd';
import { BarChart } from 'echarts/charts';
import { GridComponent, LegendComponent, TooltipComponent } from 'echarts/components';
import * as echarts from 'echarts/core';
import { CanvasRenderer } from 'echarts/renderers';
import ReactEChartsCore from 'echarts-for-react/esm/core';
import { useEffect, useState } from 'react';
import type { RollupRow } from '../../../contract/monitoring-rollup.ts';
import { describeError } from '../../lib/api-client.ts';
import { getRoundRollup, type RoundRollup } from './monitoring-api.ts';
import { buildStackedSeries, describeRollup, lightSideNames, type LightSide } from './rollup-chart-data.ts';

echarts.use([BarChart, GridComponent, LegendComponent, TooltipComponent, CanvasRenderer]);

const chartFont = { fontFamily: '"Noto Sans CJK SC", "Microsoft YaHei", sans-serif' };

function ExecutionRate({ rate, timeProgress }: { rate: string | null; timeProgress: string | null }) {
  if (rate === null) return <>—</>;
  const isBehind = timeProgress !== null && Number(rate) < Number(timeProgress);
  return <Tag color={isBehind ? 'orange' : 'green'}>{rate}%</Tag>;
}

/**
 * `under`/`onUnderChange`: the round page holds the organisation viewed, so its table of entries
 * narrows to the same subtree; without them the panel keeps it itself.
 */
export default function RoundRollupPanel(props: { roundId: string; under?: string; onUnderChange?: (organisation: { id: string; name: string }) => void }) {
  const { roundId } = props;
  const [ownUnder, setOwnUnder] = useState<string | undefined>(undefined);
  const under = props.onUnderChange ? props.under : ownUnder;
  const setUnder = (organisation: { id: string; name: string }) => (props.onUnderChange ? props.onUnderChange(organisation) : setOwnUnder(organisation.id));
  const [side, setSide] = useState<LightSide>('target');
  const [rollup, setRollup] = useState<RoundRollup | null>(null);
  const [error, setError] = useState<string | null>(null);
  useEffect(() => {
    let isCurrent = true;
    getRoundRollup(roundId, under)
      .then((answer) => isCurrent && (setRollup(answer), setError(null)))
      .catch((caught: unknown) => isCurrent && setError(describeError(caught)));
    return () => {
      isCurrent = false;
    };
  }, [roundId, under]);

  if (error) return <Alert type="error" showIcon message={error} style={{ marginBottom: 16 }} />;
  if (!rollup) return <Skeleton active />;
  const rows = rollup.children;
  const drill = (row: RollupRow) => row.hasSubordinates && setUnder({ id: row.organisationId, name: row.organisationName });
  const series = buildStackedSeries(rows, side);
  const option = {
    textStyle: chartFont,
    tooltip: { trigger: 'axis', axisPointer: { type: 'shadow' } },
    legend: { bottom: 0 },
    grid: { left: 150, right: 24, top: 10, bottom: 40 },
    xAxis: { type: 'value', name: '张', minInterval: 1 },
    yAxis: { type: 'category', data: rows.map((row) => row.organisationName), inverse: true },
    series: series.map((entry) => ({ type: 'bar', stack: 'lights', name: entry.name, data: entry.data, itemStyle: { color: entry.color }, barMaxWidth: 28, cursor: 'pointer' })),
  };
  const total = rollup.total;
  return (
    <Card
      title="分单位亮灯情况"
      size="small"
      style={{ marginBottom: 16 }}
      extra={
        <Segmented<LightSide>
          aria-label="亮灯种类"
          size="small"
          value={side}
          onChange={setSide}
          options={(['target', 'budget'] as const).map((value) => ({ value, label: `${lightSideNames[value]}灯` }))}
        />
      }
    >
      <Breadcrumb
        style={{ marginBottom: 8 }}
        items={rollup.trail.map((step) => ({
          title:
            step.id === rollup.organisation.id ? (
              step.name
            ) : (
              <Button type="link" size="small" style={{ padding: 0, height: 'auto' }} onClick={() => setUnder(step)}>
                {step.name}
              </Button>
            ),
        }))}
      />
      <Typography.Paragraph type="secondary" data-testid="rollup-total">
        合计：有监控表单位 {total.units} 个 · 监控表 {total.tables} 张 · 执行率 {total.executionRate === null ? '—' : `${total.executionRate}%`} · 序时进度{' '}
        {rollup.timeProgress === null ? '—' : `${rollup.timeProgress}%`} · 逾期单位 {total.lateUnits} 个
      </Typography.Paragraph>
      {rows.length === 0 ? (
        <Empty description="暂无可查看的监控表" />
      ) : (
        <Space direction="vertical" style={{ width: '100%' }}>
          <div role="img" aria-label={describeRollup(rollup)}>
            <ReactEChartsCore
              echarts={echarts}
              option={option}
              style={{ height: Math.max(200, 60 + rows.length * 28) }}
              notMerge
              lazyUpdate
              onEvents={{ click: (parameters: { dataIndex: number }) => rows[parameters.dataIndex] && drill(rows[parameters.dataIndex]!) }}
            />
          </div>
          <Table<RollupRow>
            size="small"
            rowKey="organisationId"
            dataSource={rows}
            pagination={rows.length > 50 ? { pageSize: 50 } : false}
            scroll={{ x: 760 }}
            columns={[
              {
                title: '单位',
                render: (_, row) =>
                  row.hasSubordinates ? (
                    <Button type="link" size="small" style={{ padding: 0 }} aria-label={`查看${row.organisationName}的下级`} onClick={() => drill(row)}>
                      {row.organisationName}
                    </Button>
                  ) : (
                    row.organisationName
                  ),
              },
              { title: '单位数', width: 70, dataIndex: 'units' },
              { title: '监控表', width: 70, dataIndex: 'tables' },
              { title: `${lightSideNames[side]}红灯`, width: 90, render: (_, row) => row[side].red || '—' },
              { title: `${lightSideNames[side]}黄灯`, width: 90, render: (_, row) => row[side].yellow || '—' },
              { title: '红灯指标', width: 80, dataIndex: 'redIndicators' },
              { title: '执行率', width: 90, render: (_, row) => <ExecutionRate rate={row.executionRate} timeProgress={rollup.timeProgress} /> },
              { title: '逾期单位', width: 80, render: (_, row) => (row.lateUnits ? <Tag color="red">{row.lateUnits}</Tag> : '—') },
            ]}
          />
        </Space>
      )}
    </Card>
  );
}
