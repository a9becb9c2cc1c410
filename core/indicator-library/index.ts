/** The indicator library (指标库): entries, name clustering, statistics, sectors and the shipped 共性指标. */
export * from './entry.ts';
export { normaliseIndicatorName, measureNameSimilarity } from './normalise-name.ts';
export { isSameIndicatorName, clusterIndicatorNames, type NameCluster } from './cluster-names.ts';
export * from './statistics.ts';
export { inferSector, sectors, type Sector } from './sectors.ts';
export {
  commonIndicators,
  commonIndicatorRequirementSchema,
  defaultRequiredCommonIndicators,
  projectSatisfactionRequirement,
  requireInDepartment,
  type CommonIndicatorRequirement,
} from './common-indicators.ts';
export { listRecordedIndicators, type RecordedIndicator } from './document-indicators.ts';
