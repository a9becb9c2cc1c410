/**
 * The whole text reader against what real uploads can be: any string, binary debris, and the
 * seeds cut, shuffled and sprinkled with noise (issue 2 §6: "the reader never throws and never
 * hangs"; truncated or garbled input gives a partial model plus findings).
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { documentSchema, type PerformanceDocument } from '../../core/model.ts';
import { readSeed } from '../../test-support/seeds.ts';
import { compact, splitLines } from './normalize.ts';
import { readText } from './read-text.ts';
import { cpuMilliseconds, timeCpu } from '../../test-support/cpu-time.ts';

const seeds = ['000', '001', '002', '003'] as const;
const seedKinds = {
  '000': 'target-table',
  '001': 'self-evaluation',
  '002': 'approval-table',
  '003': 'evaluation-report',
} as const;
const seedTexts = Object.fromEntries(seeds.map((seed) => [seed, readSeed(seed)])) as Record<
  (typeof seeds)[number],
  string
>;

/** Per-call guard: the seeds read in a few milliseconds, so a second means a runaway pattern. */
const TIME_LIMIT_MS = 1500;
/** FUZZ_RUNS=2000 for a longer bug hunt; 200 keeps the suite fast. */
const RUNS = Number(process.env.FUZZ_RUNS ?? 200);

/**
 * Reads `text` and asserts the reader's contract: no throw, within the time guard, null or a
 * document that validates, and no reader that threw behind readText's safety net.
 */
function readChecked(text: string): PerformanceDocument | null {
  const { result: document, cpu: elapsed } = timeCpu(() => readText(text));
  expect(
    elapsed,
    `readText took ${Math.round(elapsed)} ms on ${JSON.stringify(text.slice(0, 200))}…`,
  ).toBeLessThan(TIME_LIMIT_MS);
  if (document === null) return null;
  const parsed = documentSchema.safeParse(document);
  expect(parsed.success, `invalid document: ${parsed.error?.message ?? ''}`).toBe(true);
  const failures = document.findings.filter((finding) => finding.code === 'reader-failed');
  expect(failures, `a ${document.kind} reader threw on ${JSON.stringify(text.slice(0, 300))}`).toEqual([]);
  return document;
}

/** Words and marks of the four kinds, so random text reaches deep into the readers. */
const domainPieces = [
  '绩效目标表',
  '绩效自评表',
  '目标批复表',
  '评价报告',
  '项目名称：',
  '部门名称',
  '年度',
  '2023年',
  '一、',
  '二、',
  '（一）',
  '1、',
  '其中：',
  '包含：',
  '万元',
  '万',
  '；',
  '。',
  '，',
  '\t',
  '\n',
  ' ',
  '|',
  '产出指标',
  '数量指标',
  '效益指标',
  '满意度指标',
  '社会效益指标',
  '指标1:',
  '≥',
  '≤',
  '%',
  '次',
  '分',
  '得分',
  '分值',
  '全年预算数',
  '全年执行数',
  '执行率',
  '年初预算数',
  '资金总额',
  '合计',
  '基本支出',
  '项目支出',
  '目标一',
  '职能1：',
  '【产出指标-数量指标】',
  '(≥77台)',
  '8016.0 9',
  '100',
  '95.5',
  '<p>',
  '$\\geq 90\\%$',
  '部门基本情况',
  '存在的问题',
  '1900年',
  '1989年度',
  '（2101年度）',
  '99999999999999999999.999',
  '-5',
  '1e5',
  '0.000',
  '其中：',
  '总分',
];
const domainText = fc
  .array(fc.constantFrom(...domainPieces), { maxLength: 300 })
  .map((pieces) => pieces.join(''));
const seedArbitrary = fc.constantFrom(...seeds);

describe('readText never throws, never hangs and always gives a valid model', () => {
  it.each([
    ['arbitrary strings', fc.string({ maxLength: 2000 })],
    ['arbitrary unicode', fc.string({ unit: 'binary', maxLength: 2000 })],
    [
      'binary-ish text',
      fc.uint8Array({ maxLength: 4000 }).map((bytes) => new TextDecoder('utf-8').decode(bytes)),
    ],
    ["text made of the documents' own words", domainText],
  ])('on %s', (_name, arbitrary) => {
    fc.assert(
      fc.property(arbitrary, (text) => {
        readChecked(text);
      }),
      { numRuns: RUNS },
    );
  });
});

describe('readText on damaged seeds', () => {
  it("reads each seed cut at a random point as the seed's kind, partially", () => {
    const cut = seedArbitrary.chain((seed) =>
      fc.tuple(fc.constant(seed), fc.integer({ min: 0, max: seedTexts[seed].length })),
    );
    fc.assert(
      fc.property(cut, ([seed, end]) => {
        const text = seedTexts[seed].slice(0, end);
        const document = readChecked(text);
        // Once the title line is whole, the kind is known.
        if (end > text.indexOf('\n') && text.indexOf('\n') > 0) expect(document?.kind).toBe(seedKinds[seed]);
      }),
      { numRuns: RUNS },
    );
  });

  it('reports the report cut inside a sentence as a truncated document', () => {
    const text = seedTexts['003'];
    const body = text.indexOf('一、部门基本情况');
    fc.assert(
      fc.property(fc.integer({ min: body + 10, max: text.length - 2 }), (end) => {
        // Cut right after an ideograph, so the last line cannot look finished.
        fc.pre(/[\u4e00-\u9fa5]/.test(text[end - 1] ?? '') && text[end] !== '\n');
        const document = readChecked(text.slice(0, end));
        expect(document?.findings.map((finding) => finding.code)).toContain('truncated-document');
      }),
      { numRuns: RUNS },
    );
  });

  it('reports the report cut a third, half and two thirds into any of its lines as truncated', () => {
    const text = seedTexts['003'];
    const lines = text.split('\n');
    let offset = 0;
    const missed: string[] = [];
    for (const [index, line] of lines.entries()) {
      for (const fraction of [1 / 3, 1 / 2, 2 / 3]) {
        const end = offset + Math.floor(line.length * fraction);
        if (index === 0 || !/[\u4e00-\u9fa5]/.test(text[end - 1] ?? '')) continue;
        const codes = readChecked(text.slice(0, end))?.findings.map((finding) => finding.code) ?? [];
        if (!codes.includes('truncated-document')) missed.push(text.slice(offset, end));
      }
      offset += line.length + 1;
    }
    expect(missed).toEqual([]);
  });

  it('reads seeds with random lines deleted, duplicated or shuffled', () => {
    const mutation = fc.constantFrom('delete', 'duplicate', 'shuffle');
    const mutated = fc
      .tuple(seedArbitrary, mutation, fc.array(fc.nat(), { minLength: 1, maxLength: 30 }))
      .map(([seed, kind, picks]) => {
        const lines = seedTexts[seed].split('\n');
        for (const pick of picks) {
          const index = pick % lines.length;
          const other = Math.floor(pick / lines.length) % lines.length;
          if (kind === 'delete') lines.splice(index, 1);
          else if (kind === 'duplicate') lines.splice(other, 0, lines[index] ?? '');
          else [lines[index], lines[other]] = [lines[other] ?? '', lines[index] ?? ''];
          if (lines.length === 0) break;
        }
        return lines.join('\n');
      });
    fc.assert(
      fc.property(mutated, (text) => {
        readChecked(text);
      }),
      { numRuns: RUNS },
    );
  });

  it('never invents a money list: every label and amount of the shuffled report is in its text', () => {
    const shuffled = fc
      .shuffledSubarray(seedTexts['003'].split('\n'), { minLength: 1 })
      .map((lines) => lines.join('\n'));
    fc.assert(
      fc.property(shuffled, (text) => {
        const document = readChecked(text);
        const source = compact(splitLines(text).join(''));
        for (const list of document?.report?.moneyLists ?? []) {
          expect(list.items.length).toBeGreaterThan(0);
          for (const { label, amount } of [list, ...list.items]) {
            expect(source).toContain(`${label}${amount}`);
          }
        }
      }),
      { numRuns: RUNS },
    );
  });

  it('reads seeds with random characters inserted', () => {
    const noise = fc.oneof(
      fc.string({ unit: 'binary', minLength: 1, maxLength: 3 }),
      fc.constantFrom('\t', '\n', ' ', '。', '、', '1', '.', '万元'),
    );
    const inserted = fc
      .tuple(seedArbitrary, fc.array(fc.tuple(fc.nat(), noise), { minLength: 1, maxLength: 40 }))
      .map(([seed, insertions]) => {
        let text = seedTexts[seed];
        for (const [position, characters] of insertions) {
          const at = position % (text.length + 1);
          text = text.slice(0, at) + characters + text.slice(at);
        }
        return text;
      });
    fc.assert(
      fc.property(inserted, (text) => {
        readChecked(text);
      }),
      { numRuns: RUNS },
    );
  });
});

/**
 * `words` mixed at random (a fixed seed, so a failure is the same input again) until `size` characters: a
 * few domain words in any order make rows, levels and headers that a repetition of one word does not.
 */
function mixWords(words: readonly string[], size: number, seed: number): string {
  let state = seed;
  const pieces: string[] = [];
  for (let length = 0; length < size; ) {
    state = (state * 1103515245 + 12345) % 2147483648;
    const word = words[Math.floor((state / 2147483648) * words.length)] as string;
    pieces.push(word);
    length += word.length;
  }
  return pieces.join('');
}

const streamHeader = '一级指标二级指标三级指标年度指标值实际完成值分值得分';

describe('readText stays fast on pathological input', () => {
  const size = 100_000;
  it.each([
    ['a long run of digits', '绩效目标表\n' + '1'.repeat(size)],
    ['a long run of spaces', '绩效目标表\n' + ' '.repeat(size) + 'x'],
    ['a repeated 其中 itemisation', '绩效评价报告\n基本支出5万元' + '，其中：甲1万元'.repeat(size / 8)],
    ['repeated amounts', '绩效评价报告\n' + '1万元'.repeat(size / 3)],
    ['repeated enumerators', '绩效评价报告\n' + '1、'.repeat(size / 2)],
    ['unclosed tags', '绩效目标批复表\n' + '<p '.repeat(size / 3)],
    ['a long Chinese line', '绩效目标表\n' + '产出指标'.repeat(size / 4)],
    ['many short rows', '绩效目标表\n' + '产出指标\t数量指标\t指标\t≥1次\n'.repeat(size / 20)],
    ['repeated goal labels before the indicators', '项目支出绩效目标表\n项目名称\t甲\n' + '年度目标\t绩效目标\t'.repeat(size / 10) + '\n一级指标\t二级指标\t三级指标\t指标值'],
    ['repeated goal headings on one line', '项目支出绩效自评表\n' + '年度总体目标 预期目标 实际完成情况 '.repeat(size / 20) + '一级指标 二级指标 三级指标 年度指标值 实际完成值 分值 得分'],
    ['a line of space-separated goal labels before the indicators', '项目支出绩效目标表\n项目名称 甲\n' + '年度目标 绩效目标 '.repeat(size / 10) + '\n一级指标 二级指标 三级指标 指标值'],
    ['a goal label on every line', '项目支出绩效目标表\n' + '年度目标\n'.repeat(size / 5)],
    ['a line of band words', '项目支出绩效目标表\n' + '预算执行情况 '.repeat(size / 7) + '\n一级指标\t二级指标\t三级指标\t指标值'],
    ['an indicator header repeated on one line', '项目支出绩效目标表\n' + '一级指标 二级指标 三级指标 指标值 '.repeat(size / 19)],
    ['a long line of cells apart by runs of spaces', '部门整体支出绩效自评表\n' + '二级指标  偏差原因 | ≥ '.repeat(size / 15)],
    ['a spaceless line of column words after a header', `项目绩效运行监控表\n${streamHeader}${'得分绩效目标得分'.repeat(size / 8)}`],
    ['a spaceless stream of values and levels mixed at random', `项目支出绩效自评表\n${streamHeader}${mixWords(['实际完成值', '效益指标'], size, 6)}`],
    ['a spaceless stream of names and a level mixed at random', `项目绩效运行监控表\n${streamHeader}${mixWords(['指标内容', '年度总体目标', '质量指标'], size, 2)}`],
    ['repeated 绩效目标 labels in a project report', '青禾县道路项目绩效自评报告\n' + '绩效目标：道路硬化≥1km；'.repeat(size / 14)],
    ['repeated counted list openers in a project report', '青禾县道路项目绩效自评报告\n' + '绩效指标设置2个，分别为：道路≥1km，'.repeat(size / 21)],
    ['a seed repeated', readSeed('003').repeat(10)],
    // pdftotext's form feed opening every other line of a table: a page start for every row (running heads, rows a page cut).
    ['a form feed on every other line of a table', '项目支出绩效自评表\n一级指标 二级指标  三级指标    指标值\n' + '产出指标  数量指标   新建改造管网  ≥46公里  10\n\f  效益指标 社会效益  受益人口 ≥2万人 20\n'.repeat(size / 60)],
  ])('on %s', (_name, text) => {
    // 100 KB: linear code needs well under a second of CPU; a quadratic pattern needs tens of seconds.
    expect(cpuMilliseconds(() => readText(text))).toBeLessThan(5000);
  });
});
