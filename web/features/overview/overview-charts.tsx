/**
 * The overview's ECharts charts, loaded on demand (React.lazy) so the first screen stays small.
 * Only the needed parts of ECharts are registered (echarts/core), and the ESM build of
 * echarts-for-react is used: the CJS paths break under Vite 8 (STACK.md).
 */
import { Card, Col, Row } from 'antd';
import { BarChart, PieChart } from 'echarts/charts';
import { GridComponent, LegendComponent, TooltipComponent } from 'echarts/components';
import * as echarts from 'echarts/core';
import { CanvasRenderer } from 'echarts/renderers';
import ReactEChartsCore from 'echarts-for-react/esm/core';
import { documentKindNames } from '../../../core/model.ts';
import { reviewStateNames } from '../../../core/review/index.ts';
import { buildGradeOption } from './grade-chart-option.ts';
import type { OverviewChild, OverviewTotals } from './overview-api.ts';
import {
  groupStatesByKind,
  labelExecutionRateBands,
  labelScoreBands,
  listGradeBands,
  type Band,
} from './overview-data.ts';

echarts.use([BarChart, PieChart, GridComponent, LegendComponent, TooltipComponent, CanvasRenderer]);

const stateColors: Record<string, string> = {
  draft: '#bfbfbf',
  returned: '#f5222d',
  submitted: '#1677ff',
  'supervisor-reviewed': '#13c2c2',
  approved: '#52c41a',
  'finance-reviewed': '#389e0d',
  published: '#faad14',
};
const chartFont = { fontFamily: '"Noto Sans CJK SC", "Microsoft YaHei", sans-serif' };

function Chart({
  title,
  option,
  label,
}: {
  title: string;
  option: echarts.EChartsCoreOption;
  label: string;
}) {
  return (
    <Card title={title} size="small">
      <div role="img" aria-label={label}>
        <ReactEChartsCore
          echarts={echarts}
          option={{ textStyle: chartFont, ...option }}
          style={{ height: 280 }}
          notMerge
          lazyUpdate
        />
      </div>
    </Card>
  );
}

/** "3份"; nothing for zero, so empty bars carry no label. */
function formatCount(value: unknown, unit: string): string {
  return Number(value) > 0 ? `${String(value)}${unit}` : '';
}

function describeBands(bands: Band[], unit: string): string {
  return bands.map((band) => `${band.label} ${band.count}${unit}`).join('，');
}

function bandOption(
  bands: Band[],
  options: { color: string; seriesName: string; unit: string },
): echarts.EChartsCoreOption {
  return {
    tooltip: { trigger: 'axis', valueFormatter: (value: unknown) => `${String(value)}${options.unit}` },
    grid: { left: 48, right: 16, top: 24, bottom: 32 },
    xAxis: { type: 'category', data: bands.map((band) => band.label) },
    yAxis: { type: 'value', minInterval: 1, name: `单位：${options.unit}` },
    series: [
      {
        name: options.seriesName,
        type: 'bar',
        data: bands.map((band) => band.count),
        itemStyle: { color: options.color },
        label: {
          show: true,
          position: 'top',
          formatter: (parameters: { value: unknown }) => formatCount(parameters.value, options.unit),
        },
      },
    ],
  };
}

/** 下级财政部门 ranked by average self-evaluation score (those without a score left out). */
function rankingOption(bureaus: OverviewChild[]): echarts.EChartsCoreOption {
  const ranked = bureaus
    .filter((bureau) => bureau.averageScore !== null)
    .sort((a, b) => Number(a.averageScore) - Number(b.averageScore));
  return {
    tooltip: { trigger: 'axis', axisPointer: { type: 'shadow' }, valueFormatter: (value: unknown) => `${String(value)}分` },
    grid: { left: 150, right: 48, top: 16, bottom: 32 },
    xAxis: { type: 'value', name: '分', min: (extent: { min: number }) => Math.max(0, Math.floor(extent.min / 10) * 10 - 10) },
    yAxis: { type: 'category', data: ranked.map((bureau) => bureau.name) },
    series: [
      {
        name: '平均自评得分',
        type: 'bar',
        data: ranked.map((bureau) => Number(bureau.averageScore)),
        itemStyle: { color: '#1d5fa8' },
        label: { show: true, position: 'right' },
      },
    ],
  };
}

export default function OverviewCharts({ totals, bureaus }: { totals: OverviewTotals; bureaus: OverviewChild[] }) {
  const byState = groupStatesByKind(totals.states);
  const executionBands = labelExecutionRateBands(totals);
  const scoreBands = labelScoreBands(totals);
  const gradeCounts = listGradeBands(totals);
  const scoredBureaus = bureaus.filter((bureau) => bureau.averageScore !== null);
  const stateOption: echarts.EChartsCoreOption = {
    tooltip: {
      trigger: 'axis',
      axisPointer: { type: 'shadow' },
      valueFormatter: (value: unknown) => `${String(value)}份`,
    },
    legend: { bottom: 0 },
    grid: { left: 140, right: 24, top: 16, bottom: 48 },
    xAxis: { type: 'value', minInterval: 1, name: '份' },
    yAxis: { type: 'category', data: byState.kinds.map((kind) => documentKindNames[kind]) },
    series: byState.states.map((state) => ({
      name: reviewStateNames[state],
      type: 'bar',
      stack: '状态',
      itemStyle: { color: stateColors[state] },
      label: {
        show: true,
        formatter: (parameters: { value: unknown }) => formatCount(parameters.value, '份'),
      },
      data: byState.kinds.map((kind) => byState.counts[kind]?.[state] ?? 0),
    })),
  };
  const gradeOption: echarts.EChartsCoreOption = buildGradeOption(gradeCounts);
  const stateSummary = byState.kinds
    .map(
      (kind) =>
        `${documentKindNames[kind]}：${byState.states.map((state) => `${reviewStateNames[state]}${byState.counts[kind]?.[state] ?? 0}份`).join('、')}`,
    )
    .join('；');
  return (
    <Row gutter={[16, 16]}>
      {scoredBureaus.length > 1 && (
        <Col xs={24}>
          <Card title="下级财政部门平均自评得分排名" size="small">
            <div
              role="img"
              aria-label={`平均自评得分排名：${[...scoredBureaus]
                .sort((a, b) => Number(b.averageScore) - Number(a.averageScore))
                .map((bureau) => `${bureau.name} ${bureau.averageScore}分`)
                .join('，')}`}
            >
              <ReactEChartsCore
                echarts={echarts}
                option={{ textStyle: chartFont, ...rankingOption(bureaus) }}
                style={{ height: Math.max(200, scoredBureaus.length * 28 + 60) }}
                notMerge
                lazyUpdate
              />
            </div>
          </Card>
        </Col>
      )}
      <Col xs={24} xl={12}>
        <Chart title="文档状态（按种类）" option={stateOption} label={`文档状态：${stateSummary}`} />
      </Col>
      <Col xs={24} xl={12}>
        <Chart
          title="预算执行率分布（自评表）"
          option={bandOption(executionBands, { color: '#1d5fa8', seriesName: '自评表', unit: '份' })}
          label={`执行率分布：${describeBands(executionBands, '份')}`}
        />
      </Col>
      <Col xs={24} xl={12}>
        <Chart
          title="自评得分分布"
          option={bandOption(scoreBands, { color: '#13c2c2', seriesName: '自评表', unit: '份' })}
          label={`得分分布：${describeBands(scoreBands, '份')}`}
        />
      </Col>
      <Col xs={24} xl={12}>
        <Chart title="自评等级" option={gradeOption} label={`等级：${describeBands(gradeCounts, '份')}`} />
      </Col>
    </Row>
  );
}
