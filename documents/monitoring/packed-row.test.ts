import { describe, expect, it } from 'vitest';
import { eachIndicator } from '../../core/model.ts';
import { readText } from '../text/read-text.ts';
import { withPackedRowAligned } from './packed-row.ts';
import type { StreamCell } from './stream.ts';
import type { IndicatorColumn } from './vocabulary.ts';

const columns: IndicatorColumn[] = ['name', 'target', 'actualToDate', 'likelihood', 'note'];
const row = (...texts: string[]): StreamCell[] => texts.map((text, column) => ({ text, label: text.replace(/\s+/g, ''), line: 9, column, inRow: true }));
const texts = (cells: readonly StreamCell[]): string[] => cells.map((cell) => cell.text);

describe('withPackedRowAligned', () => {
  it.each([
    ['a row in place', ['巡查次数', '≥40次', '22次', '确定能'], ['巡查次数', '≥40次', '22次', '确定能']],
    ['one place short, the value split off the name', ['巡查次数≥40次', '22次', '确定能'], ['巡查次数', '≥40次', '22次', '确定能']],
    ['one place short, a name without a sign kept whole', ['年度预算60万元', '已支出45%', '确定能'], ['年度预算60万元', '', '已支出45%', '确定能']],
    ['two places short', ['水面无成片漂浮物', '有可能', '汛期推迟'], ['水面无成片漂浮物', '', '', '有可能', '汛期推迟']],
    ['no likelihood word', ['巡查次数≥40次', '22次'], ['巡查次数≥40次', '22次']],
    ['the likelihood word as the name', ['确定能', '22次'], ['确定能', '22次']],
  ])('%s', (_, cells, aligned) => {
    expect(texts(withPackedRowAligned(row(...cells), columns))).toEqual(aligned);
  });

  it('leaves cells of a dump one cell per line to the slides of empty-cell-slides.ts', () => {
    const cells = row('巡查次数≥40次', '22次', '确定能').map((cell) => ({ ...cell, inRow: false }));
    expect(texts(withPackedRowAligned(cells, columns))).toEqual(['巡查次数≥40次', '22次', '确定能']);
  });
});

describe('a 监控表 whose template printed its 二级 words in the 指标名称 column (a web page’s pipe rows)', () => {
  const text = [
    '柳岸市项目支出绩效监控表 (渠道清淤) |',
    '(2024年度)',
    '主管部门 | 柳岸市水利局 | 项目执行单位 | 柳岸市灌区管理所 | |||',
    '项目名称 | 渠道清淤 | |||||',
    '项目资金 (万元) | 年初预算数 | 1-6月执行数 | 全年预计执行数 | |||',
    '年度资金总额: | 60 | 25 | ||||',
    '绩效指标 | 一级 指标 | 指标名称 | 指标值 |',
    '半年度 指标执行情况 |',
    '完成目标可能性(确定能、有可能、不可能) | 备注 |',
    '产 出 指 标 |',
    '数量 | 清淤渠道长度≥12公里 | 已清淤5公里 | 确定能 | |||',
    '质量 | ||||||',
    '成本 | 年度预算60万元 | 已支出25万元 | 确定能 | |||',
    '效 益 指 标 |',
    '社会效益 | 灌溉保证率提高 | 有可能 | 汛期推迟 | ||',
  ].join('\n');

  it('reads each indicator under its 二级, the value split off its name and the likelihood in its column; empty 二级 rows are no indicators', () => {
    const document = readText(text);
    const rows = document
      ? [...eachIndicator(document)].map(({ indicator }) =>
          [indicator.level2, indicator.name, indicator.target?.text ?? '', indicator.monitoring?.actualToDate?.text ?? '', indicator.monitoring?.likelihood ?? ''].join('/'),
        )
      : [];
    expect(rows).toEqual([
      '数量指标/清淤渠道长度/≥12公里/已清淤5公里/certain',
      '成本指标/年度预算60万元//已支出25万元/certain',
      '社会效益指标/灌溉保证率提高///possible',
    ]);
  });
});
