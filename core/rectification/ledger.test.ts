import { describe, expect, it } from 'vitest';
import { summariseLedger, type LedgerNotice } from './ledger.ts';

const now = new Date('2026-08-05T02:00:00.000Z');

describe('summariseLedger', () => {
  it('counts notices, items, closed and overdue items, and sums money exactly by kind', () => {
    const notices: LedgerNotice[] = [
      {
        state: 'closed',
        deadline: '2026-07-31',
        items: [
          { state: 'accepted', moneyAction: 'reduce', moneyAmount: '0.1' },
          { state: 'accepted', moneyAction: 'reduce', moneyAmount: '0.2' },
        ],
      },
      {
        state: 'open',
        deadline: '2026-08-01',
        items: [
          { state: 'answered', moneyAction: 'recover', moneyAmount: '1000000000000.01' },
          { state: 'accepted', moneyAction: null, moneyAmount: null },
        ],
      },
      { state: 'open', deadline: '2026-08-05', items: [{ state: 'open', moneyAction: 'cancel', moneyAmount: '5' }] },
    ];
    expect(summariseLedger(notices, now)).toEqual({
      notices: 3,
      noticesClosed: 1,
      items: 5,
      itemsClosed: 3,
      itemsOverdue: 1,
      money: { reduce: '0.3', recover: '1000000000000.01', cancel: '5', adjust: '0' },
      moneyTotal: '1000000000005.31',
    });
  });

  it('keeps every 分 of the sums: amounts in 万元 with up to six decimals are never rounded', () => {
    const notices: LedgerNotice[] = [
      {
        state: 'open',
        deadline: '2026-09-30',
        items: [
          { state: 'open', moneyAction: 'recover', moneyAmount: '0.005' },
          { state: 'open', moneyAction: 'recover', moneyAmount: '12.345678' },
          { state: 'open', moneyAction: 'reduce', moneyAmount: '0.000001' },
        ],
      },
    ];
    expect(summariseLedger(notices, now)).toMatchObject({ money: { reduce: '0.000001', recover: '12.350678' }, moneyTotal: '12.350679' });
  });

  it('gives zeros for no notices', () => {
    expect(summariseLedger([], now)).toMatchObject({ notices: 0, items: 0, moneyTotal: '0' });
  });
});
