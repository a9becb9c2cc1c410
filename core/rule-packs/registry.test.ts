import { existsSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { defaultRulePackName, findRulePack, getRulePack, rulePackSchema, rulePacks } from './index.ts';
import { nationalPack } from './packs/national.ts';
import { commonIndicators } from '../indicator-library/common-indicators.ts';

describe('the rule-pack registry', () => {
  it('holds at least five packs with unique names, the national default first', () => {
    expect(rulePacks.length).toBeGreaterThanOrEqual(5);
    expect(new Set(rulePacks.map((pack) => pack.name)).size).toBe(rulePacks.length);
    expect(rulePacks[0]?.name).toBe(defaultRulePackName);
  });

  it('has a doc page citing its source for every pack', () => {
    for (const pack of rulePacks) expect(existsSync(`docs/rule-packs/${pack.name}.md`), pack.name).toBe(true);
  });

  it('says what every pack changes', () => {
    for (const pack of rulePacks) expect(pack.changes.length, pack.name).toBeGreaterThan(0);
  });

  it('falls back to the national default for an unknown or missing name', () => {
    expect(findRulePack('no-such-pack')).toBeNull();
    expect(getRulePack('no-such-pack').name).toBe('national');
    expect(getRulePack(null).name).toBe('national');
  });

  it('refuses a pack with an unknown setting, a bad name or a non-decimal weight', () => {
    expect(rulePackSchema.safeParse({ ...nationalPack, scoring: { executionWieght: '20' } }).success).toBe(false);
    expect(rulePackSchema.safeParse({ ...nationalPack, name: 'Sichuan 2024' }).success).toBe(false);
    expect(rulePackSchema.safeParse({ ...nationalPack, scoring: { executionWeight: '二十' } }).success).toBe(false);
    expect(rulePackSchema.safeParse({ ...nationalPack, scoring: { levelWeights: { 产出指标: '40' } } }).success).toBe(false);
  });

  it('requires only 共性指标 the library ships, each in the scope the library gives it', () => {
    for (const pack of rulePacks) {
      for (const requirement of pack.requiredCommonIndicators) {
        const shipped = commonIndicators.find((entry) => entry.name === requirement.name);
        expect(shipped, `${pack.name}: ${requirement.name}`).toBeDefined();
        expect(shipped?.tags.scope, `${pack.name}: ${requirement.name}`).toBe(requirement.scope);
      }
    }
  });

  it('refuses a required 共性指标 without a scope', () => {
    expect(rulePackSchema.safeParse({ ...nationalPack, requiredCommonIndicators: ['预算执行率'] }).success).toBe(false);
  });
});
