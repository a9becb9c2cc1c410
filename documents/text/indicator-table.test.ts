import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { documentSchema } from '../../core/model.ts';
import { readSeed } from '../../test-support/seeds.ts';
import { readIndicatorTable } from './indicator-table.ts';
import { splitLines } from './normalize.ts';
import { cpuMilliseconds } from '../../test-support/cpu-time.ts';

/** Pieces that steer the reader into each of its layouts and corner cases. */
const pieces = [
  '\t', '\n', '\n\n', '|', ' ', '：', '【', '】', '-', '指标1:', '(', ')', '（', '）', '≥90%', '1套', '0', '12222.69',
  '一级指标', '二级指标', '三级指标', '指标值', '产出指标', '数量指标', '效益指标', '经济效益指标', '满意度指标',
  '社会公众或服务对象满意度', '目标一', '职能1: 安保', '资金总额：', '合计', '一般公共预算', '部门职能', '整体绩效目标',
  '财政部门审核意见', '巡逻次数', '“反恐', '$\\geq 90\\%$', '<p>',
];
const documentText = fc.array(fc.oneof(fc.constantFrom(...pieces), fc.string({ maxLength: 6 })), { maxLength: 120 }).map((parts) => parts.join(''));

describe('readIndicatorTable on arbitrary text', () => {
  it('never throws and always gives a document that passes the model schema', () => {
    fc.assert(
      fc.property(documentText, fc.constantFrom('target-table' as const, 'approval-table' as const), (text, kind) => {
        const document = readIndicatorTable(splitLines(text), kind, 'department');
        expect(documentSchema.safeParse(document).success).toBe(true);
      }),
      { numRuns: 400 },
    );
  });

  // A complexity class, not a speed: sixteen times the input may take at most 64 times as long (linear
  // takes sixteen, quadratic 256: the bound is their geometric mean, so load may stretch either by four
  // before the test errs; with four times the input and a bound of eight it failed at load 13); each
  // size's best of three runs, so a loaded machine slows both alike.
  it('reads a long run of one repeated piece in linear time', () => {
    const read = (piece: string, count: number): number => {
      let best = Infinity;
      for (let run = 0; run < 3; run += 1) {
        const cpu = cpuMilliseconds(() => {
          readIndicatorTable(splitLines(`一级指标\t二级指标\t三级指标\t指标值\n${piece.repeat(count)}`), 'target-table', 'department');
          readIndicatorTable(splitLines(`【产出指标-数量指标】${piece.repeat(count)}`), 'target-table', 'department');
        });
        best = Math.min(best, cpu);
      }
      return best;
    };
    for (const piece of ['【', '\t', '|', '指标1:', '目标一\t', '产出指标 ', ' ']) {
      const small = read(piece, 1000);
      const large = read(piece, 16000);
      // Below a few milliseconds the timer's grain decides, not the algorithm.
      expect(large, `${JSON.stringify(piece)}: ${small.toFixed(1)} ms → ${large.toFixed(1)} ms`).toBeLessThan(Math.max(64 * small, 50));
    }
  }, 60_000);

  it('gives a schema-valid document for every seed line order shuffled', () => {
    fc.assert(
      fc.property(fc.constantFrom('000' as const, '002' as const), fc.integer(), (seed, salt) => {
        const lines = splitLines(readSeed(seed));
        const shuffled = lines.map((line, index) => ({ line, key: ((index + 1) * (salt | 1)) % 9973 })).sort((a, b) => a.key - b.key);
        const document = readIndicatorTable(shuffled.map((entry) => entry.line), 'target-table', 'department');
        expect(documentSchema.safeParse(document).success).toBe(true);
      }),
      { numRuns: 30 },
    );
  });
});
