import { describe, expect, it } from 'vitest';
import type { Finding } from '../../core/model.ts';
import { readBlockRows, readLineRows } from './table-rows.ts';
import { flattenCells, readBudgetCells, readLabelledText } from './table-facts.ts';

function budgetOf(rows: ReturnType<typeof readLineRows>) {
  const findings: Finding[] = [];
  return { budget: readBudgetCells(flattenCells(rows), findings), findings };
}

describe('readBudgetCells', () => {
  it('reads a tab-separated budget block, blank amounts as null and the two 合计 in order', () => {
    const { budget, findings } = budgetOf(
      readLineRows([
        '年度预算申请\t资金总额：300.00',
        '一般公共预算\t250.00\t基本支出\t200.00',
        '政府性基金拨款\t\t项目支出\t100.00',
        '其他资金\t50.00',
        '合计\t300.00\t合计\t300.00',
      ]),
    );
    expect(budget).toEqual({
      total: '300.00',
      bySource: { generalPublic: '250.00', governmentFund: null, specialAccount: null, other: '50.00', total: '300.00' },
      byNature: { basic: '200.00', project: '100.00', total: '300.00' },
    });
    expect(findings).toEqual([]);
  });

  it('takes the income 合计 as the total when there is no 资金总额 row, 合计 cells with their amount too', () => {
    const { budget } = budgetOf(
      readLineRows(['年度收入预算\t合计\t500.00', '\t财政拨款\t450.00', '年度支出预算\t合计 500.00', '\t基本支出\t300.00']),
    );
    expect(budget.total).toBe('500.00');
    expect(budget.bySource?.total).toBe('500.00');
    expect(budget.byNature?.total).toBe('500.00');
  });

  it('takes the amount under a 资金总额 heading, in the next row', () => {
    const { budget } = budgetOf(
      readLineRows(['年度预算申请\t资金总额\t\t按收入性质分\t按支出性质分', '\t568.20\t\t一般公共预算：548.20\t基本支出：402.70']),
    );
    expect(budget.total).toBe('568.20');
    expect(budget.bySource?.generalPublic).toBe('548.20');
  });

  it('reads amounts written after the label in the same cell', () => {
    const { budget } = budgetOf(readLineRows(['\t其中：一般公共预算：7897.75\t\t其中：基本支出：7067.17', '\t政府性基金拨款：0\t\t项目支出：948.92']));
    expect(budget.bySource).toMatchObject({ generalPublic: '7897.75', governmentFund: '0' });
    expect(budget.byNature).toMatchObject({ basic: '7067.17', project: '948.92' });
  });

  it('reports an amount that is not a number instead of guessing', () => {
    const { budget, findings } = budgetOf(readLineRows(['一般公共预算\t约一万']));
    expect(budget.bySource?.generalPublic).toBeNull();
    expect(findings).toEqual([expect.objectContaining({ code: 'unparsed-line', path: 'budget.bySource.generalPublic', line: 1 })]);
  });

  it.each([
    ['中央衔接推进乡村振兴补助资金80', '80'],
    ['中央衔接推进乡村振兴补助资金(少数民族发展任务)50', '50'],
    ['省级农业发展专项资金 12.5万元', '12.5'],
    ['自治区财政补助 30万', '30'],
  ])('reads the amount after the name of its fund: %s → %s', (cell, amount) => {
    const { budget, findings } = budgetOf(readLineRows([`其中:财政拨款\t${cell}`]));
    expect(budget.bySource?.currentYear).toBe(amount);
    expect(findings).toEqual([]);
  });

  it.each(['用于购置设备30台', '资金80', '中央资金约80', '补助资金80人'])('takes no figure from a cell that is no fund with its amount: %s', (cell) => {
    const { budget, findings } = budgetOf(readLineRows([`其中:财政拨款\t${cell}`]));
    expect(budget.bySource?.currentYear ?? null).toBeNull();
    expect(findings).toEqual([expect.objectContaining({ code: 'unparsed-line' })]);
  });

  it('does not take a title that starts with a label for the label', () => {
    const { budget, findings } = budgetOf(readLineRows(['项目支出绩效目标表\t（2024年度）']));
    expect(budget).toEqual({});
    expect(findings).toEqual([]);
  });
});

describe('readLabelledText', () => {
  it('takes the next cell after a label split over lines, paragraphs kept', () => {
    const cells = flattenCells(readBlockRows(['\t部门职能', '职责概述', '\t（一）第一条。', '', '（二）第二条。', '', '\t整体绩效目标', '\t一是……']));
    expect(readLabelledText(cells, ['部门职能职责概述', '部门职能'])?.text).toBe('（一）第一条。\n（二）第二条。');
    expect(readLabelledText(cells, ['整体绩效目标'])).toMatchObject({ text: '一是……', line: 8 });
  });

  it('takes the text after the label in the same cell', () => {
    const cells = flattenCells(readLineRows(['年度整体绩效目标：完成全年任务。']));
    expect(readLabelledText(cells, ['年度整体绩效目标'])?.text).toBe('完成全年任务。');
  });

  it('gives null when the label is absent', () => {
    expect(readLabelledText(flattenCells(readLineRows(['无关\t内容'])), ['部门职能'])).toBeNull();
  });
});

describe('parts of a transfer payment no source slot holds (中央对地方专项转移支付区域绩效目标表, seventeenth study)', () => {
  it.each([
    [['资金情况（万元）\t年度金额：\t\t1,850.00', '\t其中：中央补助\t\t1,500.00', '\t地方资金\t\t350.00', '\t其他资金\t\t0'], ['中央补助', '地方资金']],
    [['资金总额：120.00', '中央补助：100.00', '其他资金\t20.00'], ['中央补助']],
    // Named without an amount, or not at all: the sources read are all there are.
    [['资金总额：120.00', '中央补助\t', '其他资金\t120.00'], []],
    [['资金总额：120.00', '财政拨款\t100.00', '其他资金\t20.00'], []],
  ])('%j names %j as unplaced', (lines, labels) => {
    const { findings } = budgetOf(readLineRows(lines));
    const unplaced = findings.filter((finding) => finding.code === 'budget-part-unplaced');
    expect(unplaced.map((finding) => finding.message)).toEqual(labels.length === 0 ? [] : [expect.stringContaining(labels.map((label) => `“${label}”`).join('、'))]);
  });
});
