import { describe, expect, it } from 'vitest';
import { extractMoneyLists } from './report-money-lists.ts';

function listsOf(text: string) {
  return extractMoneyLists(text.split('\n')).lists.map(({ label, amount, items }) => ({
    label,
    amount,
    items: items.map((item) => `${item.label}=${item.amount}`),
  }));
}

describe('extractMoneyLists', () => {
  it('reads a 其中 list after a full stop, items separated by ； and one per line', () => {
    const text = [
      '2023年度本部门政府性基金预算支出300万元。其中：',
      '巡辅警经费200万元；',
      '2023年跨区域专项经费100万元。',
    ].join('\n');
    expect(listsOf(text)).toEqual([
      { label: '政府性基金预算支出', amount: '300', items: ['巡辅警经费=200', '2023年跨区域专项经费=100'] },
    ]);
  });

  it('reads each level of a nested itemisation as its own list (，-items inside ；-items)', () => {
    const text = [
      '本单位2023年基本支出100万元，其中：工资福利支出60万元，包含：基本工资50万元，津补贴10万元；',
      '一般商品及服务支出40万元，包含：公用经费40万元；',
    ].join('\n');
    expect(listsOf(text)).toEqual([
      { label: '基本支出', amount: '100', items: ['工资福利支出=60', '一般商品及服务支出=40'] },
      { label: '工资福利支出', amount: '60', items: ['基本工资=50', '津补贴=10'] },
      { label: '一般商品及服务支出', amount: '40', items: ['公用经费=40'] },
    ]);
  });

  it.each([
    [
      'items one per line without punctuation',
      '项目支出30万元，其中：\n甲经费10万元\n乙经费20万元',
      ['甲经费=10', '乙经费=20'],
    ],
    [
      'enumerated items',
      '项目支出30万元。其中：\n1、甲经费10万元；\n2、乙经费20万元。',
      ['甲经费=10', '乙经费=20'],
    ],
    ['amounts in 元 and 亿元 converted to 万元', '项目支出1.2万元，包括：办公费12,000元。', ['办公费=1.2']],
    [
      '"万" alone before punctuation',
      '项目支出1628万，其中：服务费1128万；排查系统500万。',
      ['服务费=1128', '排查系统=500'],
    ],
    [
      'a label followed by 为',
      '项目支出30万元，其中：甲经费为10万元，乙经费为20万元。',
      ['甲经费=10', '乙经费=20'],
    ],
  ])('reads %s', (_name, text, items) => {
    expect(listsOf(text).map((list) => list.items)).toEqual([items]);
  });

  it.each([
    [
      'money without an itemisation',
      '投入350余万元，完成执法办案管理中心建设，全县“雪亮工程”增加投入1200万元。',
    ],
    ['an itemisation of things that are not money', '查明涉案人员56名，其中组织者7人、运送者2人。'],
    ['counts written with 万 before a word', '涉案植物数量高达20.1万株，其中：成株1.5万多株。'],
    ['an itemisation with no amount before it', '存在的问题，其中：资金拨付缓慢10万元。'],
  ])('finds no list in %s', (_name, text) => {
    expect(listsOf(text)).toEqual([]);
  });

  it('ends a list at a sub-heading, so the next paragraph is not taken as an item', () => {
    const text = [
      '基本支出10万元，其中：资本性支出10万元',
      '（二）项目支出情况',
      '项目支出5万元，已全部执行。',
    ].join('\n');
    expect(listsOf(text)).toEqual([{ label: '基本支出', amount: '10', items: ['资本性支出=10'] }]);
  });

  it('keeps the 1-based line of each list', () => {
    const { lists } = extractMoneyLists(['标题', '', '项目支出5万元，其中：甲经费5万元。']);
    expect(lists.map((list) => list.line)).toEqual([3]);
  });

  it('returns every labelled amount, with lead-ins dropped, for budget figures', () => {
    const { mentions } = extractMoneyLists(['本单位2023年基本支出5105.15万元。', '项目支出为678万元。']);
    expect(mentions.map((mention) => `${mention.label}=${mention.amount}`)).toEqual([
      '基本支出=5105.15',
      '项目支出=678',
    ]);
  });
});

describe('extractMoneyLists with brackets and intervening words', () => {
  it('reads an itemisation in brackets and ends it at the closing bracket', () => {
    const text =
      '基本支出100万元（其中：人员经费60万元，公用经费40万元），项目支出20万元，其中：甲经费20万元。';
    expect(listsOf(text)).toEqual([
      { label: '基本支出', amount: '100', items: ['人员经费=60', '公用经费=40'] },
      { label: '项目支出', amount: '20', items: ['甲经费=20'] },
    ]);
  });

  it('keeps brackets inside a label', () => {
    expect(
      listsOf('工资福利支出30万元，包含：医疗保险（单位部分）10万元，基本工资20万元。')[0]?.items,
    ).toEqual(['医疗保险（单位部分）=10', '基本工资=20']);
  });

  it('itemises an amount whose bracketed note comes before 其中', () => {
    expect(listsOf('政府性基金预算支出30万元（含上年结转）。其中：甲经费30万元。')).toEqual([
      { label: '政府性基金预算支出', amount: '30', items: ['甲经费=30'] },
    ]);
  });

  it('ends a list at a 合计 that restates its total, without taking it for an item', () => {
    expect(listsOf('项目支出30万元，其中：甲经费10万元，乙经费20万元，合计30万元；另有结转5万元。')).toEqual([
      { label: '项目支出', amount: '30', items: ['甲经费=10', '乙经费=20'] },
    ]);
  });

  it('does not itemise an amount when other words come between it and 其中', () => {
    expect(listsOf('投入350万元，完成执法办案管理中心建设，其中：设备采购100万元。')).toEqual([]);
  });
});
