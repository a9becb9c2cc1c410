/**
 * Chongqing-style tables (部门整体绩效自评表 and 项目绩效自评表): 全年(调整)预算数, 执行率权重 and
 * 执行率得分 in the funds block; indicators with 年初指标值, 调整指标值, 全年完成值, 得分系数(%),
 * 指标权重 and 是否核心指标; 指标性质 written as 定量/定性 and direction words 正向/反向.
 */
import type { RegionProfile } from './types.ts';

export const chongqingProfile: RegionProfile = {
  id: 'chongqing',
  name: '重庆',
  evidence: [/得分系数/, /是否核心指标/, /执行率权重/, /调整指标值/],
  headerLabels: { ignored: ['财政处室', '自评总分', '部门联系人'] },
  budgetColumnLabels: {
    adjusted: ['全年(调整)预算数', '全年调整预算数'],
    weight: ['执行率权重'],
    score: ['执行率得分'],
  },
  budgetRowLabels: {},
  indicatorColumns: {
    target: ['年初指标值'],
    revisedTarget: ['调整指标值'],
    actual: ['全年完成值'],
    scoreCoefficient: ['得分系数'],
    weight: ['指标权重'],
    score: ['指标得分'],
    core: ['是否核心指标'],
  },
  operatorWords: { 正向: '>=', 反向: '<=', 定量: '=', 定性: '=' },
  executionRateBase: 'adjusted',
  weights: { executionRate: 10, indicators: 90 },
};
