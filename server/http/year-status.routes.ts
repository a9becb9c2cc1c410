/**
 * The year view of a 主管部门 or the finance bureau (issue 10): GET /api/reports/year-status and
 * 催报 of all units still outstanding, POST /api/reports/reminders/outstanding (services/reports).
 */
import {
  outstandingReminderRequestSchema,
  outstandingReminderResultSchema,
  yearStatusQuerySchema,
  yearStatusSchema,
} from '../../contract/year-status.ts';
import type { ServiceDeps } from '../services/deps.ts';
import { getYearStatus } from '../services/reports/get-year-status.ts';
import { remindOutstandingUnits } from '../services/reports/remind-outstanding-units.ts';
import type { ApiApp } from './api-app.ts';
import { getActor, requireRole } from './auth.ts';
import { errorResponseSchema } from './errors.ts';

const errors = (...statuses: number[]) =>
  Object.fromEntries(statuses.map((status) => [status, errorResponseSchema]));

/** Reviewers over units (主管部门, finance) and the administrator see the year view. */
const yearViewRoles = ['supervisor-reviewer', 'finance-reviewer', 'admin'] as const;

export function registerYearStatusRoutes(app: ApiApp, deps: ServiceDeps): void {
  app.get(
    '/api/reports/year-status',
    {
      onRequest: requireRole(...yearViewRoles),
      schema: {
        tags: ['导出'],
        summary: '年度报送情况：所辖各单位本年度绩效目标表、自评表、评价报告与监控表的状态，逾期与催报',
        querystring: yearStatusQuerySchema,
        response: { 200: yearStatusSchema, ...errors(400, 401, 403, 404) },
      },
    },
    async (request) => getYearStatus(deps, { actor: getActor(request), query: request.query }),
  );

  app.post(
    '/api/reports/reminders/outstanding',
    {
      onRequest: requireRole(...yearViewRoles),
      schema: {
        tags: ['导出'],
        summary: '一键催报：向所辖本年度尚有文档未提交的全部单位催报（今天已催报过的单位跳过）',
        body: outstandingReminderRequestSchema,
        response: { 201: outstandingReminderResultSchema, ...errors(400, 401, 403, 404) },
      },
    },
    async (request, reply) =>
      reply.code(201).send(await remindOutstandingUnits(deps, { actor: getActor(request), ...request.body })),
  );
}
