/**
 * The HTTP API's one contract: zod schemas of every route's input and output, one file per
 * resource, imported by the server's routes and the web client alike (docs/api-contract.md).
 * A new resource adds its file and one line here.
 */
export * from './errors.ts';
export * from './health.ts';
export * from './session.ts';
export * from './users.ts';
export * from './organisations.ts';
export * from './fiscal-years.ts';
export * from './documents.ts';
export * from './document-edits.ts';
export * from './document-workflow.ts';
export * from './document-history.ts';
export * from './reports.ts';
export * from './project-target-tables.ts';
export * from './notifications.ts';
export * from './results.ts';
export * from './deployment.ts';
export * from './unit-reminders.ts';
export * from './report-overview.ts';
export * from './monitoring-rollup.ts';
export * from './year-status.ts';
