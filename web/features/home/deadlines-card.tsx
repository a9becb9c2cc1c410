/**
 * 截止日期 on the home page: each open fiscal year's deadlines as finance set them (年度与截止日期)
 * with days left; for a unit, passed ones stay (red) until the document is in, and ones from before
 * the unit was set up are not listed.
 */
import { Card, Empty, List, Tag } from 'antd';
import { useEffect, useState } from 'react';
import { editableStates } from '../../../core/review/states.ts';
import { fiscalYearListSchema } from '../../../contract/fiscal-years.ts';
import { organisationListSchema } from '../../../contract/organisations.ts';
import { callApi, describeError } from '../../lib/api-client.ts';
import { listDocuments } from '../../lib/documents-api.ts';
import { formatDate } from '../../lib/format.ts';
import { listRounds } from '../monitoring/monitoring-api.ts';
import { describeDaysLeft, formatToday, listDeadlines, type Deadline, type DocumentIn, type RoundDue, type UnitStart } from './deadlines.ts';

/** Red once passed, orange within two weeks. */
function pickColor(daysLeft: number): string {
  if (daysLeft < 0) return 'red';
  if (daysLeft <= 14) return 'orange';
  return 'blue';
}

/**
 * The unit's documents that are in (submitted or further), read from the documents it can see
 * (the first hundred: a unit has a few a year), when the unit began, and the monitoring rounds
 * it has tables in.
 */
async function readUnit(organisationId: string | undefined): Promise<{ documentsIn: DocumentIn[]; unit?: UnitStart; rounds: RoundDue[] }> {
  const [page, organisations, roundList] = await Promise.all([
    listDocuments({ pageSize: 100 }),
    callApi({ method: 'GET', url: '/api/organisations', response: organisationListSchema }),
    listRounds(),
  ]);
  const rounds = roundList.items.map(({ year, deadline, periodName, tables, submitted }) => ({ year, deadline, periodName, tables, submitted }));
  const documentsIn = page.items
    .filter((document) => !editableStates.includes(document.state))
    .map((document) => ({ year: document.year, kind: document.kind }));
  const own = organisations.items.find((organisation) => organisation.id === organisationId);
  if (!own) return { documentsIn, rounds };
  const years = page.items.map((document) => document.year);
  const firstDocumentYear = years.length > 0 ? Math.min(...years) : null;
  return { documentsIn, rounds, unit: { createdAt: own.createdAt, firstDocumentYear } };
}

export function DeadlinesCard(props: { today?: string; isUnit?: boolean; organisationId?: string }) {
  const [deadlines, setDeadlines] = useState<Deadline[] | null>(null);
  const [error, setError] = useState<string | null>(null);
  const today = props.today ?? formatToday();
  const isUnit = props.isUnit ?? false;
  useEffect(() => {
    Promise.all([
      callApi({ method: 'GET', url: '/api/fiscal-years', response: fiscalYearListSchema }),
      isUnit ? readUnit(props.organisationId) : Promise.resolve(undefined),
    ])
      .then(([list, unit]) =>
        setDeadlines(
          listDeadlines({
            today,
            openYears: list.items.filter((item) => item.isOpen),
            ...(unit ? { documentsIn: unit.documentsIn } : {}),
            ...(unit?.unit ? { unit: unit.unit } : {}),
            ...(unit ? { rounds: unit.rounds } : {}),
          }),
        ),
      )
      .catch((caught: unknown) => setError(describeError(caught)));
  }, [today, isUnit, props.organisationId]);
  return (
    <Card title="截止日期" size="small" style={{ marginBottom: 16 }} loading={!deadlines && !error}>
      {error ? (
        <Empty description={`截止日期暂不可用：${error}`} />
      ) : deadlines && deadlines.length > 0 ? (
        <List
          size="small"
          dataSource={deadlines}
          renderItem={(deadline) => (
            <List.Item>
              <span style={deadline.daysLeft < 0 && !deadline.isIn ? { color: '#cf1322' } : undefined}>
                {deadline.year}年 {deadline.kindName}
              </span>
              <span>
                截止日期 {formatDate(deadline.dueDate)}{' '}
                {deadline.isIn ? (
                  <Tag color="green">已提交</Tag>
                ) : (
                  <Tag color={pickColor(deadline.daysLeft)}>{describeDaysLeft(deadline.daysLeft)}</Tag>
                )}
              </span>
            </List.Item>
          )}
        />
      ) : (
        <Empty description="近期没有截止日期" />
      )}
    </Card>
  );
}
