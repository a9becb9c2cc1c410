/**
 * 绩效总览 for the finance bureau (issue 4 "Finance bureau overview"), by level (issue 14 item 2):
 * per year, the lower finance bureaus with their units behind and averages (open one to see its
 * level), the level's own units with what each has handed in, execution rates, score bands and
 * grades, and the summary workbook. Everything is counted by the server; charts are a separate
 * chunk, loaded when the page opens.
 */
import { DownloadOutlined } from '@ant-design/icons';
import { Alert, App, Breadcrumb, Button, Card, Col, Input, Row, Select, Space, Spin, Statistic, Switch, Typography } from 'antd';
import { lazy, Suspense, useEffect, useState } from 'react';
import { useUser } from '../../app/session-context.tsx';
import { describeError } from '../../lib/api-client.ts';
import { Link } from '../../lib/router.tsx';
import { downloadFile } from '../print/download-file.ts';
import { ChildBureauTable } from './child-bureau-table.tsx';
import { buildSummaryWorkbookUrl, getReportOverview, remindUnit, type OverviewUnit, type ReportOverview } from './overview-api.ts';
import { filterUnits } from './overview-data.ts';
import { UnitProgressTable } from './unit-progress-table.tsx';
import './overview.css';

const OverviewCharts = lazy(() => import('./overview-charts.tsx'));

interface Level {
  year?: number;
  organisationId?: string;
}

export default function OverviewPage() {
  const { message } = App.useApp();
  // Only the finance bureau reminds (the administrator sees the overview but does not 催报).
  const isFinance = useUser().role === 'finance-reviewer';
  const [level, setLevel] = useState<Level>({});
  const [overview, setOverview] = useState<ReportOverview | null>(null);
  const [isLoading, setIsLoading] = useState(true);
  const [error, setError] = useState<string | null>(null);
  const [isOnlyBehind, setIsOnlyBehind] = useState(false);
  const [unitQuery, setUnitQuery] = useState('');
  const [isDownloading, setIsDownloading] = useState(false);
  useEffect(() => {
    let isCurrent = true;
    setIsLoading(true);
    getReportOverview(level)
      .then((loaded) => {
        if (!isCurrent) return;
        setOverview(loaded);
        setError(null);
      })
      .catch((caught: unknown) => isCurrent && setError(describeError(caught)))
      .finally(() => isCurrent && setIsLoading(false));
    return () => {
      isCurrent = false;
    };
  }, [level]);
  if (error) return <Alert type="error" showIcon message="无法加载绩效总览" description={error} />;
  if (!overview)
    return (
      <Spin style={{ display: 'block', margin: '80px auto' }} tip="正在加载…">
        <div />
      </Spin>
    );
  const year = overview.year ?? undefined;
  const { totals } = overview;
  const openLevel = (organisationId: string | null) =>
    setLevel({ ...(year !== undefined ? { year } : {}), ...(organisationId ? { organisationId } : {}) });
  const remind = async (unit: OverviewUnit, remindedYear: number) => {
    try {
      const reminder = await remindUnit({ organisationId: unit.unitId, year: remindedYear });
      void message.success(`已向${reminder.organisationName}催报：${reminder.message}`);
    } catch (caught) {
      void message.error(describeError(caught));
    }
  };
  const downloadSummary = async () => {
    setIsDownloading(true);
    try {
      const fileName = await downloadFile(buildSummaryWorkbookUrl({ year }), '预算绩效汇总表.xlsx');
      void message.success(`已下载：${fileName}`);
    } catch (caught) {
      void message.error(describeError(caught));
    } finally {
      setIsDownloading(false);
    }
  };
  return (
    <Spin spinning={isLoading} tip="正在加载…">
      <Space direction="vertical" size="large" style={{ width: '100%' }}>
        <Space style={{ width: '100%', justifyContent: 'space-between' }} wrap>
          <Typography.Title level={1} style={{ margin: 0 }}>
            绩效总览
          </Typography.Title>
          <Space wrap>
            <Select
              aria-label="年度"
              style={{ width: 140 }}
              value={year}
              onChange={(value: number) => setLevel({ ...level, year: value })}
              options={overview.years.map((value) => ({ value, label: `${value}年度` }))}
              placeholder="选择年度"
            />
            <Button icon={<DownloadOutlined />} loading={isDownloading} onClick={() => void downloadSummary()}>
              下载汇总表
            </Button>
            {/* The year view (各单位按年度的报送、逾期与催报, issue 10); finance's menu has no room for another entry. */}
            <Link to="/year-status">年度报送情况</Link>
          </Space>
        </Space>
        {overview.trail.length > 1 && (
          <Breadcrumb
            aria-label="所在层级"
            items={overview.trail.map((step, index) => ({
              key: step.organisationId ?? 'all',
              title:
                index === overview.trail.length - 1 ? (
                  step.name
                ) : (
                  <a
                    href="#"
                    onClick={(event) => {
                      event.preventDefault();
                      openLevel(step.organisationId);
                    }}
                  >
                    {step.name}
                  </a>
                ),
            }))}
          />
        )}
        <Row gutter={[16, 16]}>
          <Col xs={12} lg={6}>
            <Card size="small">
              <Statistic title="单位数" value={totals.units} suffix="个" />
            </Card>
          </Col>
          <Col xs={12} lg={6}>
            <Card size="small">
              <Statistic
                title="报送滞后的单位"
                value={totals.behindUnits}
                suffix="个"
                valueStyle={{ color: totals.behindUnits > 0 ? '#cf1322' : '#389e0d' }}
              />
            </Card>
          </Col>
          <Col xs={12} lg={6}>
            <Card size="small">
              <Statistic
                title="平均预算执行率"
                value={totals.averageExecutionRate ?? '—'}
                suffix={totals.averageExecutionRate ? '%' : ''}
              />
            </Card>
          </Col>
          <Col xs={12} lg={6}>
            <Card size="small">
              <Statistic title="平均自评得分" value={totals.averageScore ?? '—'} suffix={totals.averageScore ? '分' : ''} />
            </Card>
          </Col>
        </Row>
        {overview.children.length > 0 && (
          <Card
            title="下级财政部门"
            extra={
              <Space>
                <span>只看有滞后单位的</span>
                <Switch aria-label="只看有滞后单位的财政部门" checked={isOnlyBehind} onChange={setIsOnlyBehind} />
              </Space>
            }
          >
            <ChildBureauTable
              bureaus={isOnlyBehind ? overview.children.filter((bureau) => bureau.behindUnits > 0) : overview.children}
              onOpen={(bureau) => openLevel(bureau.organisationId)}
            />
          </Card>
        )}
        {(overview.units.length > 0 || overview.children.length === 0) && (
          <Card
            title="各单位报送情况"
            extra={
              // wrap: on a phone the switch and its label go below the search together (the label broke in two).
              <Space wrap>
                <Input.Search
                  allowClear
                  aria-label="查找单位"
                  placeholder="单位或主管部门"
                  style={{ width: 200 }}
                  onChange={(event) => setUnitQuery(event.target.value)}
                />
                <Space size={8} style={{ whiteSpace: 'nowrap' }}>
                  <span>只看滞后单位</span>
                  <Switch aria-label="只看滞后单位" checked={isOnlyBehind} onChange={setIsOnlyBehind} />
                </Space>
              </Space>
            }
          >
            <UnitProgressTable
              year={year}
              {...(isFinance ? { onRemind: remind } : {})}
              progress={filterUnits(overview.units, { text: unitQuery, isOnlyBehind })}
            />
          </Card>
        )}
        <Suspense
          fallback={
            <Spin style={{ display: 'block', margin: '40px auto' }} tip="正在加载图表…">
              <div />
            </Spin>
          }
        >
          <OverviewCharts totals={totals} bureaus={overview.children} />
        </Suspense>
      </Space>
    </Spin>
  );
}
