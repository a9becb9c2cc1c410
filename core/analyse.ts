/**
 * Analysis of a read document: score it by the policy (monitoring tables: light it), then check it. Reader findings
 * (unparsed-line, shifted-row …) are kept; earlier findings of the checks are replaced, so
 * analysing twice gives the same result.
 */
import type { Finding, PerformanceDocument } from './model.ts';
import { defaultScoringPolicy, type ScoringPolicy } from './scoring/index.ts';
import { appendCheckFindings, checkCodes, checkDocument, FindingStore } from './checks/index.ts';
import { defaultLightPolicy, type MonitoringLightPolicy } from './monitoring/light-policy.ts';
import { lightDocument } from './monitoring/light-document.ts';
import { scoreAndCheckIndicators } from './analyse-indicators.ts';
import { defineLazyProperty, lazyGetterOf } from './lazy-property.ts';

export { checkCodes };

/**
 * A new document, scored, with the reader's findings followed by the checks' findings. Its
 * `findings` and each goal's `indicators` are made when first read (core/lazy-property.ts): they
 * read, serialise and clone as plain arrays, and a caller that reads only part of a large
 * document does not pay for the rest (countFindingsBySeverity reads none).
 */
export function analyseDocument(
  document: PerformanceDocument,
  policy: ScoringPolicy = defaultScoringPolicy,
  lightPolicy: MonitoringLightPolicy = defaultLightPolicy,
): PerformanceDocument {
  // Monitoring tables are lit (core/monitoring), not scored: nothing in them is final yet.
  if (document.kind === 'monitoring') {
    const lit = lightDocument(document, lightPolicy);
    return { ...lit, findings: keptReaderFindings(document).concat(checkDocument(lit, policy)) };
  }
  // Each indicator is evaluated once, for the score and the checks alike.
  const { scored, checks } = scoreAndCheckIndicators(document, policy);
  const store = new FindingStore(document.goals);
  store.append(keptReaderFindings(document));
  // The checks read the indicators as given (none reads a suggested score), so the scored copies
  // are not made for them; the findings' rows point into these goals.
  appendCheckFindings({ store, document: { ...scored, goals: document.goals }, policy, indicatorChecks: checks });
  const analysed = { ...scored };
  findingStores.set(
    defineLazyProperty(analysed, 'findings', () => store.toArray()),
    store,
  );
  return analysed;
}

function keptReaderFindings(document: PerformanceDocument): Finding[] {
  const ownCodes = new Set<string>(checkCodes);
  return document.findings.filter((finding) => !ownCodes.has(finding.code));
}

/** The stores behind analyseDocument's lazy `findings`, by the property's getter (copies share it). */
const findingStores = new WeakMap<object, FindingStore>();

/**
 * How many findings of each severity `document` has; for analyseDocument's result (or a copy by
 * copyKeepingLazyProperties) whose findings were not read yet, counted without making them.
 */
export function countFindingsBySeverity(document: PerformanceDocument): Record<Finding['severity'], number> {
  const getter = lazyGetterOf(document, 'findings');
  const store = getter && findingStores.get(getter);
  if (store) return store.countBySeverity();
  const counts = { error: 0, warning: 0, info: 0 };
  for (const finding of document.findings) counts[finding.severity]++;
  return counts;
}
