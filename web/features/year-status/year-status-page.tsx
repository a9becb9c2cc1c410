/**
 * 年度报送情况 (/year-status, issue 10): a 主管部门 sees, for the chosen fiscal year, each of its units
 * with the state of its 目标表, 自评表, 评价报告 and monitoring table, who is past a deadline, and
 * reminds one unit or all not yet submitted (after a confirmation naming how many). The finance
 * bureau sees the same for its whole tree or any 主管部门 under it.
 */
import { Alert, App, Button, Card, Input, Radio, Select, Space, Spin, Typography } from 'antd';
import { useCallback, useEffect, useMemo, useState } from 'react';
import { fiscalYearListSchema } from '../../../contract/fiscal-years.ts';
import { organisationListSchema, type Organisation } from '../../../contract/organisations.ts';
import type { YearStatus, YearUnitStatus } from '../../../contract/year-status.ts';
import { useUser } from '../../app/session-context.tsx';
import { callApi, describeError } from '../../lib/api-client.ts';
import { remindUnit } from '../overview/overview-api.ts';
import { getYearStatus, remindOutstandingUnits } from './year-status-api.ts';
import {
  countByFilter,
  filterYearUnits,
  listRemindableUnits,
  yearStatusFilterNames,
  yearStatusFilters,
  type YearStatusFilter,
} from './year-status-filter.ts';
import { YearStatusTable } from './year-status-table.tsx';
import './year-status.css';

/** The latest year up to this one, else the earliest later one (a new year added ahead). */
function pickDefaultYear(years: readonly number[], now: Date): number | undefined {
  const thisYear = now.getFullYear();
  const past = years.filter((year) => year <= thisYear);
  return past.length > 0 ? Math.max(...past) : years.length > 0 ? Math.min(...years) : undefined;
}

export default function YearStatusPage() {
  // The app's modal (not the static Modal.confirm) takes the theme's accessible colours.
  const { message, modal } = App.useApp();
  const user = useUser();
  const [years, setYears] = useState<number[]>([]);
  const [year, setYear] = useState<number | undefined>();
  const [scopes, setScopes] = useState<Organisation[]>([]);
  const [organisationId, setOrganisationId] = useState<string | undefined>();
  const [view, setView] = useState<YearStatus | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [filter, setFilter] = useState<YearStatusFilter>('all');
  const [search, setSearch] = useState('');
  const [isReminding, setIsReminding] = useState(false);

  useEffect(() => {
    Promise.all([
      callApi({ method: 'GET', url: '/api/fiscal-years', response: fiscalYearListSchema }),
      callApi({ method: 'GET', url: '/api/organisations', response: organisationListSchema }),
    ])
      .then(([fiscalYears, organisations]) => {
        const listed = fiscalYears.items.map((item) => item.year).sort((a, b) => b - a);
        setYears(listed);
        setYear(pickDefaultYear(listed, new Date()));
        // The scopes to choose from: the viewer's own organisation and the 主管部门 under it.
        setScopes(organisations.items.filter((organisation) => organisation.kind !== 'unit'));
      })
      .catch((caught: unknown) => setError(describeError(caught)));
  }, []);

  const load = useCallback(() => {
    if (year === undefined) return;
    getYearStatus({ year, organisationId })
      .then((loaded) => {
        setView(loaded);
        setError(null);
      })
      .catch((caught: unknown) => setError(describeError(caught)));
  }, [year, organisationId]);
  useEffect(load, [load]);

  const now = new Date();
  const units = useMemo(() => (view ? filterYearUnits(view.units, { filter, search }) : []), [view, filter, search]);
  const counts = useMemo(() => countByFilter(view?.units ?? []), [view]);
  const remindable = view ? listRemindableUnits(view.units, now) : [];

  const remindOne = async (unit: YearUnitStatus) => {
    if (!view) return;
    try {
      const reminder = await remindUnit({ organisationId: unit.organisationId, year: view.year });
      void message.success(`已向${reminder.organisationName}催报：${reminder.message}`);
      load();
    } catch (caught) {
      void message.error(describeError(caught));
    }
  };

  const remindAll = () => {
    if (!view) return;
    modal.confirm({
      title: `向 ${remindable.length} 个单位催报`,
      content: `${remindable.map((unit) => unit.organisationName).join('、')}尚有${view.year}年度的文档未提交，将各收到一条催报消息（今天已催报过的单位不再催报）。`,
      okText: `催报 ${remindable.length} 个单位`,
      cancelText: '取消',
      onOk: async () => {
        setIsReminding(true);
        try {
          const result = await remindOutstandingUnits({ year: view.year, organisationId });
          void message.success(
            `已向 ${result.reminded.length} 个单位催报${result.skipped.length > 0 ? `，${result.skipped.length} 个单位今天已催报过` : ''}。`,
          );
          load();
        } catch (caught) {
          void message.error(describeError(caught));
        } finally {
          setIsReminding(false);
        }
      },
    });
  };

  if (error) return <Alert type="error" showIcon message="无法加载年度报送情况" description={error} />;
  return (
    <Space direction="vertical" size="large" style={{ width: '100%' }}>
      <Space style={{ width: '100%', justifyContent: 'space-between' }} wrap>
        <Typography.Title level={1} style={{ margin: 0 }}>
          年度报送情况
        </Typography.Title>
        <Space wrap>
          <Select
            aria-label="年度"
            style={{ width: 130 }}
            value={year}
            onChange={setYear}
            options={years.map((value) => ({ value, label: `${value}年度` }))}
            placeholder="选择年度"
          />
          {scopes.length > 1 && (
            <Select
              aria-label="范围"
              style={{ width: 200 }}
              value={organisationId ?? user.organisationId}
              onChange={(value: string) => setOrganisationId(value === user.organisationId ? undefined : value)}
              options={scopes.map((organisation) => ({ value: organisation.id, label: organisation.name }))}
            />
          )}
        </Space>
      </Space>
      {!view ? (
        <Spin style={{ display: 'block', margin: '80px auto' }} tip="正在加载…">
          <div />
        </Spin>
      ) : (
        <Card
          title={`${view.scope.organisationName} · ${view.year}年度`}
          extra={
            <Button
              type="primary"
              danger
              disabled={remindable.length === 0}
              loading={isReminding}
              onClick={remindAll}
            >
              催报全部未提交单位（{remindable.length}）
            </Button>
          }
        >
          <Space direction="vertical" size="middle" style={{ width: '100%' }}>
            <Space wrap>
              <Radio.Group
                aria-label="筛选"
                optionType="button"
                value={filter}
                onChange={(event) => setFilter(event.target.value as YearStatusFilter)}
                options={yearStatusFilters.map((value) => ({
                  value,
                  label: `${yearStatusFilterNames[value]} ${counts[value]}`,
                }))}
              />
              <Input.Search
                allowClear
                aria-label="查找单位"
                placeholder="单位或主管部门"
                style={{ width: 200 }}
                onChange={(event) => setSearch(event.target.value)}
              />
            </Space>
            <YearStatusTable view={view} units={units} now={now} onRemind={remindOne} />
          </Space>
        </Card>
      )}
    </Space>
  );
}
