/**
 * The same score everywhere (issue 12): generated self-evaluations scored under every pack by
 * core (analyseWithPack), by the CLI (`jixiao score FILE --pack NAME --json`) and by the server's
 * path (services/rule-packs/pack-for-year.ts through the heavy-work task the worker threads run)
 * give the same execution score, total and grade. The browser is checked by e2e/rule-packs.spec.ts.
 */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { analyseWithPack, rulePacks } from '../core/rule-packs/index.ts';
import { buildPackDocument, type PackRow } from '../core/rule-packs/testing.ts';
import { runScore } from '../cli/commands/score.ts';
import { analyseForYear } from '../server/services/rule-packs/pack-for-year.ts';
import { createInProcessHeavyWork } from '../server/workers/heavy-work.ts';

const levels = ['产出指标', '效益指标', '满意度指标', '成本指标'];
const units = ['次', '%', '人次', '万元'];

const rowArbitrary = fc
  .record({
    level: fc.integer({ min: 0, max: 3 }),
    isLowerBetter: fc.boolean(),
    target: fc.integer({ min: 1, max: 500 }),
    actualPercent: fc.integer({ min: 0, max: 250 }),
    weight: fc.integer({ min: 1, max: 40 }),
    coefficient: fc.option(fc.integer({ min: 0, max: 120 }), { nil: undefined }),
    unit: fc.integer({ min: 0, max: 3 }),
  })
  .map((row): PackRow => {
    const unit = units[row.unit] ?? '次';
    const actual = ((row.target * row.actualPercent) / 100).toFixed(2);
    return {
      level1: levels[row.level] ?? '产出指标',
      name: `生成指标${row.target}-${row.weight}-${row.actualPercent}`,
      target: `${row.isLowerBetter ? '≤' : '≥'}${row.target}${unit}`,
      actual: `${actual}${unit}`,
      weight: String(row.weight),
      ...(row.coefficient === undefined ? {} : { scoreCoefficient: String(row.coefficient) }),
    };
  });

const documentArbitrary = fc.record({
  executed: fc.integer({ min: 0, max: 11_000 }).map((hundredths) => (hundredths / 100).toFixed(2)),
  rows: fc.array(rowArbitrary, { minLength: 1, maxLength: 8 }),
});

const heavyWork = createInProcessHeavyWork();
const directory = mkdtempSync(path.join(tmpdir(), 'jixiao-same-score-'));

describe('the same score in core, the CLI and the server', () => {
  it.each(rulePacks.map((pack) => [pack.name, pack] as const))('under %s', async (_name, pack) => {
    const server = { repositories: { rulePacks: { findPackOfYear: async () => pack.name } }, heavyWork } as unknown as Parameters<typeof analyseForYear>[0];
    const samples = fc.sample(documentArbitrary, { numRuns: 25, seed: 12 });
    for (const [index, sample] of samples.entries()) {
      const document = buildPackDocument(sample);
      const core = analyseWithPack(document, pack);
      const file = path.join(directory, `${pack.name}-${index}.json`);
      writeFileSync(file, JSON.stringify(document));
      const cli = JSON.parse(await runScore({ file, pack: pack.name, json: true }));
      const viaServer = await analyseForYear(server, document, 2026);
      const expected = [core.budget.suggestedScore ?? null, core.totals.suggestedScore ?? null, core.totals.suggestedGrade ?? null];
      expect([cli.execution.suggestedScore, cli.total.suggestedScore, cli.total.suggestedGrade], file).toEqual(expected);
      expect([viaServer.budget.suggestedScore, viaServer.totals.suggestedScore, viaServer.totals.suggestedGrade], file).toEqual(expected);
      expect(viaServer.rulePack).toBe(`${pack.name}@${pack.version}`);
    }
  });

  it('judges the sample differently under each pack (totals, grades or findings), so the comparison can fail', () => {
    const samples = fc.sample(documentArbitrary, { numRuns: 25, seed: 12 });
    const outcomes = rulePacks.map((pack) =>
      samples
        .map((sample) => {
          const scored = analyseWithPack(buildPackDocument(sample), pack);
          return [scored.totals.suggestedScore, scored.totals.suggestedGrade, ...scored.findings.map((finding) => finding.code).sort()].join(',');
        })
        .join('|'),
    );
    expect(new Set(outcomes).size).toBe(rulePacks.length);
  });
});
