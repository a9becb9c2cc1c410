/** 评价结果通报 and 结果应用 (issue 11): the notice built from the data, grade → next year's budget suggestion. */
export { buildResultsNotice, computeExecutionRate, describeResultsNotice, type ResultsNotice, type ResultsNoticeEntry } from './results-notice.ts';
export {
  applicationPolicySchema,
  budgetSuggestionNames,
  budgetSuggestionSchema,
  budgetSuggestions,
  defaultApplicationPolicy,
  describeSuggestion,
  suggestBudget,
  type ApplicationPolicy,
  type ApplicationRule,
  type BudgetSuggestion,
} from './application-policy.ts';
export { mergeApplications, type ApplicationRecord, type DecidedApplication } from './applications.ts';
