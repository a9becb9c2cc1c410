/** 催报 from the finance overview: POST /api/reports/reminders (server/services/reports/remind-unit.ts). */
import { unitReminderRequestSchema, unitReminderSchema } from '../../contract/unit-reminders.ts';
import type { ServiceDeps } from '../services/deps.ts';
import { remindUnit } from '../services/reports/remind-unit.ts';
import type { ApiApp } from './api-app.ts';
import { authenticate, getActor } from './auth.ts';
import { errorResponseSchema } from './errors.ts';

const errors = (...statuses: number[]) =>
  Object.fromEntries(statuses.map((status) => [status, errorResponseSchema]));

export function registerUnitReminderRoutes(app: ApiApp, deps: ServiceDeps): void {
  app.post(
    '/api/reports/reminders',
    {
      onRequest: authenticate,
      schema: {
        tags: ['导出'],
        summary: '催报：提醒单位提交本年度尚未提交的绩效目标表、绩效自评表（消息通知单位，并记入草稿的历史）',
        body: unitReminderRequestSchema,
        response: { 201: unitReminderSchema, ...errors(400, 401, 403, 404, 409, 429) },
      },
    },
    async (request, reply) =>
      reply.code(201).send(await remindUnit(deps, { actor: getActor(request), ...request.body })),
  );
}
