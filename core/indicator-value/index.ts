/** Indicator values (指标值/完成值): parse, format, direction, and the questions checks ask. */
export { parseIndicatorValue, type ValueContext } from './parse-indicator-value.ts';
export { formatIndicatorValue } from './format-indicator-value.ts';
export { inferDirection, type DirectionInput } from './infer-direction.ts';
export { areUnitsComparable, isPlaceholderValue, isRate, isVagueValue } from './value-predicates.ts';
