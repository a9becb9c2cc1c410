/**
 * 年度报送情况 (/year-status, issue 10): a 主管部门 sees, for the chosen fiscal year, each of its units
 * with the state of its 目标表, 自评表, 评价报告 and monitoring table, who is past a deadline, and
 * reminds one unit or all not yet submitted (after a confirmation naming how many). The finance
 * bureau sees the same for its whole tree or any 主管部门 under it.
 */
import { Alert, App, Button, Card, Input, Radio, Select, Space, Spin, Typography } from 'antd';
import { useCallback, useEffect, useState } from 'react';
import { fiscalYearListSchema } from '../../../contract/fiscal-years.ts';
import { organisationListSchema, type Organisation } from '../../../contract/organisations.ts';
import { defaultYearPageSize, yearStatusFilters, type YearStatus, type YearStatusFilter, type YearUnitStatus } from '../../../contract/year-status.ts';
import { useUser } from '../../app/session-context.tsx';
import { callApi, describeError } from '../../lib/api-client.ts';
import { remindUnit } from '../overview/overview-api.ts';
import { getYearStatus, remindOutstandingUnits } from './year-status-api.ts';
import { parseKindStatus, yearKindStatusOptions, yearStatusFilterNames } from './year-status-filter.ts';
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
  const [kindStatus, setKindStatus] = useState<string | undefined>();
  const [search, setSearch] = useState('');
  const [paging, setPaging] = useState({ page: 1, pageSize: defaultYearPageSize });
  const [reloads, setReloads] = useState(0);
  const [isLoading, setIsLoading] = useState(false);
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

  // The server filters, counts and pages (a province has 10,000 units); a stale answer is dropped.
  const load = useCallback(() => setReloads((count) => count + 1), []);
  useEffect(() => {
    if (year === undefined) return;
    let isCurrent = true;
    setIsLoading(true);
    getYearStatus({ year, organisationId, filter, ...parseKindStatus(kindStatus), search: search || undefined, ...paging })
      .then((loaded) => isCurrent && (setView(loaded), setError(null)))
      .catch((caught: unknown) => isCurrent && setError(describeError(caught)))
      .finally(() => isCurrent && setIsLoading(false));
    return () => {
      isCurrent = false;
    };
  }, [year, organisationId, filter, kindStatus, search, paging, reloads]);
  // A page emptied under the user (a unit reminded while filtering): go to the last one left.
  useEffect(() => {
    if (view && view.units.length === 0 && view.page.page > 1 && view.page.total > 0) {
      setPaging((current) => ({ ...current, page: Math.ceil(view.page.total / view.page.pageSize) }));
    }
  }, [view]);
  /** A new year, scope or filter starts again at the first page. */
  const firstPage = <T,>(set: (value: T) => void) => (value: T) => {
    set(value);
    setPaging((current) => ({ ...current, page: 1 }));
  };

  const now = new Date();
  const remindable = view?.counts.remindable ?? 0;

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
      title: `向 ${remindable} 个单位催报`,
      content: `${view.scope.organisationName}所辖 ${remindable} 个单位尚有${view.year}年度的文档未提交，将各收到一条催报消息（今天已催报过的单位不再催报）。`,
      okText: `催报 ${remindable} 个单位`,
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
            onChange={firstPage(setYear)}
            options={years.map((value) => ({ value, label: `${value}年度` }))}
            placeholder="选择年度"
          />
          {scopes.length > 1 && (
            <Select
              aria-label="范围"
              style={{ width: 200 }}
              value={organisationId ?? user.organisationId}
              onChange={firstPage((value: string) => setOrganisationId(value === user.organisationId ? undefined : value))}
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
              disabled={remindable === 0}
              loading={isReminding}
              onClick={remindAll}
            >
              催报全部未提交单位（{remindable}）
            </Button>
          }
        >
          <Space direction="vertical" size="middle" style={{ width: '100%' }}>
            <Space wrap>
              <Radio.Group
                aria-label="筛选"
                optionType="button"
                value={filter}
                onChange={(event) => firstPage(setFilter)(event.target.value as YearStatusFilter)}
                options={yearStatusFilters.map((value) => ({
                  value,
                  label: `${yearStatusFilterNames[value]} ${view.counts[value]}`,
                }))}
              />
              <Select
                aria-label="按文档状态筛选"
                allowClear
                placeholder="文档状态"
                style={{ width: 190 }}
                value={kindStatus}
                options={yearKindStatusOptions}
                onChange={firstPage((value: string | undefined) => setKindStatus(value ?? undefined))}
              />
              <Input.Search
                allowClear
                aria-label="查找单位"
                placeholder="单位或主管部门"
                style={{ width: 200 }}
                onSearch={firstPage((text: string) => setSearch(text.trim()))}
                onChange={(event) => event.target.value === '' && search !== '' && firstPage(setSearch)('')}
              />
            </Space>
            <YearStatusTable
              view={view}
              now={now}
              isLoading={isLoading}
              isFiltered={filter !== 'all' || kindStatus !== undefined || search !== ''}
              onPageChange={setPaging}
              onRemind={remindOne}
            />
          </Space>
        </Card>
      )}
    </Space>
  );
}
