/**
 * The round's overview charts (loaded on demand): lights by unit as a heat map (the worst light of
 * each unit's tables, counts in the tooltip), and each unit's execution rate against 序时进度.
 * Only the needed parts of ECharts are registered; the ESM build of echarts-for-react (STACK.md).
 */
import { Card, Col, Empty, Row } from 'antd';
import { BarChart, HeatmapChart } from 'echarts/charts';
import { GridComponent, MarkLineComponent, TooltipComponent, VisualMapComponent } from 'echarts/components';
import * as echarts from 'echarts/core';
import { CanvasRenderer } from 'echarts/renderers';
import ReactEChartsCore from 'echarts-for-react/esm/core';
import type { RoundOverview } from './monitoring-api.ts';
import { buildHeatCells, lightLevels } from './round-chart-data.ts';

echarts.use([HeatmapChart, BarChart, GridComponent, TooltipComponent, VisualMapComponent, MarkLineComponent, CanvasRenderer]);

const chartFont = { fontFamily: '"Noto Sans CJK SC", "Microsoft YaHei", sans-serif' };

export default function RoundCharts({ overview }: { overview: RoundOverview }) {
  if (overview.units.length === 0) {
    return (
      <Card size="small" style={{ marginBottom: 16 }}>
        <Empty description="暂无可查看的已提交监控表" />
      </Card>
    );
  }
  const names = overview.units.map((unit) => unit.organisationName);
  const height = Math.max(220, 40 + names.length * 28);
  const heat = {
    textStyle: chartFont,
    tooltip: {
      formatter: (parameters: { data: [number, number, number, string] }) => parameters.data[3],
    },
    grid: { left: 130, right: 16, top: 30, bottom: 40 },
    xAxis: { type: 'category', data: ['预算执行', '绩效目标'], position: 'top' },
    yAxis: { type: 'category', data: names, inverse: true },
    visualMap: {
      type: 'piecewise',
      // The level is the third value of a cell (the last ones are tooltip and label text).
      dimension: 2,
      orient: 'horizontal',
      bottom: 0,
      left: 'center',
      pieces: lightLevels.map((level) => ({ value: level.value, label: level.label, color: level.color })),
    },
    series: [{ type: 'heatmap', data: buildHeatCells(overview), label: { show: true, formatter: (parameters: { data: [number, number, number, string, string] }) => parameters.data[4] } }],
  };
  const execution = {
    textStyle: chartFont,
    tooltip: { trigger: 'axis' },
    grid: { left: 130, right: 40, top: 30, bottom: 24 },
    xAxis: { type: 'value', name: '%', max: (value: { max: number }) => Math.max(100, Math.ceil(value.max)) },
    yAxis: { type: 'category', data: names, inverse: true },
    series: [
      {
        type: 'bar',
        name: '执行率',
        data: overview.units.map((unit) => (unit.executionRate === null ? null : Number(unit.executionRate))),
        label: { show: true, position: 'right', formatter: '{c}%' },
        markLine:
          overview.timeProgress === null
            ? undefined
            : { symbol: 'none', label: { formatter: `序时进度 ${overview.timeProgress}%` }, lineStyle: { color: '#cf1322', type: 'dashed' }, data: [{ xAxis: Number(overview.timeProgress) }] },
      },
    ],
  };
  return (
    <Row gutter={[16, 16]} style={{ marginBottom: 16 }}>
      <Col xs={24} lg={12}>
        <Card title="分单位亮灯情况" size="small">
          <div role="img" aria-label={`分单位亮灯热力图：${overview.units.map((unit) => `${unit.organisationName} 红灯 ${unit.budget.red + unit.target.red} 个`).join('，')}`}>
            <ReactEChartsCore echarts={echarts} option={heat} style={{ height }} notMerge lazyUpdate />
          </div>
        </Card>
      </Col>
      <Col xs={24} lg={12}>
        <Card title="预算执行与序时进度" size="small">
          <div role="img" aria-label={`执行率与序时进度 ${overview.timeProgress ?? '—'}%`}>
            <ReactEChartsCore echarts={echarts} option={execution} style={{ height }} notMerge lazyUpdate />
          </div>
        </Card>
      </Col>
    </Row>
  );
}

