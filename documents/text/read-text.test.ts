import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { documentSchema } from '../../core/model.ts';
import { readSeed } from '../../test-support/seeds.ts';
import { detectKind } from './detect-kind.ts';
import { normalizeLine, splitLines } from './normalize.ts';
import { NotADocumentError, readDocumentText, readText } from './read-text.ts';
import { cpuMilliseconds } from '../../test-support/cpu-time.ts';

const essay = [
  '春天的早晨',
  '',
  '清晨，我推开窗户，一阵清新的空气扑面而来。小鸟在枝头欢快地歌唱，柳树抽出了嫩绿的新芽。',
  '我和妈妈沿着河边散步，看见几位老人在打太极拳，孩子们在草地上放风筝。',
  '春天是一年中最美好的季节，它带给我们希望，也提醒我们珍惜时间，努力学习。',
].join('\n');

describe('detectKind', () => {
  it.each([
    ['000', 'target-table'],
    ['001', 'self-evaluation'],
    ['002', 'approval-table'],
    ['003', 'evaluation-report'],
  ] as const)('detects sample %s as a department %s', (seed, kind) => {
    expect(detectKind(splitLines(readSeed(seed)))).toEqual({ kind, scope: 'department' });
  });

  it.each([
    ['2024年项目支出绩效目标表\n项目名称：禁毒宣传', 'target-table'],
    ['项目支出绩效自评表\n（2024年度）\n项目名称：禁毒宣传', 'self-evaluation'],
    ['2024年项目支出绩效目标批复表\n项目名称：道路监控', 'approval-table'],
  ] as const)('detects the project-scope title %j as a project %s', (text, kind) => {
    expect(detectKind(splitLines(text))).toEqual({ kind, scope: 'project' });
  });

  it('finds no document in a Chinese essay', () => {
    expect(detectKind(splitLines(essay))).toBeNull();
  });

  it("finds no document in random Chinese text without the kinds' words", () => {
    const ideographs = fc.string({
      unit: fc.integer({ min: 0x4e00, max: 0x9fa5 }).map((code) => String.fromCharCode(code)),
      maxLength: 400,
    });
    const text = fc.array(ideographs, { maxLength: 20 }).map((lines) => lines.join('\n'));
    fc.assert(
      fc.property(text, (candidate) => {
        // Guard against a random draw that spells a kind's own words.
        fc.pre(!/表|报告|指标|情况|问题|执行|得分/.test(candidate));
        expect(detectKind(splitLines(candidate))).toBeNull();
      }),
      { numRuns: 200 },
    );
  });
});

describe('readText and readDocumentText', () => {
  it.each([[''], ['\n\n\n'], [essay]])('gives null for text that is no performance document (%j)', (text) => {
    expect(readText(text)).toBeNull();
  });

  it('refuses a non-document for the CLI with a Chinese message naming the file', () => {
    expect(() => readDocumentText(essay, 'essay.txt')).toThrow(NotADocumentError);
    expect(() => readDocumentText(essay, 'essay.txt')).toThrow(/“essay\.txt”不是可识别的绩效文档/);
    expect(() => readDocumentText('')).toThrow(/该文本不是可识别的绩效文档/);
  });

  it('gives the CLI the same document as readText for a real document', () => {
    const text = readSeed('003');
    expect(readDocumentText(text, '003.txt')).toEqual(readText(text));
  });

  it('treats \\r\\n and \\r line ends like \\n', () => {
    const text = readSeed('003');
    expect(readText(text.replace(/\n/g, '\r\n'))).toEqual(readText(text));
    expect(readText(text.replace(/\n/g, '\r'))).toEqual(readText(text));
  });
});

describe('normalizeLine', () => {
  it.each([
    ['<p>≥95%</p>', '≥95%'],
    ['$\\geq 90\\%$', '≥ 90%'],
    ['$\\text{次}$', '次'],
    ['[bookmark: _GoBack]三、生机勃勃的2024年', '三、生机勃勃的2024年'],
    ['１２３％', '123%'],
    ['名称\t\t', '名称\t\t'],
    ['名称   ', '名称'],
  ])('cleans %j to %j', (line, expected) => {
    expect(normalizeLine(line)).toBe(expected);
  });

  it.each([
    ['a long run of spaces before text', ' '.repeat(200_000) + 'x'],
    ['an unclosed \\text{ repeated', '\\text {'.repeat(30_000)],
    ['an unclosed <p  repeated', '<p '.repeat(60_000)],
    ['an unclosed [bookmark: repeated', '[bookmark: '.repeat(20_000)],
  ])('cleans %s in linear time', (_name, line) => {
    expect(cpuMilliseconds(() => normalizeLine(line))).toBeLessThan(2000);
  });
});

describe('readText on truncated tables', () => {
  it('reports a self-evaluation cut before its 总分 row as truncated, keeping the indicators read', () => {
    const seed = readSeed('001');
    const document = readText(seed.slice(0, seed.lastIndexOf('总分')));
    expect(document?.kind).toBe('self-evaluation');
    expect(document?.goals[0]?.indicators.length).toBeGreaterThan(20);
    expect(document?.findings).toContainEqual(
      expect.objectContaining({ code: 'truncated-document', path: 'totals' }),
    );
  });

  it('does not report the whole self-evaluation as truncated', () => {
    expect(readText(readSeed('001'))?.findings.map((finding) => finding.code)).not.toContain(
      'truncated-document',
    );
  });
});

describe('readText keeps its result inside the model', () => {
  it.each([
    ['1900年度绩效评价报告\n一、部门基本情况\n略。'],
    ['1900年部门整体支出绩效目标表'],
    ['1900年部门整体支出绩效自评表'],
    ['1900年部门整体支出绩效目标批复表'],
  ])('drops a year the model cannot hold, with a finding (%j)', (text) => {
    const document = readText(text);
    expect(document?.year).toBeNull();
    expect(document?.findings).toContainEqual(
      expect.objectContaining({ code: 'invalid-year', path: 'year' }),
    );
    expect(documentSchema.safeParse(document).success).toBe(true);
  });
});
