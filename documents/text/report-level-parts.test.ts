import { describe, expect, it } from 'vitest';
import { readText } from './read-text.ts';
import { withoutLevelParts } from './report-level-parts.ts';

describe('withoutLevelParts (a level’s share of 转移支付 funds)', () => {
  it('drops the clauses about one level and keeps the whole', () => {
    expect(
      withoutLevelParts([
        '中央资金年初预算420万元，全年执行408.6万元；省级资金年初预算160万元。合计年初预算640万元。',
      ]),
    ).toEqual(['合计年初预算640万元。']);
  });

  it('keeps a sentence that only itemises the whole after it', () => {
    const line = '2023年县财政预算安排资金620万元，其中上级补助资金400万元，县级配套资金220万元。';
    expect(withoutLevelParts([line])).toEqual([line]);
  });

  it('reads the whole budget of a report that states the shares first, and a share-only report as written', () => {
    const head = ['某县林业局2023年度林业改革发展资金绩效自评报告', '一、资金情况'];
    const whole = readText(
      [
        ...head,
        '中央资金年初预算420万元，全年执行408.6万元；合计年初预算640万元，全年执行数624.2万元。',
      ].join('\n'),
    );
    expect(whole?.budget).toMatchObject({ initial: '640', executed: '624.2' });
    const sharesOnly = readText([...head, '中央资金年初预算420万元，全年执行408.6万元。'].join('\n'));
    expect(sharesOnly?.budget).toMatchObject({ initial: '420', executed: '408.6' });
  });
});
