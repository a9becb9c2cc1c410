/**
 * What finance decides on a reviewed monitoring table (issue 11; 财预〔2019〕136号: serious
 * deviations may lead to rectification, a budget adjustment or a pause of funds).
 */
import { z } from 'zod';

export const monitoringConclusions = ['no-problem', 'rectification', 'budget-adjustment', 'pause-funding', 'defer-implementation'] as const;
export const monitoringConclusionSchema = z.enum(monitoringConclusions);
export type MonitoringConclusion = z.infer<typeof monitoringConclusionSchema>;

export const monitoringConclusionNames: Record<MonitoringConclusion, string> = {
  'no-problem': '无问题',
  rectification: '整改',
  'budget-adjustment': '预算调整',
  'pause-funding': '暂停拨款',
  'defer-implementation': '暂缓实施',
};

/** Review states in which finance records a conclusion: after the 主管部门 step, before or after 财政复核. */
export const concludableStates = ['supervisor-reviewed', 'finance-reviewed'] as const;
