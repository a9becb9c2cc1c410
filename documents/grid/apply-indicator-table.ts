/**
 * Puts what the indicator-table reader read into a document of any kind: goals, the 总分 row's
 * 分值/得分, and the reader's findings in place of any earlier indicator findings. The kind decides
 * which fields an indicator keeps: target and approval tables hold no actual values or scores.
 */
import type { DocumentKind, Indicator, PerformanceDocument } from '../../core/model.ts';
import type { IndicatorTableRead } from './read-indicator-table.ts';
import { withoutCode } from '../text/name-code.ts';

/** Finding codes the indicator part of a reader gives (docs/findings.md). */
const indicatorFindingCodes: ReadonlySet<string> = new Set(['unparsed-line', 'shifted-row', 'heading-weight-mismatch']);

const resultKinds: ReadonlySet<DocumentKind> = new Set(['self-evaluation']);

function shapeFor(kind: DocumentKind, indicator: Indicator): Indicator {
  if (resultKinds.has(kind)) return indicator;
  const { level1, level2, name, target, weight, isCore, line } = indicator;
  // Whether an indicator is core is a target's own fact (the ★ of the templates), kept as the weight is.
  return {
    level1,
    level2,
    name,
    target,
    ...(weight === undefined ? {} : { weight }),
    ...(isCore === undefined ? {} : { isCore }),
    ...(line === undefined ? {} : { line }),
  };
}

export function applyIndicatorTable(document: PerformanceDocument, table: IndicatorTableRead): void {
  document.goals = table.goals.map((goal) => ({
    name: goal.name,
    indicators: goal.indicators.map((indicator) => shapeFor(document.kind, indicator)),
  }));
  if (table.totals && resultKinds.has(document.kind)) {
    document.totals = { ...document.totals, weight: table.totals.weight, score: table.totals.score };
  }
  if (table.executionRow && resultKinds.has(document.kind)) {
    document.budget.weight ??= table.executionRow.weight;
    document.budget.score ??= table.executionRow.score;
  }
  // A table listing projects down its side names the project and its amount in its first columns.
  if (table.leading?.project && !document.project) document.project = withoutCode(table.leading.project);
  if (table.leading?.unit && !document.unit) document.unit = withoutCode(table.leading.unit) ?? '';
  if (table.leading?.amount && (document.budget.total === undefined || document.budget.total === null)) document.budget.total = table.leading.amount;
  const kept = document.findings.filter((finding) => !(indicatorFindingCodes.has(finding.code) && finding.path.startsWith('goals')));
  // The text reader says already when the file holds several tables: said once.
  const hasSeveral = kept.some((finding) => finding.code === 'several-documents');
  document.findings = [...kept, ...table.findings.filter((finding) => !(hasSeveral && finding.code === 'several-documents'))];
}
