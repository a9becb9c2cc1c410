import { describe, expect, it } from 'vitest';
import { readMoneySentences } from './money-sentences.ts';

// Invented sentences of narrative monitoring reports: the facts each gives, by kind and amount (万元).
const rows: ReadonlyArray<[sentence: string, facts: Array<[string, string]>]> = [
  ['年初预算安排共计3521.6万元，其中部门项目支出420万元，公共项目支出3101.6万元。', [['budget', '3521.6']]],
  ['全年预算数为2680.34万元，其中基本支出980.34万元，项目支出1700万元。', [['budget', '2680.34']]],
  ['截至6月底，项目支出270万元。', [['spent', '270']]],
  ['1-6月，我局实际支出资金1206.15万元。', [['spent', '1206.15']]],
  ['截至6月30日，资金已到位900万元，使用765万元。', [['received', '900'], ['spent', '765']]],
  ['截至8月底累计执行1200万元。', [['executed', '1200']]],
  ['预计全年可执行3400万元。', [['forecast', '3400']]],
  ['预计到年底资金支出2600万元，执行率可达97%。', [['forecast', '2600']]],
  ['预计年底前可完成支付2600万元。', [['forecast', '2600']]],
  ['全年预计支出2600万元。', [['forecast', '2600']]],
  ['按序时进度应支出40万元。', []],
  ['公用经费年初45.76万元，1-6月执行27.13万元。', [['budget', '45.76'], ['executed', '27.13']]],
  ['本单位项目支出预算19.3万元，1-6月实际支出3.12万元。', [['budget', '19.3'], ['spent', '3.12']]],
  ['1-6月支出120万元，其中基本支出80万元，项目支出40万元。', [['spent', '120'], ['spent', '80'], ['spent', '40']]],
];

describe('money sentences of monitoring reports', () => {
  it.each(rows)('%s', (sentence, facts) => {
    expect(readMoneySentences([sentence]).facts.map((fact) => [fact.kind, fact.amount])).toEqual(facts);
  });
});

// Invented sentences with a stated rate: what it divides, and by what.
const rateRows: ReadonlyArray<[sentence: string, rates: Array<[string, string | null, string]>]> = [
  ['公用经费年初45.76万元，1-6月执行27.13万元，预算完成率为59.29%。', [['executed', 'budget', '59.29']]],
  ['资金到位450万元，到位率75%。', [['received', 'budget', '75']]],
  ['截至6月底支付270万元，支付率60%。', [['spent', null, '60']]],
  // 完成率 alone is an indicator's (任务完成率), not money.
  ['1-6月执行27.13万元，任务完成率98%。', []],
  // A rate the report expects by the year's end is no rate of the figures to date.
  ['截至8月底支付42万元，支付进度52.5%，预计全年支付率100%。', [['spent', null, '52.5']]],
  // A 使用率 in a sentence holding a budget and 到位 funds: the base the figures give (reports-23).
  ['年初预算安排共计2400万元，截至6月30日资金已到位600万元，使用600万元，使用率100%。', [['spent', 'received', '100']]],
  ['年初预算安排共计2400万元，截至6月30日资金已到位1200万元，使用600万元，使用率25%。', [['spent', 'budget', '25']]],
  // Both bases give the rate (all funds received), or neither does: the base stays unsaid.
  ['年初预算安排共计800万元，资金已到位800万元，使用600万元，使用率75%。', [['spent', null, '75']]],
  ['年初预算安排共计2400万元，资金已到位1200万元，使用600万元，使用率60%。', [['spent', null, '60']]],
];

describe('stated rates of monitoring reports', () => {
  it.each(rateRows)('%s', (sentence, rates) => {
    expect(readMoneySentences([sentence]).rates.map((rate) => [rate.numerator, rate.base, rate.rate])).toEqual(rates);
  });
});
