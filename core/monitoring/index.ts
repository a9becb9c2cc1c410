/** 绩效运行监控: light policies (data), time progress, lights of budget, indicators and tables. */
export * from './schema.ts';
export * from './vocabulary.ts';
export * from './light-policy.ts';
export { computeTimeProgress, completedMonths, type Fraction } from './time-progress.ts';
export { lightBudget, pickBudgetBase } from './budget-light.ts';
export { lightIndicator } from './indicator-light.ts';
export { computeLights, lightDocument, type MonitoringLights } from './light-document.ts';
export { requiresReason, isReasonMissing } from './reason-required.ts';
export { describeWindow } from './describe-window.ts';
export { buildMonitoringFromTargets } from './from-targets.ts';
export { carryMonitoringForward, isLaterWindow } from './carry-forward.ts';
export { countDaysOverdue } from './overdue.ts';
export * from './conclusion.ts';
export { summariseMonitoring, type MonitoringSummary } from './summarise.ts';
export { describeUnfilledMonitoring, findUnfilledMonitoring, type UnfilledMonitoring } from './unfilled.ts';
