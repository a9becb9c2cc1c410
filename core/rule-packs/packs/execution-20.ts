/**
 * 预算执行 20 分 scored 20 × 执行率, 产出 40 and 效益 40 (满意度 counted within 效益), total capped
 * by execution rate (docs/rule-packs/execution-20.md).
 */
import { projectSatisfactionRequirement, requireInDepartment } from '../../indicator-library/common-indicators.ts';
import type { RulePack } from '../schema.ts';

export const execution20Pack: RulePack = {
  name: 'execution-20',
  version: '1',
  title: '预算执行20分、产出与效益各40分',
  source: '地方项目支出绩效自评表版式：预算执行20分（20×执行率），产出、效益两类目标各40分',
  region: '地方（20/40/40 版式）',
  changes: [
    '预算执行20分，按“20×执行率”计分，最高20分',
    '产出指标40分，效益指标40分（满意度指标计入效益指标）',
    '执行率低于80%/70%/60%/50%时总分分别不超过89/79/69/59分',
    '项目绩效目标表须有服务对象满意度指标（任一满意度指标即可）',
  ],
  scoring: {
    name: '预算执行20分、产出与效益各40分',
    executionWeight: '20',
    executionCap: '20',
    levelWeights: { output: '40', outcome: '40', satisfaction: null },
    levelsCountedWithin: { satisfaction: 'outcome' },
    totalCaps: [
      { below: '80', max: '89' },
      { below: '70', max: '79' },
      { below: '60', max: '69' },
      { below: '50', max: '59' },
    ],
  },
  lightPolicy: 'default',
  readerProfile: null,
  requiredCommonIndicators: [...requireInDepartment('预算执行率', '结转结余率', '三公经费控制率', '政府采购执行率'), projectSatisfactionRequirement],
};
