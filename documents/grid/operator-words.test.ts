import { describe, expect, it } from 'vitest';
import { OPERATOR_SYMBOLS } from '../../core/indicator-value/vocabulary.ts';
import { operatorColumnWords } from '../vocabulary/columns.ts';
import { regionProfiles } from '../vocabulary/profiles/index.ts';
import { operatorSymbolOf } from './indicator-draft.ts';

const columnWord = new Map(operatorColumnWords.flatMap((entry) => entry.words.map((word) => [word, entry.symbol] as const)));

describe('operator words of the region profiles', () => {
  it.each(regionProfiles.map((profile) => [profile.id, profile] as const))('%s: every operator word reads as its operator, the column vocabulary deciding where both name it', (_, profile) => {
    for (const [word, operator] of Object.entries(profile.operatorWords)) {
      expect(operatorSymbolOf(word), word).toBe(columnWord.get(word) ?? OPERATOR_SYMBOLS[operator]);
    }
  });

  it('reads 正向/反向 written with spaces', () => {
    expect(operatorSymbolOf('正 向')).toBe('≥');
    expect(operatorSymbolOf('反向')).toBe('≤');
  });

  it('reads compatibility forms of the signs as the plain sign', () => {
    expect(operatorSymbolOf('﹦')).toBe('=');
    expect(operatorSymbolOf('＞=')).toBe('≥');
    expect(operatorSymbolOf('定性')).toBe('');
  });
});
