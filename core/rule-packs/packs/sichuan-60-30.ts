/**
 * 执行率 10 分 against 调整后预算数, 指标 90 分 split 产出 60 / 效益 30; 满意度 sits inside 效益's 30
 * (docs/rule-packs/sichuan-60-30.md explains the choice). 偏离度 ≥ 130% needs a written explanation.
 */
import { projectSatisfactionRequirement, requireInDepartment } from '../../indicator-library/common-indicators.ts';
import type { RulePack } from '../schema.ts';

export const sichuan6030Pack: RulePack = {
  name: 'sichuan-60-30',
  version: '1',
  title: '执行率10分、产出60分、效益30分（四川版式）',
  source: '四川省项目支出绩效自评表版式：执行率对调整后预算数计10分，绩效指标90分',
  region: '四川',
  changes: [
    '绩效指标90分：产出指标60分，效益指标30分（满意度指标计入效益指标）',
    '实际完成值达到指标值130%及以上时须说明偏离原因',
    '项目绩效目标表须有服务对象满意度指标（任一满意度指标即可）',
  ],
  scoring: {
    name: '执行率10分、产出60分、效益30分',
    levelWeights: { output: '60', outcome: '30', satisfaction: null },
    levelsCountedWithin: { satisfaction: 'outcome' },
    executionRateDenominator: 'adjusted',
    deviationDegree: { mode: 'explain', threshold: '1.3' },
  },
  lightPolicy: 'default',
  readerProfile: 'sichuan',
  requiredCommonIndicators: [...requireInDepartment('预算执行率', '结转结余率', '三公经费控制率', '政府采购执行率'), projectSatisfactionRequirement],
};
