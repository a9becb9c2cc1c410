/** 绩效总览 by level: GET /api/reports/overview (server/services/reports/get-report-overview.ts). */
import { reportOverviewQuerySchema, reportOverviewSchema } from '../../contract/report-overview.ts';
import type { ServiceDeps } from '../services/deps.ts';
import { getReportOverview } from '../services/reports/get-report-overview.ts';
import type { ApiApp } from './api-app.ts';
import { getActor, requireRole } from './auth.ts';
import { errorResponseSchema } from './errors.ts';

const errors = (...statuses: number[]) =>
  Object.fromEntries(statuses.map((status) => [status, errorResponseSchema]));

export function registerReportOverviewRoutes(app: ApiApp, deps: ServiceDeps): void {
  app.get(
    '/api/reports/overview',
    {
      onRequest: requireRole('finance-reviewer', 'admin'),
      schema: {
        tags: ['导出'],
        summary: '绩效总览（按层级）：下级机构各一行的单位数、滞后单位数、平均执行率与得分，本层级的状态、分布与等级，及直属单位各一行',
        querystring: reportOverviewQuerySchema,
        response: { 200: reportOverviewSchema, ...errors(400, 401, 403, 404) },
      },
    },
    async (request) => getReportOverview(deps, { actor: getActor(request), ...request.query }),
  );
}
