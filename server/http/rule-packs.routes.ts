/** Rule packs (issue 12): the list with each year's choice; finance changes a year's pack or a region's. */
import {
  changeYearRulePackBodySchema,
  regionParamsSchema,
  regionRulePackChangeSchema,
  rulePackListSchema,
  setRegionRulePackBodySchema,
  yearParamsSchema,
  yearRulePackChangeSchema,
} from '../../contract/rule-packs.ts';
import type { ServiceDeps } from '../services/deps.ts';
import { changeYearRulePack } from '../services/rule-packs/change-year-rule-pack.ts';
import { listRulePacks } from '../services/rule-packs/list-rule-packs.ts';
import { setRegionRulePack } from '../services/rule-packs/set-region-rule-pack.ts';
import type { ApiApp } from './api-app.ts';
import { authenticate, getActor } from './auth.ts';
import { errorResponseSchema } from './errors.ts';

const tags = ['规则包'];

export function registerRulePackRoutes(app: ApiApp, deps: ServiceDeps): void {
  app.get(
    '/api/rule-packs',
    {
      onRequest: authenticate,
      schema: { tags, summary: '规则包列表与各年度所用规则包', response: { 200: rulePackListSchema, 401: errorResponseSchema } },
    },
    async () => listRulePacks(deps),
  );

  app.put(
    '/api/fiscal-years/:year/rule-pack',
    {
      onRequest: authenticate,
      schema: {
        tags,
        summary: '更换年度规则包并重新评分草稿（财政部门；dryRun 只预览）',
        params: yearParamsSchema,
        body: changeYearRulePackBodySchema,
        response: {
          200: yearRulePackChangeSchema,
          400: errorResponseSchema,
          401: errorResponseSchema,
          403: errorResponseSchema,
          409: errorResponseSchema,
        },
      },
    },
    async (request) =>
      changeYearRulePack(deps, {
        actor: getActor(request),
        year: request.params.year,
        pack: request.body.pack,
        dryRun: request.body.dryRun ?? false,
      }),
  );

  app.put(
    '/api/rule-packs/regions/:organisationId/:year',
    {
      onRequest: authenticate,
      schema: {
        tags,
        summary: '设置财政部门辖区某年度的规则包并重新评分辖区草稿（覆盖年度规则包；pack 为 null 时恢复；dryRun 只预览）',
        params: regionParamsSchema,
        body: setRegionRulePackBodySchema,
        response: {
          200: regionRulePackChangeSchema,
          400: errorResponseSchema,
          401: errorResponseSchema,
          403: errorResponseSchema,
          409: errorResponseSchema,
        },
      },
    },
    async (request) =>
      setRegionRulePack(deps, {
        actor: getActor(request),
        organisationId: request.params.organisationId,
        year: request.params.year,
        pack: request.body.pack,
        dryRun: request.body.dryRun ?? false,
      }),
  );
}
