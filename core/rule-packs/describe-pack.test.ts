import { describe, expect, it } from 'vitest';
import { describeRulePack, describeRulePackLabel } from './describe-pack.ts';
import { getRulePack, packLabel, rulePacks } from './index.ts';

describe('a rule pack in words', () => {
  it('names every shipped pack by its title and edition, never by its code', () => {
    for (const pack of rulePacks) {
      const words = describeRulePackLabel(packLabel(pack));
      expect(words).toBe(`${pack.title}（第 ${pack.version} 版）`);
      expect(words).not.toContain(pack.name);
      expect(words).toBe(describeRulePack(pack));
    }
  });

  it('keeps the edition a document was scored by, even when the pack has moved on', () => {
    expect(describeRulePackLabel('national@7')).toBe(`${getRulePack('national').title}（第 7 版）`);
  });

  it('says a pack is no longer shipped, with its code as the only trace, rather than naming another pack', () => {
    expect(describeRulePackLabel('atlantis-90@2')).toBe('已不再提供的规则包“atlantis-90”（第 2 版）');
    expect(describeRulePackLabel('atlantis-90')).toBe('已不再提供的规则包“atlantis-90”');
  });

  it('reads a bare shipped name as its current edition', () => {
    const pack = getRulePack('sichuan-60-30');
    expect(describeRulePackLabel('sichuan-60-30')).toBe(describeRulePack(pack));
  });
});
