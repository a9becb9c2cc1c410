/**
 * 监控轮次 (issue 11): finance opens a round, everyone involved lists and reads it (scoped), finance
 * records conclusions and reminds late units, units read their reminders. Schemas: contract/monitoring-rounds.ts.
 */
import {
  conclusionParamsSchema,
  conclusionRequestSchema,
  openRoundRequestSchema,
  openingPreviewQuerySchema,
  openingPreviewSchema,
  openRoundResponseSchema,
  reminderListSchema,
  reminderRequestSchema,
  reminderSchema,
  roundDetailSchema,
  roundEntriesQuerySchema,
  roundIdParamsSchema,
  roundListQuerySchema,
  roundListSchema,
  roundOverviewSchema,
} from '../../contract/monitoring-rounds.ts';
import { roundRollupQuerySchema, roundRollupSchema } from '../../contract/monitoring-rollup.ts';
import type { ServiceDeps } from '../services/deps.ts';
import { getMonitoringRound } from '../services/monitoring/get-monitoring-round.ts';
import { getRoundOverview } from '../services/monitoring/get-round-overview.ts';
import { getRoundRollup } from '../services/monitoring/get-round-rollup.ts';
import { listMonitoringRounds } from '../services/monitoring/list-monitoring-rounds.ts';
import { listOwnReminders } from '../services/monitoring/list-own-reminders.ts';
import { openMonitoringRound } from '../services/monitoring/open-monitoring-round.ts';
import { previewMonitoringRound } from '../services/monitoring/preview-monitoring-round.ts';
import { recordMonitoringConclusion } from '../services/monitoring/record-monitoring-conclusion.ts';
import { remindLateUnit } from '../services/monitoring/remind-late-unit.ts';
import type { ApiApp } from './api-app.ts';
import { authenticate, getActor, requireRole } from './auth.ts';
import { errorResponseSchema } from './errors.ts';

const errors = (...statuses: number[]) => Object.fromEntries(statuses.map((status) => [status, errorResponseSchema]));
const tags = ['监控'];

export function registerMonitoringRoundRoutes(app: ApiApp, deps: ServiceDeps): void {
  app.post(
    '/api/monitoring-rounds',
    {
      onRequest: requireRole('finance-reviewer'),
      schema: { tags, summary: '开启监控轮次，按已批复目标（后续轮次：上一轮监控表）为各单位生成监控表（财政部门）；返回轮次计数与第一页', body: openRoundRequestSchema, response: { 201: openRoundResponseSchema, ...errors(400, 401, 403, 409) } },
    },
    async (request, reply) => reply.code(201).send(await openMonitoringRound(deps, { actor: getActor(request), request: request.body })),
  );

  app.get(
    '/api/monitoring-rounds/opening-preview',
    {
      onRequest: requireRole('finance-reviewer'),
      schema: {
        tags,
        summary: '开启监控轮次前的预览：该年度将生成的监控表数、涉及单位数、没有已批复目标的单位数，以及有已批复目标的年度（财政部门）',
        querystring: openingPreviewQuerySchema,
        response: { 200: openingPreviewSchema, ...errors(400, 401, 403) },
      },
    },
    async (request) => previewMonitoringRound(deps, { actor: getActor(request), year: request.query.year }),
  );

  app.get(
    '/api/monitoring-rounds',
    { onRequest: authenticate, schema: { tags, summary: '监控轮次列表（本用户参与的）', querystring: roundListQuerySchema, response: { 200: roundListSchema, ...errors(400, 401) } } },
    async (request) => ({ items: await listMonitoringRounds(deps, { actor: getActor(request), year: request.query.year }) }),
  );

  app.get(
    '/api/monitoring-rounds/:id',
    {
      onRequest: authenticate,
      schema: {
        tags,
        summary: '监控轮次：全部可见条目的计数，及按状态/逾期/亮灯/结论/单位或项目名称/下级单位筛选后的一页监控表（状态、亮灯、逾期）',
        params: roundIdParamsSchema,
        querystring: roundEntriesQuerySchema,
        response: { 200: roundDetailSchema, ...errors(400, 401, 404) },
      },
    },
    async (request) => getMonitoringRound(deps, { actor: getActor(request), id: request.params.id, query: request.query }),
  );

  app.get(
    '/api/monitoring-rounds/:id/overview',
    {
      onRequest: requireRole('finance-reviewer', 'supervisor-reviewer', 'admin'),
      schema: { tags, summary: '监控总览：分单位亮灯、执行进度、逾期单位、监控结论', params: roundIdParamsSchema, response: { 200: roundOverviewSchema, ...errors(401, 403, 404) } },
    },
    async (request) => getRoundOverview(deps, { actor: getActor(request), id: request.params.id }),
  );

  app.get(
    '/api/monitoring-rounds/:id/rollup',
    {
      onRequest: requireRole('finance-reviewer', 'supervisor-reviewer', 'admin'),
      schema: {
        tags,
        summary: '分级监控总览：所查看单位的各下级单位合计亮灯、执行率、逾期单位数（逐级下钻）',
        params: roundIdParamsSchema,
        querystring: roundRollupQuerySchema,
        response: { 200: roundRollupSchema, ...errors(400, 401, 403, 404) },
      },
    },
    async (request) => getRoundRollup(deps, { actor: getActor(request), id: request.params.id, under: request.query.under }),
  );

  app.put(
    '/api/monitoring-rounds/:id/tables/:documentId/conclusion',
    {
      onRequest: authenticate,
      schema: { tags, summary: '财政部门对监控表作出结论（无问题/整改/预算调整/暂停拨款/暂缓实施）；返回轮次计数与第一页', params: conclusionParamsSchema, body: conclusionRequestSchema, response: { 200: roundDetailSchema, ...errors(400, 401, 403, 404, 409) } },
    },
    async (request) =>
      recordMonitoringConclusion(deps, { actor: getActor(request), roundId: request.params.id, documentId: request.params.documentId, ...request.body }),
  );

  app.post(
    '/api/monitoring-rounds/:id/reminders',
    {
      onRequest: authenticate,
      schema: { tags, summary: '催报逾期单位（消息显示在单位首页，并记入监控表历史）', params: roundIdParamsSchema, body: reminderRequestSchema, response: { 201: reminderSchema, ...errors(400, 401, 403, 404, 409, 429) } },
    },
    async (request, reply) => reply.code(201).send(await remindLateUnit(deps, { actor: getActor(request), roundId: request.params.id, ...request.body })),
  );

  app.get(
    '/api/monitoring-reminders',
    { onRequest: authenticate, schema: { tags, summary: '本单位收到的催报消息（新的在前）', response: { 200: reminderListSchema, ...errors(401) } } },
    async (request) => ({ items: await listOwnReminders(deps, { actor: getActor(request) }) }),
  );
}
