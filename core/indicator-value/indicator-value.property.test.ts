/** Property tests: the parser never throws, reads its own output back, and ignores spaces. */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { IndicatorValue } from '../model.ts';
import { trimTrailing } from '../trim-characters.ts';
import { formatIndicatorValue, parseIndicatorValue } from './index.ts';

const withoutText = ({ text: _text, ...rest }: IndicatorValue) => rest;

const units = [
  null, '%', '次', '人次', '个', '份', '起', '万元', '万', '元', '分', '分钟', '小时', '天', '个月', '年',
  '个工作日', '台', '平方米', '次/年', '元/人', '元/月人', '人次/年',
];
const names = [undefined, '专项经费执行率', '系统故障修复处理时间', '刑事案件发案率', '保障村警人数', '党建经费成本'];
const decimal = fc
  .tuple(fc.bigInt({ min: 0n, max: 10n ** 12n }), fc.option(fc.integer({ min: 0, max: 9999 }), { nil: null }))
  .map(([integer, fraction]) => (fraction === null ? `${integer}` : `${integer}.${fraction}`));

/** Structured values as the parser reports them: normalised decimals, known units. */
const numericValue = fc.record({
  operator: fc.constantFrom(null, '>=', '>', '=', '<=', '<'),
  value: decimal,
  unit: fc.constantFrom(...units),
  change: fc.constantFrom(null, 'increase', 'decrease'),
  name: fc.constantFrom(...names),
});

/** Strings made of the pieces real cells are made of, so properties reach the interesting paths. */
const cellLike = fc
  .array(
    fc.oneof(
      fc.constantFrom('≥', '≤', '>', '<', '=', '不少于', '不超过', '达', '以上', '以内', '内', '前', '下降', '上升',
        '连续', '第', '年', '月', '日', '%', '次', '/', '万', '元', '类', '×', '-', ',', '.', ' ', '$', '\\geq', '<p>',
        '&gt;', '（', '）', '。', '，', '提高', '健全', '无', '为', '率'),
      fc.integer({ min: 0, max: 3000 }).map(String),
      fc.string({ maxLength: 3 }),
    ),
    { maxLength: 12 },
  )
  .map((parts) => parts.join(''));

describe('indicator value properties', () => {
  it('never throws on arbitrary text', () => {
    fc.assert(
      fc.property(fc.oneof(fc.string(), fc.string({ unit: 'binary' }), cellLike), fc.option(fc.string(), { nil: undefined }), (text, name) => {
        const parsed = parseIndicatorValue(text, { name });
        expect(parsed.text).toBe(text.trim());
      }),
      { numRuns: 3000 },
    );
  });

  it('formats a numeric value to text that parses back to the same value', () => {
    fc.assert(
      fc.property(numericValue, ({ operator, value, unit, change, name }) => {
        const original = parseIndicatorValue(formatIndicatorValue({
          text: '', operator, value, unit, change, direction: 'qualitative', qualitative: null,
        }), { name });
        expect(original).toMatchObject({ operator, value: normalizeDecimal(value), unit, change, qualitative: null });
        const again = parseIndicatorValue(formatIndicatorValue(original), { name });
        expect(withoutText(again)).toEqual(withoutText(original));
      }),
      { numRuns: 2000 },
    );
  });

  it('reads its own canonical text back the same, whatever the input was', () => {
    fc.assert(
      fc.property(fc.oneof(cellLike, fc.string(), fc.string({ unit: 'binary' })), fc.constantFrom(...names), (text, name) => {
        const parsed = parseIndicatorValue(text, { name });
        const again = parseIndicatorValue(formatIndicatorValue(parsed), { name });
        expect(withoutText(again)).toEqual(withoutText(parsed));
      }),
      { numRuns: 3000 },
    );
  });

  it('reads a canonical value the same with spaces between its characters', () => {
    fc.assert(
      fc.property(numericValue, fc.array(fc.constantFrom(' ', '  ', '\u3000', '\t', ''), { minLength: 40, maxLength: 40 }), (input, spaces) => {
        const { name } = input;
        const canonical = formatIndicatorValue(parseIndicatorValue(formatIndicatorValue({
          ...input, text: '', direction: 'qualitative', qualitative: null,
        }), { name }));
        const spaced = [...canonical].map((character, index) => character + (spaces[index % spaces.length] ?? '')).join('');
        expect(withoutText(parseIndicatorValue(spaced, { name }))).toEqual(withoutText(parseIndicatorValue(canonical, { name })));
      }),
      { numRuns: 2000 },
    );
  });
});

/** "007.50" → "7.5": the parser reports plain decimals without padding zeros. */
function normalizeDecimal(value: string): string {
  const [integer = '0', fraction = ''] = value.split('.');
  const trimmedInteger = integer.replace(/^0+(?=\d)/, '');
  const trimmedFraction = trimTrailing(fraction, '0');
  return trimmedFraction ? `${trimmedInteger}.${trimmedFraction}` : trimmedInteger;
}
