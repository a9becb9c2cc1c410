import { describe, expect, it } from 'vitest';
import { analyseDocument, checkCodes } from './analyse.ts';
import { buildSample001 } from './scoring/testing.ts';
import type { Finding } from './model.ts';

const readerFinding: Finding = {
  severity: 'warning',
  code: 'unparsed-line',
  message: '读取时无法归位的文字：……',
  path: 'document',
  line: 7,
};

describe('analyseDocument', () => {
  it('scores sample 001 and finds the two scores that differ from the rules and the unit mismatch', () => {
    const analysed = analyseDocument(buildSample001());
    expect(analysed.totals.suggestedScore).toBe('97.87');
    expect(analysed.budget.suggestedScore).toBe('10');
    expect(analysed.findings.map((finding) => finding.code)).toEqual([
      'score-differs-from-rule',
      'score-differs-from-rule',
      'unit-mismatch',
    ]);
  });

  it('keeps the reader’s findings first', () => {
    const analysed = analyseDocument({ ...buildSample001(), findings: [readerFinding] });
    expect(analysed.findings[0]).toEqual(readerFinding);
    expect(analysed.findings).toHaveLength(4);
  });

  it('gives the same document when analysed twice', () => {
    const once = analyseDocument({ ...buildSample001(), findings: [readerFinding] });
    expect(analyseDocument(once)).toEqual(once);
  });

  it('replaces stale check findings', () => {
    const stale: Finding = {
      severity: 'error',
      code: 'score-sum-mismatch',
      message: '旧的',
      path: 'totals.score',
    };
    const analysed = analyseDocument({ ...buildSample001(), findings: [stale] });
    expect(analysed.findings.some((finding) => finding.message === '旧的')).toBe(false);
  });

  it('lists every check code', () => {
    expect([...checkCodes].sort()).toEqual(
      [
        'budget-sum-mismatch',
        'deviation-degree',
        'duplicate-indicator',
        'missing-deviation',
        'missing-satisfaction',
        'missing-target',
        'placeholder-indicator',
        'rate-over-100',
        'score-differs-from-rule',
        'score-outside-band',
        'score-sum-mismatch',
        'unit-mismatch',
        'vague-target',
        'weight-sum-mismatch',
      ].sort(),
    );
  });
});
