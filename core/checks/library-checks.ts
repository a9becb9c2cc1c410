/** The checks that need the indicator library's context (history, peers, 共性指标, level vocabulary); run by the server. */
import type { Finding, PerformanceDocument } from '../model.ts';
import type { LibraryContext } from './library-context.ts';
import { checkMissingCommonIndicators } from './missing-common-indicator.ts';
import { checkTargetsBelowHistory } from './target-below-history.ts';
import { checkTargetsBelowPeers } from './target-below-peers.ts';
import { checkUnknownLevels } from './unknown-level.ts';

export const libraryCheckCodes = ['target-below-history', 'target-below-peers', 'missing-common-indicator', 'unknown-level'] as const;

/** Every library finding on a document, in a stable order. */
export function checkAgainstLibrary(document: PerformanceDocument, context: LibraryContext): Finding[] {
  return [
    ...checkUnknownLevels(document, context.levels),
    ...checkMissingCommonIndicators(document, context),
    ...checkTargetsBelowHistory(document, context),
    ...checkTargetsBelowPeers(document, context),
  ];
}
