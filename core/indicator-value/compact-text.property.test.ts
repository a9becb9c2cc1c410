/**
 * The fast paths of the value-text helpers give what the plain definitions give: compactNameText
 * skips NFKC for text NFKC leaves alone, isPlaceholderValue remembers its answer per wording.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { compactNameText, compactValueText } from './normalize-value-text.ts';
import { isPlaceholderValue } from './value-predicates.ts';
import { PLACEHOLDER_TEXTS } from './vocabulary.ts';

/** Names and cells as documents write them, with the characters NFKC changes mixed in. */
const textLike = fc.oneof(
  fc.string(),
  fc.string({ unit: 'binary', maxLength: 8 }),
  fc
    .array(
      fc.constantFrom('培训', '人次', '率', ' ', '\u3000', '\t', '１２', 'Ａ', '％', '≥', '≧', '℃', '㎡', 'e\u0301', '\u0301', '无', '不涉及', '/', '—', '。', '$', '<p>', '95'),
      { maxLength: 8 },
    )
    .map((parts) => parts.join('')),
);

describe('compactNameText', () => {
  it('is NFKC without whitespace, whatever the name', () => {
    fc.assert(
      fc.property(textLike, (name) => {
        expect(compactNameText(name)).toBe(name.normalize('NFKC').replace(/\s+/g, ''));
      }),
      { numRuns: 2_000 },
    );
  });
});

describe('isPlaceholderValue', () => {
  it('answers as the uncached definition does, asked once or again', () => {
    const definition = (text: string) =>
      PLACEHOLDER_TEXTS.has(text.normalize('NFKC').replace(/\s+/g, '')) || PLACEHOLDER_TEXTS.has(compactValueText(text));
    fc.assert(
      fc.property(fc.array(textLike, { maxLength: 10 }), (texts) => {
        for (const text of [...texts, ...texts]) expect(isPlaceholderValue(text)).toBe(definition(text));
      }),
      { numRuns: 500 },
    );
  });
});
