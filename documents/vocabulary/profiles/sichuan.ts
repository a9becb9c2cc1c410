/**
 * Sichuan-style tables (部门预算项目支出绩效自评表, form numbers 510000_…): 执行率 against
 * 调整后预算数, 10 + 90 points, per-indicator 权重, funds split into 财政资金 / 财政专户管理资金 /
 * 单位资金 / 其他资金, 指标性质 written as an operator sign and 度量单位 in its own column.
 */
import type { RegionProfile } from './types.ts';

export const sichuanProfile: RegionProfile = {
  id: 'sichuan',
  name: '四川',
  evidence: [/报表编号[:：]?\s*51\d{4}/, /部门预算项目支出绩效自评表/, /财政专户管理资金/],
  headerLabels: { implementer: ['实施单位(盖章)'] },
  budgetColumnLabels: {
    initial: ['年初预算'],
    adjusted: ['调整后预算数', '调整后预算'],
    executed: ['预算执行数'],
    executionRate: ['预算执行率'],
    weight: ['权重'],
  },
  budgetRowLabels: {
    total: ['总额', '部门预算总额'],
    currentYear: ['财政资金'],
    specialAccount: ['财政专户管理资金'],
    other: ['单位资金'],
  },
  indicatorColumns: {
    direction: ['指标性质'],
    unit: ['度量单位'],
    actual: ['完成值'],
    deviation: ['未完成原因分析'],
  },
  operatorWords: { '≥': '>=', '≤': '<=', '=': '=', '>': '>', '<': '<', 定性: '=' },
  executionRateBase: 'adjusted',
  weights: { executionRate: 10, indicators: 90 },
};
