/** The national default: 财预〔2020〕10号 as core/scoring/policy.ts implements it (docs/rule-packs/national.md). */
import { requireInDepartment } from '../../indicator-library/common-indicators.ts';
import type { RulePack } from '../schema.ts';

export const nationalPack: RulePack = {
  name: 'national',
  version: '1',
  title: '全国通用（财预〔2020〕10号）',
  source: '财政部《项目支出绩效评价管理办法》（财预〔2020〕10号）',
  region: '全国',
  changes: ['默认规则：执行率10分，产出50分、效益30分、满意度10分；优≥90、良≥80、中≥60'],
  scoring: {},
  lightPolicy: 'default',
  readerProfile: 'national',
  requiredCommonIndicators: requireInDepartment('预算执行率', '结转结余率', '三公经费控制率', '政府采购执行率'),
};
