import { describe, expect, it } from 'vitest';
import { analyseDocument } from '../analyse.ts';
import { createEmptyDocument, type GradeLetter, type PerformanceDocument } from '../model.ts';
import { analyseWithPack } from '../rule-packs/analyse-with-pack.ts';
import { getRulePack } from '../rule-packs/registry.ts';
import { rulePackSchema, type RulePack } from '../rule-packs/schema.ts';
import { defaultScoringPolicy, mergePolicy } from '../scoring/policy.ts';

/** A region's pack stating its letter scale (invented: no studied region publishes one). */
const letterPack: RulePack = rulePackSchema.parse({
  ...getRulePack('national'),
  name: 'letters-test',
  title: '字母等级（测试）',
  scoring: {
    name: '某地字母等级',
    letterScale: [
      { letter: 'A', grade: '优' },
      { letter: 'B', grade: '良' },
      { letter: 'C', grade: '中' },
      { letter: 'D', grade: '差' },
    ],
  },
});

function reportWithLetter(letter: GradeLetter): PerformanceDocument {
  const document = createEmptyDocument('evaluation-report', 'project');
  document.totals.score = '86';
  document.totals.gradeLetter = letter;
  return document;
}

function lettersOf(document: PerformanceDocument): string[] {
  return document.findings.filter((finding) => finding.code.startsWith('letter-grade')).map((finding) => finding.code);
}

describe('a report’s letter grade through the rule pack’s scale', () => {
  it('gives the grade of the pack’s scale and says which scale', () => {
    const analysed = analyseWithPack(reportWithLetter('B'), letterPack);
    expect(analysed.totals.grade).toBe('良');
    expect(lettersOf(analysed)).toEqual(['letter-grade-from-scale']);
    expect(analysed.findings.find((finding) => finding.code === 'letter-grade-from-scale')?.message).toContain('某地字母等级”的字母等级（A=优、B=良、C=中、D=差）记为“良”');
  });

  it('leaves the grade empty under a pack with no letter scale, and says so', () => {
    const analysed = analyseWithPack(reportWithLetter('B'), getRulePack('national'));
    expect(analysed.totals.grade ?? null).toBeNull();
    expect(lettersOf(analysed)).toEqual(['letter-grade-unmapped']);
  });

  it('follows the pack when analysed again under another (the grade is not kept from the first)', () => {
    const first = analyseWithPack(reportWithLetter('A'), letterPack);
    const again = analyseWithPack(structuredClone({ ...first, findings: [...first.findings] }), getRulePack('national'));
    expect([first.totals.grade, again.totals.grade ?? null]).toEqual(['优', null]);
    expect(lettersOf(again)).toEqual(['letter-grade-unmapped']);
  });

  it('is idempotent under one pack', () => {
    const once = analyseDocument(reportWithLetter('C'), mergePolicy(defaultScoringPolicy, letterPack.scoring as never));
    const twice = analyseDocument({ ...once, findings: [...once.findings] }, mergePolicy(defaultScoringPolicy, letterPack.scoring as never));
    expect(twice.totals.grade).toBe('中');
    expect(lettersOf(twice)).toEqual(['letter-grade-from-scale']);
  });

  it('does nothing for a report whose grade is a word', () => {
    const document = createEmptyDocument('evaluation-report', 'project');
    document.totals.grade = '良';
    const analysed = analyseWithPack(document, letterPack);
    expect(analysed.totals.grade).toBe('良');
    expect(lettersOf(analysed)).toEqual([]);
  });
});

describe('a pack’s letter scale as data', () => {
  it.each([
    ['a letter with neither grade nor lowest score', [{ letter: 'A' }]],
    ['a letter written twice', [{ letter: 'A', grade: '优' }, { letter: 'A', grade: '良' }]],
    ['a letter outside A–E', [{ letter: 'F', grade: '差' }]],
    ['a grade that is no grade of the model', [{ letter: 'A', grade: '合格' }]],
  ])('refuses %s', (_case, letterScale) => {
    expect(rulePackSchema.safeParse({ ...letterPack, scoring: { letterScale } }).success).toBe(false);
  });
});
