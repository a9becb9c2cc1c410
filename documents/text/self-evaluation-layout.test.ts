import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import type { Indicator, PerformanceDocument } from '../../core/model.ts';
import { readSeed } from '../../test-support/seeds.ts';
import { splitLines } from './normalize.ts';
import { readSelfEvaluation } from './self-evaluation.ts';

const header = [
  '一级指标',
  '二级指标',
  '三级指标',
  '年度指标值',
  '实际完成值',
  '分值',
  '得分',
  '偏差原因分析及改进措施',
];
const dataRows = [
  ['产出指标', '数量指标', '指标1:宣传活动场次', '≥12场', '14场', '30', '30', '无'],
  ['', '', '指标2:发放宣传资料份数', '≥15000份', '12000份', '20', '16', '印刷经费调减'],
  ['效益指标', '社会效益指标', '指标1:群众识毒防毒意识', '明显提高', '明显提高', '30', '27', '无'],
  ['满意度指标', '服务对象满意度指标', '指标1:参与群众满意度', '≥90%', '93%', '10', '10', '无'],
];
const title = ['部门整体支出绩效自评表', '（2023年度）', '部门名称：某某县公安局'];
const expectedRows = [
  ['产出指标', '数量指标', '宣传活动场次', '≥12场', '14场', '30', '30'],
  ['产出指标', '数量指标', '发放宣传资料份数', '≥15000份', '12000份', '20', '16'],
  ['效益指标', '社会效益指标', '群众识毒防毒意识', '明显提高', '明显提高', '30', '27'],
  ['满意度指标', '服务对象满意度指标', '参与群众满意度', '≥90%', '93%', '10', '10'],
];

function read(text: string): PerformanceDocument {
  return readSelfEvaluation(splitLines(text), 'department');
}

function summarise(document: PerformanceDocument): Array<Array<string | null | undefined>> {
  return document.goals
    .flatMap((goal) => goal.indicators)
    .map((indicator: Indicator) => [
      indicator.level1,
      indicator.level2,
      indicator.name,
      indicator.target?.text,
      indicator.actual?.text,
      indicator.weight,
      indicator.score,
    ]);
}

describe('self-evaluation tables in other text layouts', () => {
  it('reads cells separated by | as in Markdown tables, rule line included', () => {
    const lines = [
      ...title,
      `| ${header.join(' | ')} |`,
      `|${header.map(() => '---').join('|')}|`,
      ...dataRows.map((cells) => `| ${cells.join(' | ')} |`),
      '| 总分 | | | | | 90 | 83 | |',
    ];
    const document = read(lines.join('\n'));
    expect(summarise(document)).toEqual(expectedRows);
    expect(document.totals).toMatchObject({ weight: '90', score: '83' });
    expect(document.unit).toBe('某某县公安局');
  });

  it.each([
    ['tab-separated', '\t'],
    ['run together too', ' '],
  ])(
    'reads rows whose cells ran together on one line, separated only by spaces (header %s)',
    (_, separator) => {
      const lines = [
        ...title,
        header.join(separator),
        '产出指标 数量指标 指标1:宣传活动场次 ≥ 12 场 14 场 30 30 无',
        '指标2:发放宣传资料份数 ≥15000份 12000份 20 16 印刷经费调减',
        '效益指标 社会效益指标 指标1:群众识毒防毒意识 明显提高 明显提高 30 27 无',
        '满意度指标 服务对象满意度指标 指标1:参与群众满意度 ≥90% 93% 10 10 无',
      ];
      expect(summarise(read(lines.join('\n')))).toEqual(expectedRows);
    },
  );

  it('reads cells written one per line, merged 一级/二级 cells missing from the text', () => {
    const lines = [
      ...title,
      ...header,
      ...dataRows.flatMap((cells) => cells.filter((cell) => cell !== '')),
      '总分',
      '90',
      '83',
    ];
    const document = read(lines.join('\n'));
    expect(summarise(document)).toEqual(expectedRows);
    expect(document.totals).toMatchObject({ weight: '90', score: '83' });
  });

  it('reads sample 001 rewritten with every cell on its own line behind a tab (sample 000’s block layout)', () => {
    const block = readSeed('001')
      .split('\n')
      .map((line) =>
        line.includes('\t')
          ? `${line
              .split('\t')
              .map((cell) => `\t${cell}`)
              .join('\n')}\n`
          : line,
      )
      .join('\n');
    const document = read(block);
    const indicators = document.goals.flatMap((goal) => goal.indicators);
    expect(indicators).toHaveLength(27);
    expect(indicators.map((indicator) => indicator.name)).toContain('打掉电信诈骗团伙目标数');
    expect([document.budget.adjusted, document.totals.score, document.findings]).toEqual([
      '8016.09',
      '96',
      [],
    ]);
  });

  it('joins a name whose first half comes on the line before its values', () => {
    const lines = [
      ...title,
      header.join('\t'),
      ['产出指标', '数量指标', '打掉电信', '', '', '', '', ''].join('\t'),
      ['', '', '', '10', '11', '2', '2', '完成'].join('\t'),
    ];
    const [indicator] = read(lines.join('\n')).goals[0]?.indicators ?? [];
    expect([indicator?.name, indicator?.target?.text, indicator?.weight, indicator?.line]).toEqual([
      '打掉电信',
      '10',
      '2',
      5,
    ]);
  });
});

describe('rows the reader cannot place', () => {
  it('reports a non-numeric 分值 as a shifted row and leaves it empty', () => {
    const lines = [
      ...title,
      header.join('\t'),
      ['产出指标', '数量指标', '宣传活动场次', '≥12场', '14场', '完成', '30', ''].join('\t'),
    ];
    const document = read(lines.join('\n'));
    const [indicator] = document.goals[0]?.indicators ?? [];
    expect(indicator?.weight).toBeNull();
    expect(document.findings).toContainEqual(
      expect.objectContaining({ code: 'shifted-row', severity: 'warning', line: 5 }),
    );
    expect(document.findings[0]?.message).toContain('分值');
  });

  it('reports values without a name as a shifted row, keeping the values', () => {
    const lines = [
      ...title,
      header.join('\t'),
      ['产出指标', '数量指标', '宣传活动场次', '≥12场', '14场', '30', '30', ''].join('\t'),
      ['', '', '', '≥90%', '93%', '10', '10', ''].join('\t'),
    ];
    const document = read(lines.join('\n'));
    expect(document.goals[0]?.indicators.map((indicator) => indicator.name)).toEqual(['宣传活动场次', '']);
    expect(document.findings).toContainEqual(expect.objectContaining({ code: 'shifted-row', line: 6 }));
  });

  it('reports cells beyond the header and a line it cannot place', () => {
    const lines = [
      ...title,
      header.join('\t'),
      [...(dataRows[0] ?? []), '多余'].join('\t'),
      '这一行不属于任何指标',
    ];
    const codes = read(lines.join('\n')).findings.map((finding) => [finding.code, finding.line]);
    expect(codes).toEqual([
      ['shifted-row', 5],
      ['unparsed-line', 6],
    ]);
  });

  it('never throws on truncated or mutated copies of sample 001', () => {
    const lines = splitLines(readSeed('001'));
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: lines.length }),
        fc.integer({ min: 0, max: lines.length }),
        fc.string(),
        (from, length, noise) => {
          const mutated = [...lines.slice(0, from), noise, ...lines.slice(from + length)];
          const document = readSelfEvaluation(mutated, 'department');
          expect(document.kind).toBe('self-evaluation');
        },
      ),
      { numRuns: 200 },
    );
  });
});
