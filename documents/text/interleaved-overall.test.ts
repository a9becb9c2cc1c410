import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { readInterleavedOverall } from './interleaved-overall.ts';

const headings = '实际完成情况 未能完成原因';
const goalLines = ['一、完成全市古树名木普查，建立档案台账。二、完成', '古树复壮保护40株。'];
const resultLines = ['完成古树名木普查和建档，复壮保护 复壮工程受持续干旱影响，', '古树36株，其余4株延至次年。 部分树木需待雨季施工。'];
const goal = '一、完成全市古树名木普查，建立档案台账。二、完成古树复壮保护40株。';
const result = '完成古树名木普查和建档，复壮保护古树36株，其余4株延至次年。';

describe('a PDF sheet’s result cells interleaved line by line under their headings', () => {
  it.each([
    {
      layout: 'the goal under the unit’s label row, the result up to the block’s label alone on its line',
      lines: ['单位名称 年度整体 东川市园林绿化中心', ...goalLines, headings, ...resultLines, '整体绩效目标完成情况', '按资金来源 全年预算数'],
      expected: { overallGoal: goal, overallResult: result },
    },
    {
      layout: 'the goal under its own label (a template that writes it)',
      lines: ['单位名称 东川市园林绿化中心', '年度绩效目标', ...goalLines, headings, ...resultLines, '整体绩效目标完成情况'],
      expected: { overallGoal: goal, overallResult: result },
    },
    {
      layout: 'a 未完成原因 heading, blank lines between the lines',
      lines: ['单位名称 东川市园林绿化中心', ...goalLines, '', '实际完成情况 未完成原因', '', resultLines[0]!, '', resultLines[1]!, '', '整体绩效目标完成情况'],
      expected: { overallGoal: goal, overallResult: result },
    },
    {
      layout: 'the reason cell ending first (a line of one piece could be either cell’s)',
      lines: ['单位名称 东川市园林绿化中心', ...goalLines, headings, resultLines[0]!, '古树36株，其余4株延至次年。', '整体绩效目标完成情况'],
      expected: { overallGoal: goal, overallResult: null },
    },
    {
      layout: 'no reason at all (every line one piece: which cell is not told)',
      lines: ['单位名称 东川市园林绿化中心', ...goalLines, headings, '完成古树名木普查和建档，复壮保护', '古树40株。', '整体绩效目标完成情况'],
      expected: { overallGoal: goal, overallResult: null },
    },
    {
      layout: 'the funds rows right under the cells, no label between (amounts are no cell pieces)',
      lines: ['单位名称 东川市园林绿化中心', ...goalLines, headings, ...resultLines, '财政拨款 685.40'],
      expected: { overallGoal: goal, overallResult: null },
    },
    {
      layout: 'text of two pieces above the headings (no single cell there)',
      lines: ['单位名称 东川市园林绿化中心', '完成普查 建立台账', headings, ...resultLines, '整体绩效目标完成情况'],
      expected: { overallGoal: null, overallResult: result },
    },
    {
      layout: 'the title right above the goal lines (no label says where the goal starts)',
      lines: ['部门整体支出绩效自评表', ...goalLines, headings, ...resultLines, '整体绩效目标完成情况'],
      expected: { overallGoal: null, overallResult: result },
    },
  ])('reads $layout', ({ lines, expected }) => {
    expect(readInterleavedOverall(lines)).toEqual(expected);
  });

  it.each([
    ['the headings with a third word', ['单位名称 东川市园林绿化中心', ...goalLines, '实际完成情况 未能完成原因 备注', ...resultLines]],
    ['the goal heading beside the result heading (another layout’s block)', ['单位名称 东川市园林绿化中心', '预期目标 实际完成情况', ...resultLines]],
  ])('finds no such block with %s', (_, lines) => {
    expect(readInterleavedOverall(lines)).toBeNull();
  });
});

describe('interleaved cells, any texts', () => {
  const words = fc.string({ unit: fc.constantFrom(...'古树名木普查建档复壮保护工程干旱影响雨季施工完成株其余次年延至部分需待'.split('')), minLength: 1, maxLength: 20 });
  const piece = fc.tuple(words, fc.constantFrom('，', '。', '；')).map(([text, mark]) => `${text}${mark}`);

  it('gives back the goal’s lines and the left pieces of every line under the headings, in order', () => {
    fc.assert(
      fc.property(fc.array(words, { minLength: 1, maxLength: 4 }), fc.array(fc.tuple(piece, piece), { minLength: 1, maxLength: 6 }), (goal, rows) => {
        const lines = ['单位名称 东川市园林绿化中心', ...goal, headings, ...rows.map(([left, right]) => `${left} ${right}`), '整体绩效目标完成情况'];
        expect(readInterleavedOverall(lines)).toEqual({ overallGoal: goal.join(''), overallResult: rows.map(([left]) => left).join('') });
      }),
    );
  });
});
