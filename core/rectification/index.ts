/** 整改 (rectification): item states, the money decided, the ledger. */
export * from './states.ts';
export { summariseLedger, type LedgerNotice, type RectificationLedger } from './ledger.ts';
export { decideRectificationTarget, explainWhyNotRectifiable } from './issuable.ts';
