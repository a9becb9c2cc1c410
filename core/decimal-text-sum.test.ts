import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { Dec, toDecimal } from './decimal.ts';
import { DecimalTextSum } from './decimal-text-sum.ts';

function sumOf(texts: readonly string[]): { total: string; added: boolean[]; hasValue: boolean } {
  const sum = new DecimalTextSum();
  const added = texts.map((text) => sum.add(text));
  return { total: sum.total().toFixed(), added, hasValue: sum.hasValue };
}

describe('DecimalTextSum', () => {
  it.each([
    [['2', '1.5', '0.75'], '4.25'],
    [['-3', '3'], '0'],
    [['1.50', '0.5'], '2'],
    [[' 12 ', '0.001'], '12.001'],
    [['1234567890123456789', '1'], '1234567890123456790'],
    [['0.0000001', '0.0000001'], '0.0000002'],
    [['9007199254740991', '9007199254740991'], '18014398509481982'],
  ])('adds %j exactly to %s', (texts, total) => {
    expect(sumOf(texts).total).toBe(total);
  });

  it.each([['abc'], [''], ['-'], ['.5'], ['5.'], ['1.2.3'], ['1e3'], ['+1'], ['--1']])('refuses %j as toDecimal does', (text) => {
    expect(sumOf([text])).toEqual({ total: '0', added: [false], hasValue: false });
  });

  it('gives what adding Decimals gives, and takes the texts toDecimal reads', () => {
    const decimalText = fc
      .tuple(fc.boolean(), fc.bigInt({ min: 0n, max: 10n ** 18n }), fc.option(fc.nat({ max: 99_999_999 }).map(String), { nil: null }), fc.constantFrom('', ' '))
      .map(([negative, integer, fraction, space]) => `${space}${negative ? '-' : ''}${integer}${fraction === null ? '' : `.${fraction}`}`);
    const weightLike = fc.constantFrom('2', '1.5', '0.75', '10', '5.00', '-1', '0');
    fc.assert(
      fc.property(fc.array(fc.oneof(decimalText, weightLike, fc.string({ maxLength: 4 })), { maxLength: 40 }), (texts) => {
        let expected = new Dec(0);
        for (const text of texts) expected = expected.plus(toDecimal(text) ?? 0);
        const { total, added, hasValue } = sumOf(texts);
        expect(total).toBe(expected.toFixed());
        expect(added).toEqual(texts.map((text) => toDecimal(text) !== null));
        expect(hasValue).toBe(added.includes(true));
      }),
      { numRuns: 1_000 },
    );
  });
});
