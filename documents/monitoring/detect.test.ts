import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { documentSchema } from '../../core/model.ts';
import { readSeed } from '../../test-support/seeds.ts';
import { splitLines } from '../text/normalize.ts';
import { readText } from '../text/read-text.ts';
import { detectMonitoring } from './detect.ts';
import { findPeriod } from './period.ts';

describe('detectMonitoring', () => {
  it.each(['000', '001', '002', '003'] as const)(
    'does not take seed %s (target table, self-evaluation, approval table, report) for monitoring',
    (seed) => {
      expect(detectMonitoring(splitLines(readSeed(seed)))).toBeNull();
    },
  );

  it.each([
    ['项目支出绩效运行监控表', 'table'],
    ['部门整体支出绩效监控情况表', 'table'],
    ['2025年项目绩效目标执行监控表', 'table'],
    ['2024年省级专项项目绩效二次监控表', 'table'],
    ['2024年第二轮绩效监控表', 'table'],
    ['某局2025年上半年绩效运行监控报告', 'report'],
  ])('knows the title %s', (title, form) => {
    expect(detectMonitoring([title, '项目名称\t某项目'])?.form).toBe(form);
  });

  it('knows an untitled table by two monitoring columns, not by one', () => {
    expect(detectMonitoring(['年初预算数\t1-8月执行数\t全年预计执行数'])?.form).toBe('table');
    expect(detectMonitoring(['年初预算数\t1-8月执行数\t执行率'])).toBeNull();
    // The months in numerals, a stage's value (一至九月阶段性完成情况).
    expect(detectMonitoring(['年度指标值\t一至九月阶段性完成情况\t全年预计完成值'])?.form).toBe('table');
  });
});

describe('findPeriod', () => {
  it.each([
    ['1-6月执行数', 2025, { throughMonth: 6, cutOffDate: null, text: '1-6月' }],
    ['1—8月实际完成值', 2025, { throughMonth: 8, cutOffDate: null, text: '1—8月' }],
    ['一至七月执行情况', null, { throughMonth: 7, cutOffDate: null, text: '一至七月' }],
    ['上半年指标执行情况', null, { throughMonth: 6, cutOffDate: null, text: '上半年' }],
    ['截至8月底', null, { throughMonth: 8, cutOffDate: null, text: '截至8月底' }],
    ['截至2024年6月30日', null, { throughMonth: 6, cutOffDate: '2024-06-30', text: '截至2024年6月30日' }],
    ['截至6月15日', 2025, { throughMonth: null, cutOffDate: '2025-06-15', text: '截至6月15日' }],
    ['截至2月29日', 2023, null],
    ['2024年1月1日至6月30日累计支出', null, { throughMonth: 6, cutOffDate: '2024-06-30', text: '1月1日至6月30日' }],
    ['1月1日至8月31日', 2025, { throughMonth: 8, cutOffDate: '2025-08-31', text: '1月1日至8月31日' }],
    ['实施期限2024年1月1日至12月31日', 2024, null],
    ['前三季度累计支出', null, { throughMonth: 9, cutOffDate: null, text: '前三季度' }],
    ['截至二季度末', null, { throughMonth: 6, cutOffDate: null, text: '截至二季度末' }],
    ['预计第四季度支付', null, null],
    ['全年执行数', 2025, null],
  ])('%s (year %s) → %j', (text, year, expected) => {
    const period = findPeriod(text, year);
    if (expected === null) expect(period?.cutOffDate ?? period?.throughMonth ?? null).toBeNull();
    else expect(period).toEqual(expected);
  });
});

describe('reading any cell soup', () => {
  const cell = fc.constantFrom(
    '项目名称',
    '1-6月执行数',
    '全年预计执行数',
    '完成目标可能性',
    '年度资金总额',
    '一级指标',
    '三级指标',
    '产出指标',
    '数量指标',
    '≥10个',
    '√',
    '',
    '120',
    '50%',
    '确定能',
    '偏差情况',
    '其中：上年结转',
  );
  const line = fc
    .array(cell, { maxLength: 8 })
    .chain((cells) => fc.constantFrom('\t', ' | ', '  ').map((separator) => cells.join(separator)));

  it('never throws and gives a document the model accepts', () => {
    fc.assert(
      fc.property(fc.array(line, { maxLength: 30 }), (lines) => {
        const document = readText(['项目支出绩效运行监控表', ...lines].join('\n'));
        expect(document).not.toBeNull();
        expect(documentSchema.safeParse(document).success).toBe(true);
        expect(document?.findings.some((finding) => finding.code === 'reader-failed')).toBe(false);
      }),
      { numRuns: 300 },
    );
  });
});
