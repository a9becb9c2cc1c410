import { describe, expect, it } from 'vitest';
import { likelihoodVariants, likelihoodWordings, matchVariant } from './vocabulary.ts';

describe('likelihoodWordings', () => {
  it.each([
    ['确定能完成', 'certain'],
    ['能够完成', 'certain'],
    ['有可能完成', 'possible'],
    ['完全不可能完成', 'impossible'],
    ['无法完成', 'impossible'],
  ])('holds %s, read as %s', (wording, likelihood) => {
    expect(likelihoodWordings).toContain(wording);
    expect(matchVariant(likelihoodVariants, wording)).toBe(likelihood);
  });

  it('names a likelihood with every wording, longest first (a stream takes the longest that fits)', () => {
    for (const wording of likelihoodWordings) expect(matchVariant(likelihoodVariants, wording), wording).not.toBeNull();
    const lengths = likelihoodWordings.map((wording) => wording.length);
    expect(lengths).toEqual([...lengths].sort((a, b) => b - a));
  });
});
