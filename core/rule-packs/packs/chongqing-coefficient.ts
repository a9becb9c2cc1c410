/**
 * 得分系数 × 指标权重 with 是否核心指标 (Chongqing-style tables): the unit's stated coefficient times
 * the weight; rows without a coefficient fall back to the rules (docs/rule-packs/chongqing-coefficient.md).
 */
import { requireInDepartment } from '../../indicator-library/common-indicators.ts';
import type { RulePack } from '../schema.ts';

export const chongqingCoefficientPack: RulePack = {
  name: 'chongqing-coefficient',
  version: '1',
  title: '得分系数×指标权重（重庆版式）',
  source: '重庆市项目支出绩效自评表版式：年初指标值、调整指标值、全年完成值、得分系数、指标权重、是否核心指标',
  region: '重庆',
  changes: [
    '指标得分=得分系数×指标权重（得分系数大于1时按百分数读，最高得满分）；未填得分系数的指标按通用规则计分',
    '一级指标不设固定分值，只核对执行率与指标权重合计100分',
  ],
  scoring: {
    name: '得分系数×指标权重',
    indicatorScoring: 'coefficient',
    levelWeights: { output: null, outcome: null, satisfaction: null, cost: null },
  },
  lightPolicy: 'default',
  readerProfile: 'chongqing',
  requiredCommonIndicators: requireInDepartment('预算执行率', '结转结余率', '三公经费控制率', '政府采购执行率'),
};
