import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { PerformanceDocument } from '../../core/model.ts';
import { breakCell } from '../../test-support/break-cell.ts';
import { joinBrokenLabelRows } from '../text/broken-label-rows.ts';
import { readText } from '../text/read-text.ts';
import { opensIndicatorRow } from '../grid/detectors/wrapped-row-words.ts';
import { budgetRowLabels } from './labels.ts';
import { fundLabelIndex, isFundColumnLabel, isFundRowLabel } from './fund-labels.ts';
import { readWithProfile, regionProfiles, vocabularyFor } from './profiles/index.ts';
import { sichuanProfile } from './profiles/sichuan.ts';
import { nationalProfile } from './profiles/national.ts';

/**
 * An own project self-evaluation in Sichuan's funds wording (names and numbers made up): its funds
 * rows 财政资金 and 单位资金 are labels only the Sichuan profile has (not in labels.ts).
 */
const document = [
  '项目支出绩效自评表',
  '（2025年度）',
  '项目名称\t白鹭溪河道清淤整治',
  '主管部门\t青岩坪县水务局\t实施单位\t青岩坪县河道管理站',
  '项目资金（万元）\t年初预算数\t全年预算数\t全年执行数\t分值\t执行率\t得分',
  '年度资金总额\t300.00\t320.00\t304.00\t10\t95.00%\t9.50',
  '其中：财政资金\t260.00\t280.00\t266.00\t—\t—\t—',
  '单位资金\t40.00\t40.00\t38.00\t—\t—\t—',
  '一级指标\t二级指标\t三级指标\t年度指标值\t实际完成值\t分值\t得分\t偏差原因分析及改进措施',
  '产出指标\t数量指标\t清淤河道长度\t≥12公里\t12.5公里\t40\t40\t',
  '效益指标\t生态效益指标\t河道水质达标率\t≥90%\t92%\t40\t40\t',
  '满意度指标\t服务对象满意度指标\t沿岸群众满意度\t≥90%\t93%\t10\t10\t',
  '总分\t\t\t\t\t100\t99.50\t',
];

/** The line of the 单位资金 row. */
const UNIT_FUNDS_LINE = 7;
/** The funds rows in region words: 其中：财政资金, 单位资金. */
const FUNDS_ROWS = [UNIT_FUNDS_LINE - 1, UNIT_FUNDS_LINE];

function withoutLines(read: PerformanceDocument | null): unknown {
  return JSON.parse(JSON.stringify(read, (key, value: unknown) => (key === 'line' ? undefined : value)));
}

describe('one index of funds labels for the funds readers and the line-break joiners', () => {
  it('knows a region-only row label, as every profile’s vocabulary holds the other regions’ words', () => {
    expect(budgetRowLabels.some(({ labels }) => labels.includes('单位资金'))).toBe(false);
    for (const profile of [nationalProfile, sichuanProfile]) {
      readWithProfile(profile, () => {
        expect(isFundRowLabel('单位资金')).toBe(true);
        expect(isFundRowLabel('其中：财政资金')).toBe(true);
        expect(opensIndicatorRow('单位资金')).toBe(true);
        expect(isFundColumnLabel('调整后预算数（A）')).toBe(true);
        expect(isFundRowLabel('单位资')).toBe(false);
      });
    }
  });

  it('holds every row and column label of every profile’s vocabulary', () => {
    for (const profile of regionProfiles) {
      const vocabulary = vocabularyFor(profile);
      readWithProfile(profile, () => {
        for (const { labels } of vocabulary.budgetRowLabels) for (const label of labels) expect(isFundRowLabel(label), `${profile.id} ${label}`).toBe(true);
        for (const labels of Object.values(vocabulary.budgetColumnLabels)) for (const label of labels) expect(isFundColumnLabel(label), `${profile.id} ${label}`).toBe(true);
      });
      expect(fundLabelIndex(vocabulary)).toBe(fundLabelIndex(vocabulary));
    }
  });

  it('reads the Sichuan funds rows (parts from the year’s budget column)', () => {
    const read = readText(document.join('\n'), { profile: 'sichuan' });
    expect(read?.budget).toMatchObject({ initial: '300.00', adjusted: '320.00', executed: '304.00' });
    expect(read?.budget.bySource).toMatchObject({ currentYear: '280.00', other: '40.00' });
  });

  it('joins a region-only funds row broken in its label, and reads it as unbroken', () => {
    const whole = readText(document.join('\n'), { profile: 'sichuan' });
    const lines = breakCell(document, UNIT_FUNDS_LINE, 0, 3);
    expect(lines.slice(UNIT_FUNDS_LINE, UNIT_FUNDS_LINE + 2)).toEqual(['单位资', '金\t40.00\t40.00\t38.00\t—\t—\t—']);
    const joined = readWithProfile(sichuanProfile, () => joinBrokenLabelRows(lines));
    expect(joined[UNIT_FUNDS_LINE]).toBe(document[UNIT_FUNDS_LINE]);
    expect(withoutLines(readText(lines.join('\n'), { profile: 'sichuan' }))).toEqual(withoutLines(whole));
  });

  it('reads the funds block with a break in any cell of one or both region-worded rows as unbroken', () => {
    const whole = withoutLines(readText(document.join('\n')));
    /** A break in one of a row's first four cells (label and amounts), after `at` characters. */
    const breakIn = (line: number) =>
      fc.integer({ min: 0, max: 3 }).chain((cell) => fc.record({ line: fc.constant(line), cell: fc.constant(cell), at: fc.integer({ min: 1, max: (document[line]?.split('\t')[cell]?.length ?? 2) - 1 }) }));
    const breaks = fc.subarray(FUNDS_ROWS, { minLength: 1 }).chain((lines) => fc.tuple(...lines.map(breakIn)));
    fc.assert(
      fc.property(breaks, (places) => {
        // Lower rows first, so the line numbers of the rows above still hold.
        const lines = [...places].sort((a, b) => b.line - a.line).reduce((text, { line, cell, at }) => breakCell(text, line, cell, at), [...document]);
        expect(withoutLines(readText(lines.join('\n')))).toEqual(whole);
      }),
      { numRuns: 60 },
    );
  });
});
