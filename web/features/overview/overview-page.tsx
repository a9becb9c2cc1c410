/**
 * 绩效总览 for the finance bureau (issue 4 "Finance bureau overview"): per year, which units have
 * handed in what (who is behind), execution rates, score distribution and grades, and the summary
 * workbook. Charts are a separate chunk, loaded when the page opens.
 */
import { DownloadOutlined } from '@ant-design/icons';
import {
  Alert,
  App,
  Button,
  Card,
  Col,
  Input,
  Row,
  Select,
  Space,
  Spin,
  Statistic,
  Switch,
  Typography,
} from 'antd';
import { lazy, Suspense, useEffect, useMemo, useState } from 'react';
import { useUser } from '../../app/session-context.tsx';
import { describeError } from '../../lib/api-client.ts';
import { Link } from '../../lib/router.tsx';
import { downloadFile } from '../print/download-file.ts';
import { buildSummaryWorkbookUrl, getSummary, remindUnit, type Summary } from './overview-api.ts';
import { averageOf, listUnitProgress, type UnitProgress } from './overview-data.ts';
import { UnitProgressTable } from './unit-progress-table.tsx';
import './overview.css';

const OverviewCharts = lazy(() => import('./overview-charts.tsx'));

/** The latest year with self-evaluations (the cycle being reviewed), else the latest year. */
function pickDefaultYear(summary: Summary): number | undefined {
  const years = (kind?: string) =>
    summary.rows.filter((row) => !kind || row.kind === kind).map((row) => row.year);
  const candidates = years('self-evaluation').length > 0 ? years('self-evaluation') : years();
  return candidates.length > 0 ? Math.max(...candidates) : undefined;
}

export default function OverviewPage() {
  const { message } = App.useApp();
  // Only the finance bureau reminds (the administrator sees the overview but does not 催报).
  const isFinance = useUser().role === 'finance-reviewer';
  const remind = async (unit: UnitProgress, remindedYear: number) => {
    try {
      const reminder = await remindUnit({ organisationId: unit.unitId, year: remindedYear });
      void message.success(`已向${reminder.organisationName}催报：${reminder.message}`);
    } catch (caught) {
      void message.error(describeError(caught));
    }
  };
  const [summary, setSummary] = useState<Summary | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [year, setYear] = useState<number | undefined>();
  const [isOnlyBehind, setIsOnlyBehind] = useState(false);
  const [unitQuery, setUnitQuery] = useState('');
  const [isDownloading, setIsDownloading] = useState(false);
  useEffect(() => {
    getSummary({})
      .then((loaded) => {
        setSummary(loaded);
        setYear(pickDefaultYear(loaded));
      })
      .catch((caught: unknown) => setError(describeError(caught)));
  }, []);
  const years = useMemo(
    () => [...new Set(summary?.rows.map((row) => row.year) ?? [])].sort((a, b) => b - a),
    [summary],
  );
  const rows = useMemo(
    () => summary?.rows.filter((row) => year === undefined || row.year === year) ?? [],
    [summary, year],
  );
  const progress = useMemo(() => listUnitProgress({ rows, units: summary?.units ?? [] }), [rows, summary]);
  if (error) return <Alert type="error" showIcon message="无法加载绩效总览" description={error} />;
  if (!summary)
    return (
      <Spin style={{ display: 'block', margin: '80px auto' }} tip="正在加载…">
        <div />
      </Spin>
    );
  const selfEvaluations = rows.filter((row) => row.kind === 'self-evaluation');
  const behind = progress.filter((unit) => unit.pendingKinds.length > 0);
  const averageRate = averageOf(selfEvaluations.map((row) => row.executionRate));
  const averageScore = averageOf(selfEvaluations.map((row) => row.score));
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
            onChange={setYear}
            options={years.map((value) => ({ value, label: `${value}年度` }))}
            placeholder="选择年度"
          />
          <Button icon={<DownloadOutlined />} loading={isDownloading} onClick={() => void downloadSummary()}>
            下载汇总表
          </Button>
          {/* The year view (各单位按年度的报送、逾期与催报, issue 10); finance's menu has no room for another entry. */}
          <Link to="/year-status">年度报送情况</Link>
        </Space>
      </Space>
      <Row gutter={[16, 16]}>
        <Col xs={12} lg={6}>
          <Card size="small">
            <Statistic title="单位数" value={progress.length} suffix="个" />
          </Card>
        </Col>
        <Col xs={12} lg={6}>
          <Card size="small">
            <Statistic
              title="报送滞后的单位"
              value={behind.length}
              suffix="个"
              valueStyle={{ color: behind.length > 0 ? '#cf1322' : '#389e0d' }}
            />
          </Card>
        </Col>
        <Col xs={12} lg={6}>
          <Card size="small">
            <Statistic title="平均预算执行率" value={averageRate ?? '—'} suffix={averageRate ? '%' : ''} />
          </Card>
        </Col>
        <Col xs={12} lg={6}>
          <Card size="small">
            <Statistic title="平均自评得分" value={averageScore ?? '—'} suffix={averageScore ? '分' : ''} />
          </Card>
        </Col>
      </Row>
      <Card
        title="各单位报送情况"
        extra={
          <Space>
            <Input.Search
              allowClear
              aria-label="查找单位"
              placeholder="单位或主管部门"
              style={{ width: 200 }}
              onChange={(event) => setUnitQuery(event.target.value)}
            />
            <span>只看滞后单位</span>
            <Switch aria-label="只看滞后单位" checked={isOnlyBehind} onChange={setIsOnlyBehind} />
          </Space>
        }
      >
        <UnitProgressTable
          year={year}
          {...(isFinance ? { onRemind: remind } : {})}
          progress={(isOnlyBehind ? behind : progress).filter(
            (unit) =>
              unit.unit.includes(unitQuery.trim()) || (unit.supervisor ?? '').includes(unitQuery.trim()),
          )}
        />
      </Card>
      <Suspense
        fallback={
          <Spin style={{ display: 'block', margin: '40px auto' }} tip="正在加载图表…">
            <div />
          </Spin>
        }
      >
        <OverviewCharts rows={rows} />
      </Suspense>
    </Space>
  );
}
